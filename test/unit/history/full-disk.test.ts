import { describe, expect, it } from 'vitest';
import type { HistoryDb } from '../../../src/history/db';
import { HistoryStore } from '../../../src/history/store';
import { step } from '../../../src/monitor/monitor';
import { downDraft, recoveredDraft } from '../../../src/monitor/notice-text';
import type { ProbeResult } from '../../../src/model';
import { down, result, settings, SITE } from '../helpers';

const T = Date.parse('2026-11-25T10:00:00Z');
const MIN = 60_000;

/** A disk that refuses every write transaction while `full` is true (reads still work). */
function disk() {
  const state = { full: false, refused: 0 };
  const wrap = (db: HistoryDb): HistoryDb =>
    new Proxy(db, {
      get(target, key) {
        if (key === 'transaction') {
          return (stores: never, mode?: IDBTransactionMode) => {
            if (state.full && mode === 'readwrite') {
              state.refused += 1;
              throw new DOMException('disk full', 'QuotaExceededError');
            }
            return target.transaction(stores, mode);
          };
        }
        if (key === 'put' && state.full) return () => Promise.reject(new DOMException('disk full', 'QuotaExceededError'));
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return { state, wrap };
}

/** The runner's path: step from the store's state, notice drafts as the runner makes them. */
async function check(history: HistoryStore, r: ProbeResult) {
  const prev = await history.state(r.siteUrl);
  const out = step({ prev, result: r, settings: settings({ retry: { attempts: 0, delaySeconds: 1 } }), connectivity: 'ok', now: r.at, random: () => 0.5 });
  const notice = out.notify === 'down' ? downDraft(SITE, r) : out.notify === 'recovered' && out.close ? recoveredDraft(SITE, out.close.start, r) : undefined;
  return history.recordResult({ result: r, prev, step: out, ...(notice ? { notice } : {}) }, r.at);
}

describe('a full disk', () => {
  it('never loses a result: prunes by the budget’s order, then holds results in memory, and stores them all once space is free', async () => {
    const d = disk();
    const history = await HistoryStore.open({ name: `d-${Math.random()}`, wrapForTest: d.wrap });
    await check(history, result({ at: T }));
    d.state.full = true;

    // An outage decided on a full disk: notified at once, its state kept for the next decision.
    const [notice] = await check(history, down('http', { at: T + 5 * MIN }));
    expect(notice).toMatchObject({ kind: 'down', siteUrl: SITE.url });
    expect((await history.health()).full).toMatchObject({ since: T + 5 * MIN, reserved: 1, states: [expect.objectContaining({ status: 'down' })] });
    expect(await history.state(SITE.url)).toMatchObject({ status: 'down' });
    await history.markDelivered([{ id: notice!.id, shownAs: { title: 't', message: 'm' } }]);
    // Still down: no second notice; the round's progress is kept too.
    expect(await check(history, down('http', { at: T + 10 * MIN }))).toEqual([]);
    await history.setRound({ running: false, startedAt: T, aliveAt: T, total: 1, done: 1, finishedAt: T + 10 * MIN });
    expect(await history.round()).toMatchObject({ finishedAt: T + 10 * MIN });
    expect((await history.health()).full?.reserved).toBe(2);

    // Space again: the next write stores the backlog first, with one incident and no new notice.
    d.state.full = false;
    const back = await check(history, result({ at: T + 15 * MIN }));
    expect(back).toMatchObject([{ kind: 'recovered' }]);
    expect(await history.health()).toEqual({});
    expect(await history.recentChecks(SITE.url, 0)).toHaveLength(4);
    const incidents = await history.recentIncidents(0);
    expect(incidents).toMatchObject([{ start: T + 5 * MIN, end: T + 15 * MIN, cause: 'http' }]);
    expect(await history.pendingNotices()).toMatchObject([{ id: `recovered:${incidents[0]!.id}` }]);
    expect(await history.round()).toMatchObject({ finishedAt: T + 10 * MIN });
  });
});

describe('a connection the browser closed', () => {
  it('is reopened and the write tried again, with nothing pruned', async () => {
    let closedOnce = true;
    const wrap = (db: HistoryDb): HistoryDb =>
      new Proxy(db, {
        get(target, key) {
          if (key === 'transaction' && closedOnce) {
            return (stores: never, mode?: IDBTransactionMode) => {
              if (mode === 'readwrite') {
                closedOnce = false;
                throw new DOMException('The database connection is closing.', 'InvalidStateError');
              }
              return target.transaction(stores, mode);
            };
          }
          const value = Reflect.get(target, key);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    const history = await HistoryStore.open({ name: `c-${Math.random()}`, wrapForTest: wrap });
    await check(history, result({ at: T - 3 * 86_400_000 + MIN }));
    await check(history, result({ at: T }));
    expect(await history.health()).toEqual({});
    // The old check is still there: a closed connection is not a full disk.
    expect(await history.recentChecks(SITE.url, 0)).toHaveLength(2);
  });
});
