import type { Scorm12Api } from './api';

/** A chapter's attempt as the LMS records it (SCORM 1.2 `cmi.core`). */
export interface LmsSession {
  /** Where the reader left off: the id of a step, or '' on a first attempt. */
  resumeAt(): string;
  /** The reader is on `stepId`; `last`: it is the chapter's last step, so it is completed. */
  report(stepId: string, last: boolean): void;
  /** Ends the attempt: saves the time spent and whether to resume, then LMSFinish. */
  finish(): void;
}

const DONE = new Set(['completed', 'passed']);

/** SCORM 1.2's CMITimespan: HHHH:MM:SS.SS. */
export function scormTimespan(ms: number): string {
  const centis = Math.floor(Math.max(0, ms) / 10);
  const two = (n: number) => String(n).padStart(2, '0');
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor(centis / 6000) % 60;
  const seconds = Math.floor(centis / 100) % 60;
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${two(seconds)}.${two(centis % 100)}`;
}

/**
 * Starts an attempt: LMSInitialize, and `lesson_status` "incomplete" unless the LMS already
 * has the chapter completed (a return visit never undoes a completion). Returns null when the
 * LMS refuses to initialize. `now` is the clock (ms), for session_time.
 */
export function openSession(api: Scorm12Api, now: () => number): LmsSession | null {
  if (String(api.LMSInitialize('')) !== 'true') return null;
  const started = now();
  let completed = DONE.has(api.LMSGetValue('cmi.core.lesson_status'));
  let finished = false;
  if (!completed) api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
  api.LMSCommit('');
  return {
    resumeAt: () => (finished ? '' : String(api.LMSGetValue('cmi.core.lesson_location') ?? '')),
    report(stepId, last) {
      if (finished) return;
      api.LMSSetValue('cmi.core.lesson_location', stepId);
      if (last && !completed) {
        completed = true;
        api.LMSSetValue('cmi.core.lesson_status', 'completed');
      }
      api.LMSCommit('');
    },
    finish() {
      if (finished) return;
      finished = true;
      api.LMSSetValue('cmi.core.session_time', scormTimespan(now() - started));
      api.LMSSetValue('cmi.core.exit', completed ? '' : 'suspend');
      api.LMSCommit('');
      api.LMSFinish('');
    },
  };
}
