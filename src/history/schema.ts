import type { DBSchema } from 'idb';
import type { Cause, Incident, Notice, RoundProgress, SiteState, SiteStatus } from '../model';

/**
 * The history's records and the database's name and version: a leaf, imported by the modules behind
 * the door (store.ts) and by the migrations, never by anything outside src/history but for types.
 */
export const DB_NAME = 'vigil';
/** The first released schema (versions 1 and 2 were development schemas, never released). */
export const DB_VERSION = 3;

/**
 * Raw checks are stored an hour of one site per record, each check a short array of small numbers:
 * a record's key and the property names of 12 objects would otherwise cost more than the figures.
 *
 *   [offsetMs, outcome, cause, httpStatus, ttfbMs, totalMs, bytesRead, finalUrl?, evidence?]
 *
 * See checks.ts for the packing.
 */
export type PackedCheck = Array<number | string | object>;

export interface StoredCheckHour {
  siteUrl: string;
  /** UTC hour start, epoch ms. */
  hour: number;
  checks: PackedCheck[];
}

/** Small records under a name: the round in progress (or the last one). */
export type MetaRecord = { key: 'round'; value: RoundProgress };

/**
 * One local day of one site's hourly buckets in one record, flat: [hourOffset, length, ...encoded
 * bucket] repeated (see bucket-store.ts). 24 small records a day would cost more in keys than figures.
 */
export interface StoredHours {
  siteUrl: string;
  /** Local midnight of the day. */
  start: number;
  hours: number[];
}

/**
 * One year of one site's closed days in one record, flat: [dayMinute, length, ...encoded bucket]
 * repeated (dayMinute: local midnight in minutes since the epoch). Written once a day, when a day
 * closes, from the day's hours.
 */
export interface StoredDays {
  siteUrl: string;
  /** Local midnight of 1 January. */
  start: number;
  days: number[];
}

/**
 * Per site, observed seconds per status by closed day (400 days), as flat rows of OBSERVED_ROW
 * numbers: [minute, up, slow, shielded, down, offline] (minute: the row's start in minutes since the
 * epoch). Int32Array: a typed array reads back from IndexedDB as one block of bytes.
 */
export interface SiteSummary {
  siteUrl: string;
  days: Int32Array;
}

/** Today, yesterday and the last 48 hours, in the same rows: the small record each check rewrites. */
export interface RecentSummary {
  siteUrl: string;
  days: Int32Array;
  hours: Int32Array;
}

/** Every status change, kept for years independently of the rollups. */
export interface Transition {
  id?: number;
  siteUrl: string;
  at: number;
  from: SiteStatus;
  to: SiteStatus;
  cause?: Cause;
}

/** A removed site's last state, kept a while so Undo brings it back as it was. */
export interface ForgottenState {
  siteUrl: string;
  at: number;
  state: SiteState;
}

export interface VigilDB extends DBSchema {
  checks: { key: [string, number]; value: StoredCheckHour };
  states: { key: string; value: SiteState };
  incidents: { key: number; value: Incident; indexes: { bySite: string; byStart: number } };
  notices: { key: string; value: Notice };
  meta: { key: string; value: MetaRecord };
  hourly: { key: [string, number]; value: StoredHours; indexes: { byStart: number } };
  daily: { key: [string, number]; value: StoredDays; indexes: { byStart: number } };
  summaries: { key: string; value: SiteSummary };
  recent: { key: string; value: RecentSummary };
  transitions: { key: number; value: Transition; indexes: { bySiteAt: [string, number]; byAt: number } };
  forgotten: { key: string; value: ForgottenState };
}
