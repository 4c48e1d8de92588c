import type { Notice, ProbeResult, RoundProgress } from '../model';
import type { StepOutput } from '../monitor/monitor';
import type { HistoryDb } from './db';

/** Raw samples are kept this long; older detail is pruned (rollups arrive with the history issue). */
export const SAMPLE_RETENTION_MS = 48 * 3600_000;

export interface ProbeWrite {
  sample: ProbeResult;
  step: StepOutput;
  /** Builds the notice text once the incident id is known. */
  notice?: (incidentId: number) => Omit<Notice, 'delivered'>;
}

/**
 * Writes one probe's consequences in ONE transaction: the sample, the state, the incident and the
 * notice to send. If the worker dies, either all of it is stored or none, so a notice is never lost
 * nor sent twice (its id is deterministic and delivery is recorded).
 */
export async function writeProbe(db: HistoryDb, write: ProbeWrite): Promise<Notice | undefined> {
  const tx = db.transaction(['samples', 'states', 'incidents', 'notices'], 'readwrite');
  const { step } = write;
  const state = { ...step.state };
  let incidentId = step.close?.id ?? step.extend?.id;
  void tx.objectStore('samples').add({ ...write.sample });
  if (step.open) {
    incidentId = await tx.objectStore('incidents').add({ ...step.open });
    state.openIncidentId = incidentId;
  }
  const incidents = tx.objectStore('incidents');
  const changed = step.close ?? step.extend;
  if (changed) {
    const incident = await incidents.get(changed.id);
    if (incident) {
      incident.lastEvidence = changed.lastEvidence;
      if (step.close) incident.end = step.close.end;
      void incidents.put(incident);
    }
  }
  void tx.objectStore('states').put(state);
  let notice: Notice | undefined;
  if (write.notice && incidentId !== undefined) {
    notice = { ...write.notice(incidentId), delivered: false };
    void tx.objectStore('notices').put(notice);
  }
  await tx.done;
  return notice;
}

export async function markDelivered(db: HistoryDb, id: string): Promise<void> {
  const tx = db.transaction('notices', 'readwrite');
  const notice = await tx.store.get(id);
  if (notice) await tx.store.put({ ...notice, delivered: true });
  await tx.done;
}

export async function pendingNotices(db: HistoryDb): Promise<Notice[]> {
  return (await db.getAll('notices')).filter((n) => !n.delivered);
}

export async function setRound(db: HistoryDb, value: RoundProgress): Promise<void> {
  await db.put('meta', { key: 'round', value });
}

/** Forget states and samples of sites no longer watched; incidents stay (they are history). */
export async function forgetSites(db: HistoryDb, keep: ReadonlySet<string>): Promise<void> {
  const tx = db.transaction('states', 'readwrite');
  for (const key of await tx.store.getAllKeys()) if (!keep.has(key)) void tx.store.delete(key);
  await tx.done;
}

export async function pruneSamples(db: HistoryDb, now: number, retentionMs = SAMPLE_RETENTION_MS): Promise<number> {
  const tx = db.transaction('samples', 'readwrite');
  let removed = 0;
  let cursor = await tx.store.index('byAt').openCursor(IDBKeyRange.upperBound(now - retentionMs));
  while (cursor) {
    removed += 1;
    void cursor.delete();
    cursor = await cursor.continue();
  }
  await tx.done;
  return removed;
}
