import type { CheckResponses } from '@/lib/check/types';

/**
 * What a chapter keeps in the LMS's `cmi.suspend_data` between visits: the step the reader was
 * on and her self-check answers, as small, versioned JSON:
 *
 *     {"v":1,"s":"the-step-id","a":{"question-id":["a2"],"other-question":["a3","a1","a2"]}}
 *
 * `v` is the format (a reader of another version takes nothing from it), `s` the step's id,
 * `a` the answers' ids by question, as the self-check's store holds them.
 */
export interface SuspendData {
  /** The step's id, or '' when none was kept. */
  step: string;
  /** The answers by question id; the store checks them against the chapter's questions. */
  answers: Record<string, string[]>;
}

/** SCORM 1.2's limit on `cmi.suspend_data` (CMIString4096). */
export const SUSPEND_DATA_LIMIT = 4096;

const VERSION = 1;

/**
 * The suspend data for a step and answers. Never longer than the limit: were the answers ever
 * too long (no chapter comes near it; a unit test holds that), the last questions' are left
 * out, so the step and the first answers are still kept.
 */
export function encodeSuspendData(step: string, answers: CheckResponses): string {
  const kept: Record<string, readonly string[]> = {};
  let text = JSON.stringify({ v: VERSION, s: step, a: kept });
  for (const [question, response] of Object.entries(answers)) {
    kept[question] = response;
    const next = JSON.stringify({ v: VERSION, s: step, a: kept });
    if (next.length > SUSPEND_DATA_LIMIT) {
      delete kept[question];
      break;
    }
    text = next;
  }
  return text.length > SUSPEND_DATA_LIMIT ? '' : text;
}

/** What an LMS handed back: anything it cannot read (another version, not JSON) is nothing. */
export function decodeSuspendData(text: string): SuspendData {
  const empty: SuspendData = { step: '', answers: {} };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return empty;
  }
  if (typeof data !== 'object' || data === null || (data as { v?: unknown }).v !== VERSION) return empty;
  const { s, a } = data as { s?: unknown; a?: unknown };
  const answers: Record<string, string[]> = {};
  if (typeof a === 'object' && a !== null) {
    for (const [question, response] of Object.entries(a)) {
      if (Array.isArray(response) && response.every((id) => typeof id === 'string')) answers[question] = response;
    }
  }
  return { step: typeof s === 'string' ? s : '', answers };
}
