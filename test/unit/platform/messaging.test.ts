import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../src/messages';
import { isOwnSender, onBroadcast, serveCommands } from '../../../src/platform/messaging';

const ID = fakeBrowser.runtime.id;
const BASE = `chrome-extension://${ID}/`;

/** Delivers a message as the browser would, from `sender`, and returns what the listeners answered. */
async function deliver(message: unknown, sender: object): Promise<unknown[]> {
  return fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined) as Promise<unknown[]>;
}

function serve() {
  const calls: string[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_target, name: string) => async () => (calls.push(name), { ok: true, total: 0 }),
  });
  serveCommands(handlers, async () => undefined, (error) => `could not: ${String(error)}`);
  return calls;
}

describe('the worker\'s message handler', () => {
  it('serves Vigil\'s own pages', async () => {
    const calls = serve();
    const answers = await deliver({ type: 'checkNow' }, { id: ID, url: `${BASE}popup/index.html` });
    expect(answers).toEqual([{ ok: true, total: 0 }]);
    expect(calls).toEqual(['checkNow']);
  });

  it.each([
    ['a web page', { url: 'https://evil.example/page', tab: { id: 3 } }],
    ['another extension', { id: 'another-extension-id', url: 'chrome-extension://another-extension-id/page.html' }],
    ['another extension claiming our page', { id: 'another-extension-id', url: `${BASE}options/index.html` }],
    ['our id from a web page (a content script)', { id: ID, url: 'https://evil.example/', tab: { id: 3 } }],
    ['our id from a look-alike address', { id: ID, url: `chrome-extension://${ID}.evil.example/` }],
    ['our id with no address', { id: ID }],
    ['nobody', {}],
  ])('refuses a command from %s, without an answer', async (_who, sender) => {
    const calls = serve();
    const answers = await deliver({ type: 'reset' }, sender);
    expect(answers).toEqual([undefined]);
    expect(calls).toEqual([]);
  });

  it('pages only take "changed" broadcasts from Vigil', async () => {
    const seen: string[] = [];
    onBroadcast((m) => seen.push(m.what));
    await deliver({ type: 'changed', what: 'states' }, { id: 'another-extension-id', url: 'chrome-extension://another-extension-id/bg.js' });
    await deliver({ type: 'changed', what: 'round' }, { id: ID, url: `${BASE}background.js` });
    expect(seen).toEqual(['round']);
  });

  it('compares by prefix, not URL.origin (which is "null" for extension schemes in some engines)', () => {
    expect(isOwnSender({ id: 'x', url: 'moz-extension://uuid-1/options/index.html' }, 'x', 'moz-extension://uuid-1/')).toBe(true);
    expect(isOwnSender({ id: 'x', url: 'moz-extension://uuid-2/options/index.html' }, 'x', 'moz-extension://uuid-1/')).toBe(false);
    expect(isOwnSender(undefined, 'x', 'moz-extension://uuid-1/')).toBe(false);
  });
});

describe('a command that fails', () => {
  it('answers in words, never with an empty error', async () => {
    const handlers = new Proxy({} as Handlers, {
      get: () => async () => {
        throw new DOMException('', 'UnknownError');
      },
    });
    serveCommands(handlers, async () => undefined, (error) => `Vigil could not do that: ${(error as Error).message || (error as Error).name}`);
    const [answer] = await deliver({ type: 'checkNow' }, { id: ID, url: `${BASE}popup/index.html` });
    expect(answer).toEqual({ ok: false, error: 'Vigil could not do that: UnknownError' });
  });
});
