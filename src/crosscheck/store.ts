import type { KeyValueStore } from '../settings/store';
import { emptyBudget, type BudgetState } from './budget';
import type { CrossCheck, PendingCrossCheck } from './types';

/**
 * Where cross-checks are kept: the measurement still being polled (so a worker stopped mid-poll
 * resumes it when it wakes), the finished results, and the budget. A narrow door over a key-value
 * store (browser.storage.local today); the history may take the results over later.
 */
export interface CrossCheckStore {
  pending(): Promise<PendingCrossCheck[]>;
  savePending(pending: PendingCrossCheck): Promise<void>;
  clearPending(siteUrl: string): Promise<void>;
  /** The site's results, newest first. */
  results(siteUrl: string): Promise<CrossCheck[]>;
  /** Every kept result, newest first: for the incidents export. */
  allResults(): Promise<CrossCheck[]>;
  saveResult(check: CrossCheck): Promise<void>;
  budget(): Promise<BudgetState>;
  saveBudget(state: BudgetState): Promise<void>;
}

export const PENDING_KEY = 'crossCheckPending';
export const RESULTS_KEY = 'crossCheckResults';
export const BUDGET_KEY = 'crossCheckBudget';
/** Results kept per site, and for how long: enough for the incidents of the history's window. */
export const KEEP_PER_SITE = 10;
export const KEEP_MS = 90 * 86_400_000;

type PendingMap = Record<string, PendingCrossCheck>;
type ResultsMap = Record<string, CrossCheck[]>;

const asObject = <T>(value: unknown): T => (value && typeof value === 'object' && !Array.isArray(value) ? (value as T) : ({} as T));

export function keyValueCrossCheckStore(kv: KeyValueStore, now: () => number = Date.now): CrossCheckStore {
  // Read-modify-write of one key, one at a time: two sites finishing together lose nothing.
  let chain: Promise<unknown> = Promise.resolve();
  const update = <T>(key: string, change: (current: T) => T): Promise<void> => {
    const next = chain.then(async () => kv.set(key, change(asObject<T>(await kv.get(key)))));
    chain = next.catch(() => undefined);
    return next;
  };
  const readResults = async () => asObject<ResultsMap>(await kv.get(RESULTS_KEY));
  return {
    async pending() {
      return Object.values(asObject<PendingMap>(await kv.get(PENDING_KEY)));
    },
    savePending: (pending) => update<PendingMap>(PENDING_KEY, (map) => ({ ...map, [pending.siteUrl]: pending })),
    clearPending: (siteUrl) =>
      update<PendingMap>(PENDING_KEY, (map) => {
        const { [siteUrl]: _gone, ...rest } = map;
        return rest;
      }),
    async results(siteUrl) {
      return (await readResults())[siteUrl] ?? [];
    },
    async allResults() {
      return Object.values(await readResults()).flat().sort((a, b) => b.at - a.at);
    },
    saveResult: (check) =>
      update<ResultsMap>(RESULTS_KEY, (map) => {
        const kept = [check, ...(map[check.siteUrl] ?? []).filter((c) => c.at !== check.at || c.measurementId !== check.measurementId)]
          .filter((c) => now() - c.at < KEEP_MS)
          .slice(0, KEEP_PER_SITE);
        return { ...map, [check.siteUrl]: kept };
      }),
    async budget() {
      const raw = asObject<Partial<BudgetState>>(await kv.get(BUDGET_KEY));
      return Array.isArray(raw.created) ? { ...emptyBudget(), ...raw, created: raw.created.filter((t) => typeof t === 'number') } : emptyBudget();
    },
    saveBudget: (state) => update<BudgetState>(BUDGET_KEY, () => state),
  };
}
