/** The summary figures the command-line tools print for a list of timings (pure, unit tested). */

const ascending = (values: number[]) => [...values].sort((a, b) => a - b);

/** The middle value, or the mean of the two middle values of an even-length list (0 for an empty list). */
export function median(values: number[]): number {
  const sorted = ascending(values);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Nearest-rank percentile: a value that was measured, never one interpolated between two (0 for an empty list). */
export function percentile(values: number[], p: number): number {
  const sorted = ascending(values);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/** "12 ms", or with `decimals` "12.3 ms". */
export const formatMs = (ms: number, decimals = 0) => `${ms.toFixed(decimals)} ms`;
/** "1.2 s" for a span given in milliseconds. */
export const formatSeconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
