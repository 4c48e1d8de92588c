import { describe, expect, it, vi } from 'vitest';
import { RoundRunner } from '../../../background/round-runner';
import { HistoryStore } from '../../../src/history/store';
import type { Notice, RoundProgress, Watchlist } from '../../../src/model';
import { noticeWords } from '../../../src/monitor/notice-text';
import { countChecks, en, settings } from '../helpers';

type Behaviour = number | 'refused' | ((url: string) => Response | Promise<Response>);

function fakeNet(routes: Record<string, Behaviour>) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    const behaviour = routes[url];
    if (behaviour === undefined || behaviour === 'refused') throw new TypeError('Failed to fetch');
    if (typeof behaviour === 'function') return behaviour(url);
    return new Response(`<title>page</title> status ${behaviour}`, { status: behaviour });
  }) as typeof fetch;
  return { fetchFn, calls, routes };
}

function watchlist(urls: string[], canaries: string[] = ['https://canary.example.net/']): Watchlist {
  return {
    format: 'vigil-watchlist',
    version: 1,
    settings: settings({ retry: { attempts: 1, delaySeconds: 1 }, canaries }),
    sites: urls.map((url, i) => ({ url, name: `Site ${i + 1}` })),
  };
}

async function setup(list: Watchlist, routes: Record<string, Behaviour>, allowed: (url: string) => boolean = () => true) {
  const db = await HistoryStore.open({ name: `test-${Math.random()}` });
  const net = fakeNet(routes);
  let clock = 1_700_000_000_000;
  const notices: Notice[] = [];
  const progress: RoundProgress[] = [];
  const runner = () =>
    new RoundRunner({
      history: db,
      loadWatchlist: async () => list,
      probe: { fetch: net.fetchFn, now: () => clock },
      random: () => 0.5,
      sleep: async (ms) => void (clock += ms),
      afterWrite: async () => undefined,
      // As the background does: every notice not yet delivered, at the round's end.
      afterRound: async () => {
        const pending = await db.pendingNotices();
        notices.push(...pending);
        await db.markDelivered(pending.map((n) => ({ id: n.id })));
      },
      mayProbe: async (site) => allowed(site.url),
      onProgress: (p) => void progress.push(p),
    });
  return { db, net, notices, progress, runner, sites: list.sites.map((s) => s.url), advance: (ms: number) => (clock += ms), now: () => clock };
}

const A = 'https://a.example.org/';
const B = 'https://b.example.org/';
const CANARY = 'https://canary.example.net/';

