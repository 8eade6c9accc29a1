// Small, pure summaries of samples, so that every figure in the report is computed one way.
import { KB } from '../budgets/loaded-scripts.mjs';

/** The nearest-rank percentile (p in 0..100) of the samples; null when there are none. */
export function percentile(samples, p) {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** The median of the known values (nulls and undefined left out; the mean of the middle two of an even count); null when none. */
export function median(values) {
  const known = values.filter((value) => value !== null && value !== undefined).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const middle = Math.floor(known.length / 2);
  return known.length % 2 ? known[middle] : (known[middle - 1] + known[middle]) / 2;
}

/** The largest of the known values; null when none. */
export function worst(values) {
  const known = values.filter((value) => value !== null && value !== undefined);
  return known.length ? Math.max(...known) : null;
}

/** A value to 0.1 (ms, or a percentage); null stays null. */
export const tenth = (value) => (value === null ? null : Math.round(value * 10) / 10);

/** Frame times in ms, to 0.1 ms, and how many frames took longer than the budget. */
export function summariseFrames(frameTimes, budgetMs) {
  return {
    frames: frameTimes.length,
    p50: tenth(percentile(frameTimes, 50)),
    p95: tenth(percentile(frameTimes, 95)),
    max: tenth(frameTimes.length ? Math.max(...frameTimes) : null),
    overBudget: frameTimes.filter((ms) => ms > budgetMs).length,
  };
}

/** The bytes in a KB: 1,024, from the first-load budget that `npm test` enforces, so both agree. */
export { KB };

/** Kilobytes to one decimal. */
export const kilobytes = (bytes) => Math.round((bytes / KB) * 10) / 10;
