import type { Scorm12Api } from './api';

/**
 * The LMS's API with every call guarded: a call that throws, or answers with something other
 * than a string, is a refusal. The chapter never sees an LMS's error; a report the LMS refused
 * is written again, whole, with the next one.
 */
export interface GuardedLms {
  initialize(): boolean;
  /** The element's value, or '' when the LMS has none or refuses. */
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
}

function attempt(call: () => unknown): string {
  try {
    const answer = call();
    return typeof answer === 'string' ? answer : '';
  } catch {
    return '';
  }
}

export function guardedLms(api: Scorm12Api): GuardedLms {
  return {
    initialize: () => attempt(() => api.LMSInitialize('')) === 'true',
    get: (element) => attempt(() => api.LMSGetValue(element)),
    set: (element, value) => attempt(() => api.LMSSetValue(element, value)) === 'true',
    commit: () => attempt(() => api.LMSCommit('')) === 'true',
    finish: () => attempt(() => api.LMSFinish('')) === 'true',
  };
}