describe('RoundRunner', () => {
  it('probes every site without cookies or cache and stores the states and the round', async () => {
    const t = await setup(watchlist([A, B]), { [A]: 200, [B]: 200, [CANARY]: 200 });
    expect(await t.runner().run({ kind: 'all' })).toBe(2);
    const states = await t.db.states();
    expect([...states.values()].map((s) => s.status)).toEqual(['up', 'up']);
    expect(t.net.calls.every((c) => c.init?.credentials === 'omit' && c.init?.cache === 'no-store')).toBe(true);
    expect(await t.db.round()).toMatchObject({ running: false, total: 2, done: 2 });
    expect(t.progress[0]).toMatchObject({ running: true, done: 0, total: 2 });
    expect(await countChecks(t.db, t.sites)).toBe(2);
  });

  it('confirms a failure before opening one incident and sending one notice; recovery sends one more', async () => {
    const t = await setup(watchlist([A, B]), { [A]: 503, [B]: 200, [CANARY]: 200 });
    await t.runner().run({ kind: 'all' });
    expect((await t.db.states()).get(A)).toMatchObject({ status: 'down', cause: 'http' });
    expect(t.net.calls.filter((c) => c.url === A)).toHaveLength(2); // probe + confirmation
    // Stored as what happened; put into words when delivered.
    expect(t.notices).toEqual([expect.objectContaining({ id: 'down:1', kind: 'down', incidentId: 1, siteUrl: A, reason: { key: 'plain_http_503', subs: ['503'] } })]);
    const words = noticeWords(en, t.notices[0]!, 'Site 1');
    expect([words.title, words.message]).toEqual(['Site 1 is down', expect.stringMatching(/^The server says it is unavailable \(HTTP 503\)\./)]);
    expect(await t.db.openIncidents()).toHaveLength(1);

    t.advance(10 * 60_000);
    await t.runner().run({ kind: 'all' }); // still down: no second notice
    expect(t.notices).toHaveLength(1);

    t.net.routes[A] = 200;
    t.advance(10 * 60_000);
    await t.runner().run({ kind: 'all' });
    expect(t.notices.map((n) => n.kind)).toEqual(['down', 'recovered']);
    expect(noticeWords(en, t.notices[1]!, 'Site 1').message).toMatch(/Reachable again after 20 min down/);
    expect(await t.db.openIncidents()).toHaveLength(0);
    const [incident] = await t.db.recentIncidents(0);
    expect(incident).toMatchObject({ siteUrl: A, cause: 'http', end: expect.any(Number) });
  });

  it('a single transient failure opens nothing and notifies nobody', async () => {
    let first = true;
    const flaky = () => {
      const status = first ? 503 : 200;
      first = false;
      return new Response('x', { status });
    };
    const t = await setup(watchlist([A]), { [A]: flaky, [CANARY]: 200 });
    await t.runner().run({ kind: 'all' });
    expect((await t.db.states()).get(A)?.status).toBe('up');
    expect(t.notices).toHaveLength(0);
    expect((await t.db.recentIncidents(0)).length).toBe(0);
    expect(await countChecks(t.db, t.sites)).toBe(2); // both probes are history
  });

  it('when every probe and every canary fails, the sites are offline: no incident, no notice', async () => {
    const t = await setup(watchlist([A, B]), {});
    await t.runner().run({ kind: 'all' });
    expect([...(await t.db.states()).values()].map((s) => s.status)).toEqual(['offline', 'offline']);
    expect(t.notices).toHaveLength(0);
    expect((await t.db.recentIncidents(0)).length).toBe(0);
  });

  it('one site failing while another answers is an outage even if canaries are unreachable', async () => {
    const t = await setup(watchlist([B, A]), { [B]: 200 });
    await t.runner().run({ kind: 'all' });
    const states = await t.db.states();
    expect(states.get(A)).toMatchObject({ status: 'down', cause: 'network' });
    expect(t.notices).toHaveLength(1);
  });

  it('a round started on a new runner (worker restarted) does not notify again', async () => {
    const t = await setup(watchlist([A]), { [A]: 500, [CANARY]: 200 });
    await t.runner().run({ kind: 'all' });
    t.advance(6 * 60_000);
    await t.runner().run({ kind: 'due' });
    await t.runner().run({ kind: 'all' });
    expect(t.notices).toHaveLength(1);
    expect((await t.db.recentIncidents(0)).length).toBe(1);
  });

  it('only due sites are probed on a tick, and paused sites never', async () => {
    const list = watchlist([A, B]);
    list.sites[1]!.paused = true;
    const t = await setup(list, { [A]: 200, [B]: 200 });
    await t.runner().run({ kind: 'due' });
    expect(t.net.calls.map((c) => c.url)).toEqual([A]);
    await t.runner().run({ kind: 'due' }); // not due again yet
    expect(t.net.calls).toHaveLength(1);
    t.advance(6 * 60_000);
    await t.runner().run({ kind: 'due' });
    expect(t.net.calls).toHaveLength(2);
  });

  it('a request the running round covers joins it; any other is served by the next round', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const t = await setup(watchlist([A, B]), { [A]: async () => (await gate, new Response('ok')), [B]: 200 });
    const runner = t.runner();
    const first = runner.run({ kind: 'site', siteUrl: A });
    await new Promise((r) => setTimeout(r, 10)); // the round has chosen its sites
    const joined = runner.run({ kind: 'site', siteUrl: A });
    const queuedB = runner.run({ kind: 'site', siteUrl: B });
    const queuedDue = runner.run({ kind: 'due' });
    release();
    expect(await first).toBe(1);
    expect(await joined).toBe(1);
    expect(await queuedB).toBe(1); // B (due, and asked for); A is not due any more
    expect(queuedDue).toBe(queuedB);
    expect(t.net.calls.map((c) => c.url)).toEqual([A, B]);
  });

  it('"Check now" during "Check now" joins; a tick during it is served after, probing only what is due', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const t = await setup(watchlist([A]), { [A]: async () => (await gate, new Response('ok')) });
    const runner = t.runner();
    const one = runner.run({ kind: 'all' });
    const joined = runner.run({ kind: 'all' });
    const tick = runner.run({ kind: 'due' });
    expect(joined).toBe(one);
    release();
    expect(await one).toBe(1);
    expect(await tick).toBe(0);
    expect(t.net.calls).toHaveLength(1);
  });

  it('a round cut short (worker stopped) is stored with what it still has to do, and the next worker finishes it with one grouped delivery', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const C = 'https://c.example.org/';
    const t = await setup(watchlist([A, B, C]), { [A]: 503, [B]: async () => (await gate, new Response('x', { status: 503 })), [C]: 200, [CANARY]: 200 });
    // The first worker decides A and C, then is stopped while B hangs: nothing after that runs.
    void t.runner().run({ kind: 'all' });
    await vi.waitFor(async () => expect((await t.db.round())?.pending).toEqual([B]));
    expect(await t.db.round()).toMatchObject({ running: true, done: 2, total: 3 });
    expect(t.notices).toEqual([]); // A's outage waits for the round's end
    expect((await t.db.pendingNotices()).map((n) => n.id)).toEqual(['down:1']);

    // The next worker resumes: only B is probed, and both outages are delivered together.
    t.net.routes[B] = 503;
    const callsBefore = t.net.calls.length;
    expect(await t.runner().run({ kind: 'resume' })).toBe(1);
    expect(t.net.calls.slice(callsBefore).map((c) => c.url)).toEqual([B, B]); // probe + confirmation
    expect(t.notices.map((n) => n.siteUrl)).toEqual([A, B]);
    expect(await t.db.round()).toMatchObject({ running: false, done: 3, total: 3, pending: [], resumed: 1 });
    release();
  });

  it('resuming with nothing cut short probes nothing', async () => {
    const t = await setup(watchlist([A]), { [A]: 200 });
    await t.runner().run({ kind: 'all' });
    expect(await t.runner().run({ kind: 'resume' })).toBe(0);
    expect(t.net.calls).toHaveLength(1);
  });

  it('a site without host permission is never fetched: unknown, asking for it, no incident', async () => {
    const t = await setup(watchlist([A, B]), { [A]: 200, [B]: 200 }, (url) => url !== B);
    await t.runner().run({ kind: 'all' });
    expect(t.net.calls.map((c) => c.url)).toEqual([A]);
    expect((await t.db.states()).get(B)).toMatchObject({ status: 'unknown', needsPermission: true });
    expect(await t.db.openIncidents()).toEqual([]);
    expect(t.notices).toEqual([]);
  });
});
