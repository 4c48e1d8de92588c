import type { CrossCheck } from './types';

/**
 * What the incidents export carries for each incident (issue 13, "Exports"):
 * `crossChecks: [{measurementId, at, verdict, probes: [{country, city, asn, network, verdict, httpStatus, timeMs}]}]`,
 * oldest first. `at` is ISO 8601 (UTC); a cross-check that could not be made has `measurementId: null`
 * and its `reason`.
 */
export interface ExportedCrossCheck {
  measurementId: string | null;
  at: string;
  verdict: CrossCheck['verdict'];
  reason?: CrossCheck['reason'];
  excluded: number;
  probes: Array<{ country: string; city: string; asn: number; network: string; verdict: string; httpStatus: number | null; timeMs: number | null }>;
}

export function exportCrossCheck(check: CrossCheck): ExportedCrossCheck {
  return {
    measurementId: check.measurementId ?? null,
    at: new Date(check.at).toISOString(),
    verdict: check.verdict,
    ...(check.reason ? { reason: check.reason } : {}),
    excluded: check.excluded,
    probes: check.probes.map((p) => ({ country: p.country, city: p.city, asn: p.asn, network: p.network, verdict: p.verdict, httpStatus: p.httpStatus ?? null, timeMs: p.timeMs ?? null })),
  };
}

/** The cross-checks of one incident, for its `crossChecks` field in the export. */
export function crossChecksOf(all: readonly CrossCheck[], incidentId: number): ExportedCrossCheck[] {
  return all.filter((c) => c.incidentId === incidentId).sort((a, b) => a.at - b.at).map(exportCrossCheck);
}
