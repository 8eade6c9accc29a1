/**
 * Where the presenter view lives and the one window it opens in. Pure: the page joins these
 * with the base path and `window.open`.
 */

import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { lecturePath } from '@/lib/site';

/** The presenter view of a chapter, beside its lecture mode at `/present/<slug>/` (`/zh/present/…`). */
export function presenterPath(slug: string, lang: Lang = DEFAULT_LANG): string {
  return `${lecturePath(slug, lang)}presenter/`;
}

/**
 * The presenter's window name: opening it again reaches the same window (another chapter's
 * presenter replaces it there) rather than stacking windows on the lectern.
 */
export const PRESENTER_WINDOW = 'thin-middle-presenter';

/** Asks for a window of its own, not a tab: it goes on the laptop's screen beside the projection. */
export const PRESENTER_FEATURES = 'popup';
