import { scoreOf } from '@/lib/check/grade';
import type { CheckQuestion, CheckResponses } from '@/lib/check/types';
import type { Scorm12Api } from './api';
import { guardedLms } from './guarded-lms';
import { lmsMasteryScore } from './mastery';
import { decodeSuspendData, encodeSuspendData, type SuspendData } from './suspend-data';

/** A chapter's attempt as the LMS records it (SCORM 1.2 `cmi.core` and `cmi.suspend_data`). */
export interface LmsSession {
  /** What the LMS kept of an earlier visit: the step to resume at ('' for none) and the answers. */
  readonly resume: SuspendData;
  /** The reader is on `stepId`; `last`: the chapter's last step, which completes a chapter without questions. */
  report(stepId: string, last: boolean): void;
  /** The reader's self-check answers changed: kept, and once every question has one, scored. */
  reportAnswers(responses: CheckResponses): void;
  /** Ends the attempt: saves the time spent and whether to resume, commits, then LMSFinish. */
  finish(): void;
}

export interface SessionOptions {
  /** The clock (ms), for session_time. */
  now: () => number;
  /** The chapter's self-check; none for a chapter without one. */
  questions: readonly CheckQuestion[];
  /** The mastery score built into the package, for an LMS that gives none. */
  masteryScore: number;
}

/** Statuses an opening never overwrites with "incomplete": a return visit does not undo a result. */
const RESULTS = new Set(['completed', 'passed', 'failed']);
/** Statuses that end the attempt: no need to suspend it. A failed chapter is suspended, to be tried again. */
const FINISHED = new Set(['completed', 'passed']);

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
 * Starts an attempt: LMSInitialize, reads what an earlier visit left (step and answers) and the
 * mastery score, and sets `lesson_status` "incomplete" unless the LMS already holds a result.
 * Returns null when the LMS refuses to initialize. Every call is guarded: an LMS that refuses
 * or throws later loses that report, never the chapter.
 *
 * Status rules. Without questions: "completed" at the last step. With questions: "incomplete"
 * until every question has an answer, then `score.raw` (percent right, out of 0–100) and
 * "passed" or "failed" against the mastery score, reported again whenever the reader changes
 * an answer (the LMS keeps the latest, as SCORM 1.2 LMSs do: a reader who answers again gets
 * the new result; opening a chapter again changes nothing until she does).
 */
export function openSession(api: Scorm12Api, { now, questions, masteryScore }: SessionOptions): LmsSession | null {
  const lms = guardedLms(api);
  if (!lms.initialize()) return null;
  const started = now();
  const stored = decodeSuspendData(lms.get('cmi.suspend_data'));
  const location = lms.get('cmi.core.lesson_location');
  const resume: SuspendData = { step: location || stored.step, answers: stored.answers };
  const mastery = lmsMasteryScore(lms.get('cmi.student_data.mastery_score'), masteryScore);
  let status = lms.get('cmi.core.lesson_status');
  const setStatus = (next: string) => {
    status = next;
    lms.set('cmi.core.lesson_status', next);
  };
  if (!RESULTS.has(status)) setStatus('incomplete');
  lms.commit();

  let step = resume.step;
  let answers: CheckResponses = resume.answers;
  let finished = false;
  const keep = () => lms.set('cmi.suspend_data', encodeSuspendData(step, answers));

  return {
    resume,
    report(stepId, last) {
      if (finished) return;
      step = stepId;
      lms.set('cmi.core.lesson_location', stepId);
      keep();
      if (last && questions.length === 0 && !RESULTS.has(status)) setStatus('completed');
      lms.commit();
    },
    reportAnswers(responses) {
      if (finished) return;
      answers = responses;
      keep();
      const score = scoreOf(questions, responses);
      if (score.done) {
        lms.set('cmi.core.score.min', '0');
        lms.set('cmi.core.score.max', '100');
        lms.set('cmi.core.score.raw', String(score.percent));
        setStatus(score.percent >= mastery ? 'passed' : 'failed');
      }
      lms.commit();
    },
    finish() {
      if (finished) return;
      finished = true;
      lms.set('cmi.core.session_time', scormTimespan(now() - started));
      lms.set('cmi.core.exit', FINISHED.has(status) ? '' : 'suspend');
      lms.commit();
      lms.finish();
    },
  };
}
