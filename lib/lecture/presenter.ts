/**
 * Where the presenter view lives and the one window it opens in. Pure: the page joins these
 * with the base path and `window.open`.
 */

/** The presenter view of a chapter, beside its lecture mode at `/present/<slug>/`. */
export function presenterPath(slug: string): string {
  return `/present/${slug}/presenter/`;
}

/**
 * The presenter's window name: opening it again reaches the same window (another chapter's
 * presenter replaces it there) rather than stacking windows on the lectern.
 */
export const PRESENTER_WINDOW = 'thin-middle-presenter';

/** Asks for a window of its own, not a tab: it goes on the laptop's screen beside the projection. */
export const PRESENTER_FEATURES = 'popup';
