import { CAUSES, OUTCOMES, type Evidence, type ProbeResult } from '../model';
import { hourStart } from './periods';
import type { PackedCheck, StoredCheckHour } from './schema';

/** Packing of raw checks (the layout is described in schema.ts). */

export function packCheck(result: ProbeResult): PackedCheck {
  const packed: PackedCheck = [
    result.at - hourStart(result.at),
    OUTCOMES.indexOf(result.outcome),
    result.cause === undefined ? -1 : CAUSES.indexOf(result.cause),
    result.httpStatus ?? 0,
    result.ttfbMs === undefined ? -1 : Math.round(result.ttfbMs),
    Math.round(result.totalMs),
    result.bytesRead,
  ];
  const hasEvidence = Object.keys(result.evidence).length > 0;
  // A final URL equal to the site's own says nothing (version 1 stored it always).
  const finalUrl = result.finalUrl !== result.siteUrl ? result.finalUrl : undefined;
  if (finalUrl !== undefined || hasEvidence) packed.push(finalUrl ?? 0);
  if (hasEvidence) packed.push(result.evidence);
  return packed;
}

export function unpackCheck(siteUrl: string, hour: number, packed: Readonly<PackedCheck>): ProbeResult {
  const [offset, outcome, cause, httpStatus, ttfbMs, totalMs, bytesRead, finalUrl, evidence] = packed as [
    number, number, number, number, number, number, number, string | 0 | undefined, Evidence | undefined,
  ];
  return {
    siteUrl,
    at: hour + offset,
    outcome: OUTCOMES[outcome]!,
    ...(cause >= 0 ? { cause: CAUSES[cause]! } : {}),
    ...(httpStatus ? { httpStatus } : {}),
    ...(ttfbMs >= 0 ? { ttfbMs } : {}),
    totalMs,
    bytesRead,
    ...(typeof finalUrl === 'string' ? { finalUrl } : {}),
    evidence: evidence ?? {},
  };
}

export function unpackHour(record: StoredCheckHour): ProbeResult[] {
  return record.checks.map((c) => unpackCheck(record.siteUrl, record.hour, c));
}

/** Key range of one site's check hours from `since` on (whole hours: the hour holding `since` too). */
export function checkHoursSince(siteUrl: string, since: number): IDBKeyRange {
  return IDBKeyRange.bound([siteUrl, hourStart(since)], [siteUrl, Number.MAX_SAFE_INTEGER]);
}
