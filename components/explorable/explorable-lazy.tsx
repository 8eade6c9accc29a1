'use client';

import { lazy, Suspense } from 'react';

/** How far ahead of the reader the explorable starts loading: one screen. */
const AHEAD = '100% 0px';

/** The query keys of a shared explorable configuration (see lib/explorable/url-state). */
const STATE_KEYS = ['preset', 'needs', 'shape'];

/**
 * Resolves when the explorable is within a screen of the viewport, or at once when the URL
 * carries a configuration to restore. On the server (and without IntersectionObserver) it
 * resolves at once.
 */
function whenNear(selector: string): Promise<void> {
  if (typeof window === 'undefined' || typeof IntersectionObserver === 'undefined') return Promise.resolve();
  const query = new URLSearchParams(window.location.search);
  if (STATE_KEYS.some((key) => query.has(key))) return Promise.resolve();
  const target = document.querySelector(selector);
  if (!target) return Promise.resolve();
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
 * The live explorable, hydrated when the reader comes near it. The server renders it in full, so
 * the picture and the controls are on the page from the first paint; in the browser its code is
 * fetched only when the reader scrolls within a screen of it (React keeps the server's HTML until
 * then), so it is neither in the chapter's first-load JavaScript nor competing with the scroll.
 */
const Live = lazy(() =>
  whenNear('[data-explorable]')
    .then(() => import('./explorable-live'))
    .then((module) => ({ default: module.ExplorableLive })),
);

export function ExplorableLazy() {
  return (
    <Suspense fallback={null}>
      <Live />
    </Suspense>
  );
}
