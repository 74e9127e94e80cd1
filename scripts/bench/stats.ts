/** Small numeric helpers for the benchmark: medians, ratios and readable units. */

/**
 * The middle value (the mean of the two middle values for an even count); undefined when empty.
 * @example median([3, 1, 2]) // 2
 */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Bytes as a person reads them: "812 B", "14.2 KB", "3.4 MB", "1.21 GB" (powers of 1,000). */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return 'n/a';
  if (bytes < 1000) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 'B';
  for (const next of units) {
    if (value < 1000) break;
    value /= 1000;
    unit = next;
  }
  return `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)} ${unit}`;
}

/** Seconds to one decimal under a minute, else minutes and seconds: "12.3 s", "2 min 05 s". */
export function formatSeconds(seconds: number | undefined): string {
  if (seconds === undefined) return 'n/a';
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

export const formatMilliseconds = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${Math.round(ms)} ms`);
