import { whenScrollRests } from './when-scroll-rests';

/** How far ahead of the reader a part starts coming alive: one screen. */
const AHEAD = '100% 0px';

/** How long the page must have been still before a part hydrates (see ExplorableLazy). */
const SCROLL_REST_MS = 150;

/** Resolves when `target` is within a screen of the viewport. */
function whenInReach(target: Element): Promise<void> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      { rootMargin: AHEAD },
    );
    observer.observe(target);
  });
}

/**
 * Resolves when the part `selector` names should come alive: once it is within a screen of the
 * viewport and the page has stopped scrolling; at once on the server, without
 * IntersectionObserver, when `now` says so, or when the part is not on the page.
 */
export function whenNearAndStill(selector: string, now = false): Promise<void> {
  if (typeof window === 'undefined' || typeof IntersectionObserver === 'undefined' || now) return Promise.resolve();
  const target = document.querySelector(selector);
  if (!target) return Promise.resolve();
  return whenInReach(target).then(() => whenScrollRests(SCROLL_REST_MS));
}
