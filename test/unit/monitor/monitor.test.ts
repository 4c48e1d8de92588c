import { describe, expect, it } from 'vitest';
import { initialState, step, type StepInput } from '../../../src/monitor/monitor';
import type { SiteState } from '../../../src/model';
import { SITE, down, result, settings } from '../helpers';

const base = (overrides: Partial<StepInput>): StepInput => ({
  prev: undefined,
  result: result(),
  settings: settings({ retry: { attempts: 1, delaySeconds: 20 } }),
  connectivity: 'ok',
  now: 1_000_000,
  random: () => 0.5,
  ...overrides,
});

describe('monitor step', () => {
  it('a first good probe makes the site up, with no incident and no notice', () => {
    const out = step(base({}));
    expect(out.state.status).toBe('up');
    expect(out.open).toBeUndefined();
    expect(out.notify).toBeUndefined();
    expect(out.state.nextDueAt).toBe(1_000_000 + 5 * 60_000); // random 0.5 → no jitter offset
  });

  it('one failing probe is not an outage: the status stays and a re-probe is asked for', () => {
    const prev: SiteState = { ...initialState(SITE.url, 0), status: 'up' };
    const out = step(base({ prev, result: down('http') }));
    expect(out.state.status).toBe('up');
    expect(out.recheckAfterMs).toBe(20_000);
    expect(out.state.failures).toBe(1);
    expect(out.state.nextDueAt).toBe(1_000_000 + 20_000);
    expect(out.open).toBeUndefined();
    expect(out.notify).toBeUndefined();
  });

  it('a transient failure followed by a good probe changes nothing and notifies nobody', () => {
    const first = step(base({ prev: { ...initialState(SITE.url, 0), status: 'up' }, result: down('timeout') }));
    const second = step(base({ prev: first.state, result: result({ at: 1_020_000 }) }));
    expect(second.state.status).toBe('up');
    expect(second.state.since).toBe(0);
    expect(second.close).toBeUndefined();
    expect(second.notify).toBeUndefined();
  });

  it('a confirmed failure opens an incident from the first failing probe and notifies once', () => {
    const first = step(base({ prev: { ...initialState(SITE.url, 0), status: 'up' }, result: down('http', { at: 1_000_000 }) }));
    const second = step(base({ prev: first.state, result: down('http', { at: 1_020_000 }) }));
    expect(second.state.status).toBe('down');
    expect(second.state.cause).toBe('http');
    expect(second.state.since).toBe(1_000_000);
    expect(second.open).toMatchObject({ start: 1_000_000, cause: 'http' });
    expect(second.open?.firstEvidence.at).toBe(1_000_000);
    expect(second.notify).toBe('down');

    // Still down at the next round: the incident is extended, no second notice.
    const third = step(base({ prev: { ...second.state, openIncidentId: 7 }, result: down('http', { at: 1_300_000 }) }));
    expect(third.extend).toEqual({ id: 7, lastEvidence: expect.objectContaining({ at: 1_300_000 }) });
    expect(third.notify).toBeUndefined();
    expect(third.state.failures).toBe(3);

    // The first good probe closes it and notifies the recovery.
    const fourth = step(base({ prev: third.state, result: result({ at: 1_600_000 }) }));
    expect(fourth.close).toEqual({ id: 7, start: 1_000_000, end: 1_600_000, lastEvidence: expect.objectContaining({ outcome: 'up' }) });
    expect(fourth.notify).toBe('recovered');
    expect(fourth.state.status).toBe('up');
    expect(fourth.state.openIncidentId).toBeUndefined();
  });

  it('with no confirmation attempts the first failure is the outage', () => {
    const out = step(base({ settings: settings({ retry: { attempts: 0, delaySeconds: 1 } }), result: down('dns') }));
    expect(out.state.status).toBe('down');
    expect(out.notify).toBe('down');
  });

  it('a failure while the user is offline opens nothing and says offline', () => {
    const prev: SiteState = { ...initialState(SITE.url, 0), status: 'up' };
    const out = step(base({ prev, result: down('dns'), connectivity: 'offline' }));
    expect(out.state.status).toBe('offline');
    expect(out.open).toBeUndefined();
    expect(out.notify).toBeUndefined();
    expect(out.recheckAfterMs).toBeUndefined();
  });

  it('an open incident survives an offline spell and is closed by the first good probe after it', () => {
    const prev: SiteState = { ...initialState(SITE.url, 0), status: 'down', cause: 'http', failures: 2, failingSince: 500, openIncidentId: 3 };
    const offline = step(base({ prev, result: down('network'), connectivity: 'offline' }));
    expect(offline.state.openIncidentId).toBe(3);
    expect(offline.close).toBeUndefined();
    const back = step(base({ prev: offline.state, result: result() }));
    expect(back.close?.id).toBe(3);
    expect(back.close?.start).toBe(500);
    expect(back.notify).toBe('recovered');
  });

  it('backs off a down site and honours Retry-After', () => {
    const prev: SiteState = { ...initialState(SITE.url, 0), status: 'down', failures: 4, failingSince: 1, openIncidentId: 1 };
    const out = step(base({ prev, result: down('http') }));
    expect(out.state.nextDueAt - 1_000_000).toBe(8 * 5 * 60_000);
    const limited = step(base({ result: result({ outcome: 'shielded', evidence: { retryAfterSeconds: 3600, fingerprint: 'Rate limited (HTTP 429)' } }) }));
    expect(limited.state.nextDueAt - 1_000_000).toBe(3600_000);
  });
});
