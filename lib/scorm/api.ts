/**
 * The content side of SCORM 1.2: finding the API object an LMS puts in a frame above the
 * content (or in the window that opened it), as ADL's "findAPI" does. Pure apart from reading
 * the windows it is given.
 */

/** The SCORM 1.2 run-time API (the LMS's side): every call takes and returns strings. */
export interface Scorm12Api {
  LMSInitialize(empty: ''): string;
  LMSFinish(empty: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(empty: ''): string;
}

/** ADL's limit on how many parents to climb, against frames that loop. */
const MAX_LEVELS = 500;

/** `win.API`, or null where there is none or the frame belongs to another origin. */
function apiOf(win: Window): Scorm12Api | null {
  try {
    const api = (win as Window & { API?: unknown }).API;
    return api && typeof (api as Scorm12Api).LMSInitialize === 'function' ? (api as Scorm12Api) : null;
  } catch {
    return null;
  }
}

function parentOf(win: Window): Window | null {
  try {
    return win.parent && win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}

function searchUp(start: Window): Scorm12Api | null {
  let win: Window | null = start;
  for (let level = 0; win && level <= MAX_LEVELS; level += 1) {
    const api = apiOf(win);
    if (api) return api;
    win = parentOf(win);
  }
  return null;
}

/** The API of the LMS that launched `win`: in `win` or its parents, else its opener's. */
export function findScormApi(win: Window): Scorm12Api | null {
  const found = searchUp(win);
  if (found) return found;
  try {
    return win.opener ? searchUp(win.opener as Window) : null;
  } catch {
    return null;
  }
}
