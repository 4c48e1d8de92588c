import type { AnyRequest, ChangedBroadcast, CommandName, Commands, Handlers, Response } from '../messages';
import { isChangedBroadcast, isRequest } from '../messages';
import { browser } from './browser';

/** Pages → background: one typed call per command. */
export async function send<K extends CommandName>(type: K, request: Commands[K]['request']): Promise<Response<K>> {
  return (await browser.runtime.sendMessage({ type, ...request })) as Response<K>;
}

/**
 * Background: dispatch each command to its handler once the background is ready; unknown messages
 * are left to others. A failure answers in words (`explain`), never with an empty error.
 */
export function serveCommands(handlers: Handlers, ready: () => Promise<unknown>, explain: (error: unknown) => string): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isRequest(message)) return undefined;
    const request = message as AnyRequest;
    const handler = handlers[request.type] as (r: AnyRequest) => Promise<unknown>;
    return ready()
      .then(() => handler(request))
      .catch((error: unknown) => ({ ok: false, error: explain(error) }));
  });
}

/** Background → open pages. Nobody listening is normal (no page open). */
export function broadcast(what: ChangedBroadcast['what']): void {
  const message: ChangedBroadcast = { type: 'changed', what };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/** Returns the unsubscribe function: a page that goes away stops listening. */
export function onBroadcast(listener: (message: ChangedBroadcast) => void): () => void {
  const handle = (message: unknown) => {
    if (isChangedBroadcast(message)) listener(message);
    return undefined;
  };
  browser.runtime.onMessage.addListener(handle);
  return () => browser.runtime.onMessage.removeListener(handle);
}
