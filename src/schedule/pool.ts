/**
 * Runs `work` over `items` with at most `limit` in flight and at most one per key (one probe per
 * host at a time: a site under attack gets no parallel requests from us).
 */
export async function runPool<T>(items: readonly T[], limit: number, keyOf: (item: T) => string, work: (item: T) => Promise<void>): Promise<void> {
  const waiting = [...items];
  const busyKeys = new Set<string>();
  let active = 0;
  return new Promise((resolve, reject) => {
    const launch = (): void => {
      if (!waiting.length && !active) return resolve();
      while (active < limit) {
        const index = waiting.findIndex((item) => !busyKeys.has(keyOf(item)));
        if (index < 0) return;
        const [item] = waiting.splice(index, 1) as [T];
        const key = keyOf(item);
        busyKeys.add(key);
        active += 1;
        work(item).then(
          () => {
            busyKeys.delete(key);
            active -= 1;
            launch();
          },
          reject,
        );
      }
    };
    launch();
  });
}
