/**
 * The mastery score: the percentage of a chapter's self-check a student must get right for the
 * LMS to record "passed". The package declares it in its manifest (`adlcp:masteryscore`), the
 * LMS hands it to each chapter as `cmi.student_data.mastery_score`, and the chapter falls back
 * to the one the package was built with when an LMS gives none.
 */

/** The mastery score when the package is built without one (`--mastery`, `SCORM_MASTERY`). */
export const DEFAULT_MASTERY_SCORE = 75;

/**
 * The build's setting (`--mastery 80` or SCORM_MASTERY=80): a whole number from 0 to 100, or
 * one line saying what to set. An empty setting is the default.
 */
export function masteryOption(value: string | undefined, from: string): { score: number } | { error: string } {
  const text = (value ?? '').trim();
  if (text === '') return { score: DEFAULT_MASTERY_SCORE };
  if (/^\d{1,3}$/.test(text) && Number(text) <= 100) return { score: Number(text) };
  return {
    error: `${from}="${text}" is not a mastery score: set a whole number of percent from 0 to 100, e.g. ${from}=80`,
  };
}

/**
 * What an LMS gave as `cmi.student_data.mastery_score` (SCORM 1.2's CMIDecimal, 0–100), or
 * `fallback` when it gave nothing usable.
 */
export function lmsMasteryScore(value: string, fallback: number): number {
  const text = value.trim();
  if (!/^\d+(\.\d+)?$/.test(text)) return fallback;
  const score = Number(text);
  return score <= 100 ? score : fallback;
}

/** The package's own mastery score, as its build wrote it into the chapters' code ('' for the default). */
export const builtMasteryScore = (text: string | undefined) => lmsMasteryScore(text ?? '', DEFAULT_MASTERY_SCORE);
