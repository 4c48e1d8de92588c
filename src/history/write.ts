import type { Notice, NoticeDraft, ProbeResult, RoundProgress, SiteState } from '../model';
import type { StepOutput } from '../monitor/monitor';
import { applyDelta } from './bucket-store';
import type { HistoryDb } from './db';
import { packCheck } from './checks';
import { hourStart } from './periods';
import { rollupDelta } from './rollup';

export interface ProbeWrite {
  result: ProbeResult;
  /** The state before this check (for the observed time since the previous one). */
  prev: SiteState | undefined;
  step: StepOutput;
  /** What to tell the user; it gets its incident's id here, in the same transaction. */
  notice?: NoticeDraft;
  /** Held in the reserve (full disk): the placeholder id its incident had there … */
  reservedAs?: number;
  /** … and the notice it was given there (perhaps delivered already). */
  reservedNotice?: Notice;
}

const WRITE_STORES = ['checks', 'states', 'incidents', 'notices', 'hourly', 'daily', 'summaries', 'recent', 'transitions'] as const;

/**
 * Writes results in ONE transaction: checks, rollups, states, status changes, incidents and the
 * notices to send. If the worker dies, either all of it is stored or none, so a notice is never lost
 * nor sent twice (its id is deterministic and delivery is recorded). The runner writes each result
 * as it arrives (a round of one) so a worker stopped mid-round keeps every finished probe; a batch
 * is written the same way.
 */
export async function writeResults(db: HistoryDb, writes: readonly ProbeWrite[], now: number): Promise<Notice[]> {
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  const stores = { hourly: tx.objectStore('hourly'), daily: tx.objectStore('daily'), summaries: tx.objectStore('summaries'), recent: tx.objectStore('recent') };
  const notices: Notice[] = [];
  // Placeholder ids of incidents opened in the reserve (full disk) → their ids now.
  const placed = new Map<number, number>();
  const real = (id: number | undefined) => (id !== undefined && id < 0 ? placed.get(id) : id);
  for (const write of writes) {
    const { step, result, prev } = write;
    const state = { ...step.state };
    if (state.openIncidentId !== undefined) state.openIncidentId = real(state.openIncidentId);
    if (state.openIncidentId === undefined) delete state.openIncidentId;
    let incidentId = real(step.close?.id ?? step.extend?.id);
    const hour = hourStart(result.at);
    const checks = (await tx.objectStore('checks').get([result.siteUrl, hour])) ?? { siteUrl: result.siteUrl, hour, checks: [] };
    checks.checks.push(packCheck(result));
    void tx.objectStore('checks').put(checks);
    if (step.open) {
      incidentId = await tx.objectStore('incidents').add({ ...step.open });
      state.openIncidentId = incidentId;
      if (write.reservedAs !== undefined) placed.set(write.reservedAs, incidentId);
    }
    const changed = step.close ?? step.extend;
    const changedId = real(changed?.id);
    if (changed && changedId !== undefined) {
      const incident = await tx.objectStore('incidents').get(changedId);
      if (incident) {
        incident.lastEvidence = changed.lastEvidence;
        if (step.close) incident.end = step.close.end;
        void tx.objectStore('incidents').put(incident);
      }
    }
    const from = prev?.status ?? 'unknown';
    if (from !== state.status) {
      void tx.objectStore('transitions').add({ siteUrl: state.siteUrl, at: state.since, from, to: state.status, ...(state.cause ? { cause: state.cause } : {}) });
    }
    void tx.objectStore('states').put(state);
    await applyDelta(stores, rollupDelta(prev, state, result), now);
    if (write.notice && incidentId !== undefined) {
      const notice: Notice = { ...write.reservedNotice, ...write.notice, id: `${write.notice.kind}:${incidentId}`, incidentId, delivered: write.reservedNotice?.delivered ?? false };
      void tx.objectStore('notices').put(notice);
      notices.push(notice);
    }
  }
  await tx.done;
  return notices;
}

/**
 * writeResults that survives a full disk: on a quota error it prunes (oldest detail first) and tries
 * again, so the round being written is never the thing lost.
 */
export async function writeResultsSafely(db: HistoryDb, writes: readonly ProbeWrite[], now: number, prune: () => Promise<unknown>): Promise<Notice[]> {
  try {
    return await writeResults(db, writes, now);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    await prune();
    return writeResults(db, writes, now);
  }
}

/**
 * The storage refused a write: over quota, or the disk itself is full. Measured in Chromium with the
 * profile on a full filesystem: the quota is not reached, the write's transaction is aborted
 * (AbortError on its requests) and opening the database fails with UnknownError. Vigil never aborts
 * a transaction itself, so an abort means the storage refused.
 */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || name === 'AbortError' || name === 'UnknownError' || name === 'NS_ERROR_FILE_NO_DEVICE_SPACE';
}

/** Records notices as delivered, with the words they were shown in (none: delivered silently). */
export async function markDelivered(db: HistoryDb, delivered: ReadonlyArray<{ id: string; shownAs?: Notice['shownAs'] }>): Promise<void> {
  if (!delivered.length) return;
  const tx = db.transaction('notices', 'readwrite');
  for (const { id, shownAs } of delivered) {
    const notice = await tx.store.get(id);
    if (notice) await tx.store.put({ ...notice, delivered: true, ...(shownAs ? { shownAs } : {}) });
  }
  await tx.done;
}

export async function pendingNotices(db: HistoryDb): Promise<Notice[]> {
  return (await db.getAll('notices')).filter((n) => !n.delivered);
}

export async function setRound(db: HistoryDb, value: RoundProgress): Promise<void> {
  await db.put('meta', { key: 'round', value });
}


/**
 * A site Vigil may not reach (its host permission is missing or was revoked): `unknown`, asking for
 * the permission, never fetched and never an outage. Its open incident, if any, stays open until a
 * check can say how it ended.
 */
export async function markNeedsPermission(db: HistoryDb, siteUrl: string, now: number): Promise<void> {
  const tx = db.transaction(['states', 'transitions'], 'readwrite');
  const prev = await tx.objectStore('states').get(siteUrl);
  if (!prev?.needsPermission) {
    const { cause: _cause, failingSince: _since, ...kept } = prev ?? { siteUrl, status: 'unknown' as const, since: now, nextDueAt: now, failures: 0 };
    void tx.objectStore('states').put({ ...kept, status: 'unknown', since: prev?.status === 'unknown' ? prev.since : now, nextDueAt: now, failures: 0, needsPermission: true });
    if (prev && prev.status !== 'unknown') void tx.objectStore('transitions').add({ siteUrl, at: now, from: prev.status, to: 'unknown' });
  }
  await tx.done;
}
