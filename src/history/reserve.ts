import type { Notice, SiteState } from '../model';
import type { ProbeWrite } from './write';

/**
 * Where results wait when the disk is full and nothing more can be pruned: in memory, in order, so
 * the round being written is never lost and the monitor keeps deciding from the latest state. Every
 * later write tries to store the backlog first; the worker recovers by itself once space is free.
 *
 * An incident opened here has no database id yet: it gets a placeholder (negative) that later
 * results extend or close, and that is mapped to the real id when the backlog is stored.
 */
export const RESERVE_LIMIT = 2000;

export interface Reserved extends ProbeWrite {
  now: number;
}

export class Reserve {
  private entries: Reserved[] = [];
  private notices = new Map<string, Notice>();
  private placeholder = 0;

  get size(): number {
    return this.entries.length;
  }

  backlog(): readonly Reserved[] {
    return this.entries;
  }

  /** Holds a result; returns its notice, if any, to deliver now (it is kept with the result). */
  add(write: ProbeWrite, now: number): Notice[] {
    const entry: Reserved = { ...write, now, step: { ...write.step, state: { ...write.step.state } } };
    if (write.step.open) {
      this.placeholder -= 1;
      entry.reservedAs = this.placeholder;
      entry.step.state.openIncidentId = this.placeholder;
    }
    // Beyond the limit the oldest check goes, never one that opens an outage.
    if (this.entries.length >= RESERVE_LIMIT) {
      const i = this.entries.findIndex((e) => !e.step.open);
      if (i >= 0) this.entries.splice(i, 1);
    }
    this.entries.push(entry);
    const incidentId = entry.reservedAs ?? entry.step.close?.id ?? entry.step.extend?.id;
    if (!write.notice || incidentId === undefined) return [];
    const notice: Notice = { ...write.notice, id: `${write.notice.kind}:${incidentId}`, incidentId, delivered: false };
    entry.reservedNotice = notice;
    this.notices.set(notice.id, notice);
    return [notice];
  }

  /** The latest state of each site with results waiting here. */
  states(): Map<string, SiteState> {
    return new Map(this.entries.map((e) => [e.step.state.siteUrl, e.step.state]));
  }

  pendingNotices(): Notice[] {
    return [...this.notices.values()].filter((n) => !n.delivered);
  }

  markDelivered(delivered: ReadonlyArray<{ id: string; shownAs?: Notice['shownAs'] }>): string[] {
    const rest: string[] = [];
    for (const { id, shownAs } of delivered) {
      const notice = this.notices.get(id);
      if (notice) Object.assign(notice, { delivered: true }, shownAs ? { shownAs } : {});
      else rest.push(id);
    }
    return rest;
  }

  clear(): void {
    this.entries = [];
    this.notices.clear();
  }
}
