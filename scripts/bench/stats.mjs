// Small statistics and formatting helpers for the bench. Percentiles are nearest-rank: with 15
// samples p90 is the 14th smallest, a value that was actually measured.

/** @param {number[]} values @param {number} p 0..100 */
export function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return /** @type {number} */ (sorted[rank - 1]);
}

/** @param {number[]} values */
export const median = (values) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? /** @type {number} */ (sorted[mid]) : (/** @type {number} */ (sorted[mid - 1]) + /** @type {number} */ (sorted[mid])) / 2;
};

/** @param {number[]} values */
export function summary(values) {
  return {
    n: values.length,
    median: round1(median(values)),
    p90: round1(percentile(values, 90)),
    min: round1(Math.min(...values)),
    max: round1(Math.max(...values)),
  };
}

/** @param {number} x */
export const round1 = (x) => Math.round(x * 10) / 10;

/** @param {number} ms */
export const ms = (ms) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : '—');

/** @param {number} ms */
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** @param {number} bytes */
export function bytes(bytes) {
  if (!Number.isFinite(bytes)) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/** "1/320" for 0.003125; a ratio of 1 or more prints as "1/1". @param {number} ratio */
export function fraction(ratio) {
  if (!Number.isFinite(ratio) || ratio <= 0) return '—';
  return `1/${Math.max(1, Math.round(1 / ratio))}`;
}
