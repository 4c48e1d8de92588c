import type { AnyRequest, ChangedBroadcast, CommandName, Commands, Handlers, Response } from '../messages';
import { isChangedBroadcast, isRequest } from '../messages';
import { browser } from './browser';

/** Pages → background: one typed call per command. */
export async function send<K extends CommandName>(type: K, request: Commands[K]['request']): Promise<Response<K>> {
  return (await browser.runtime.sendMessage({ type, ...request })) as Response<K>;
}

/** Background: dispatch each command to its handler; unknown messages are left to others. */
export function serveCommands(handlers: Handlers, ready: Promise<unknown>): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isRequest(message)) return undefined;
    const request = message as AnyRequest;
    const handler = handlers[request.type] as (r: AnyRequest) => Promise<unknown>;
    return ready.then(() => handler(request)).catch((error: unknown) => ({ ok: false, error: String((error as Error)?.message ?? error) }));
  });
}

/** Background → open pages. Nobody listening is normal (no page open). */
export function broadcast(what: ChangedBroadcast['what']): void {
  const message: ChangedBroadcast = { type: 'changed', what };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

export function onBroadcast(listener: (message: ChangedBroadcast) => void): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isChangedBroadcast(message)) listener(message);
    return undefined;
  });
}
