/**
 * Runs `work` over `items` with at most `limit` in flight and at most one per key (one probe per
 * host at a time: a site under attack gets no parallel requests from us).
 *
 * Under a campaign many sites hang until the timeout, and a pool of four would spend the round
 * waiting on them while healthy sites queue (200 sites, a quarter hanging: 50 × 20 s ÷ 4). So an
 * item still running after `patienceMs` gives its slot back: it goes on (still the only probe on its
 * host), and the next item starts. `maxInFlight` bounds how many run at all.
 */
export interface PoolOptions {
  patienceMs?: number;
  maxInFlight?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export async function runPool<T>(items: readonly T[], limit: number, keyOf: (item: T) => string, work: (item: T) => Promise<void>, options: PoolOptions = {}): Promise<void> {
  const { patienceMs, maxInFlight = Number.POSITIVE_INFINITY } = options;
  const setTimer = options.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const waiting = [...items];
  const busyKeys = new Set<string>();
  let active = 0;
  let inFlight = 0;
  return new Promise((resolve, reject) => {
    const launch = (): void => {
      if (!waiting.length && !inFlight) return resolve();
      while (active < limit && inFlight < maxInFlight) {
        const index = waiting.findIndex((item) => !busyKeys.has(keyOf(item)));
        if (index < 0) return;
        const [item] = waiting.splice(index, 1) as [T];
        const key = keyOf(item);
        busyKeys.add(key);
        active += 1;
        inFlight += 1;
        let holdsSlot = true;
        const timer =
          patienceMs === undefined
            ? undefined
            : setTimer(() => {
                holdsSlot = false;
                active -= 1;
                launch();
              }, patienceMs);
        work(item).then(
          () => {
            if (timer !== undefined) clearTimer(timer);
            busyKeys.delete(key);
            if (holdsSlot) active -= 1;
            inFlight -= 1;
            launch();
          },
          reject,
        );
      }
    };
    launch();
  });
}
