import type { AnyRequest, ChangedBroadcast, CommandName, Commands, Handlers, Response } from '../messages';
import { isChangedBroadcast, isRequest } from '../messages';
import { browser, type Runtime } from './browser';

/** Pages → background: one typed call per command. */
export async function send<K extends CommandName>(type: K, request: Commands[K]['request']): Promise<Response<K>> {
  return (await browser.runtime.sendMessage({ type, ...request })) as Response<K>;
}

/**
 * A message Vigil will act on comes from Vigil itself: this extension's id, and a document of this
 * extension (its popup, options or welcome page; the worker when it broadcasts). Web pages and other
 * extensions cannot reach onMessage today (no externally_connectable, no content script), but a
 * future content script or a manifest change must not quietly open the commands to them.
 */
export function isOwnSender(sender: Pick<Runtime.MessageSender, 'id' | 'url'> | undefined, runtimeId: string, ownBase: string): boolean {
  if (!sender || sender.id !== runtimeId || typeof sender.url !== 'string') return false;
  // A prefix, not URL.origin: for extension schemes `origin` is "null" in some engines (and in Node).
  const base = ownBase.endsWith('/') ? ownBase : `${ownBase}/`;
  return sender.url.startsWith(base);
}

function fromVigil(sender: Runtime.MessageSender | undefined): boolean {
  return isOwnSender(sender, browser.runtime.id, browser.runtime.getURL(''));
}

/**
 * Background: dispatch each command to its handler once the background is ready; unknown messages
 * are left to others. A failure answers in words (`explain`), never with an empty error.
 */
export function serveCommands(handlers: Handlers, ready: () => Promise<unknown>, explain: (error: unknown) => string): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isRequest(message)) return undefined;
    // Refused without an answer: a stranger learns nothing, not even that Vigil listens.
    if (!fromVigil(sender)) return undefined;
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
  const handle = (message: unknown, sender: Runtime.MessageSender) => {
    if (isChangedBroadcast(message) && fromVigil(sender)) listener(message);
    return undefined;
  };
  browser.runtime.onMessage.addListener(handle);
  return () => browser.runtime.onMessage.removeListener(handle);
}
