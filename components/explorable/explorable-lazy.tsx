'use client';

import { lazy, Suspense } from 'react';
import { useWhenIdle } from '@/components/hooks/use-when-idle';
import { namesExplorableState } from '@/lib/explorable/query-keys';

/** How far ahead of the reader the explorable starts loading: one screen. */
const AHEAD = '100% 0px';

/**
 * Resolves when the explorable is within a screen of the viewport, or at once when the URL
 * carries a configuration to restore. On the server (and without IntersectionObserver) it
 * resolves at once.
 */
function whenNear(selector: string): Promise<void> {
  if (typeof window === 'undefined' || typeof IntersectionObserver === 'undefined') return Promise.resolve();
  if (namesExplorableState(window.location.search)) return Promise.resolve();
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

const loadLive = () => import('./explorable-live');
const prefetchLive = () => void loadLive();

/**
 * The live explorable, hydrated when the reader comes near it. The server renders it in full, so
 * the picture and the controls are on the page from the first paint; in the browser its code is
 * fetched in the first idle moment and it hydrates when the reader scrolls within a screen of it
 * (React keeps the server's HTML until then), so it is neither in the chapter's first-load
 * JavaScript nor competing with the scroll.
 */
const Live = lazy(() =>
  whenNear('[data-explorable]')
    .then(loadLive)
    .then((module) => ({ default: module.ExplorableLive })),
);

/** The latest moment to fetch the explorable's code if the browser is never idle before then. */
const PREFETCH_TIMEOUT_MS = 4000;

export function ExplorableLazy() {
  // Fetch and evaluate the code in an idle moment, so that hydrating on approach is all that is
  // left to do while the reader scrolls (evaluating it then cost a fling a 50-70 ms frame).
  useWhenIdle(prefetchLive, PREFETCH_TIMEOUT_MS);

  return (
    <Suspense fallback={null}>
      <Live />
    </Suspense>
  );
}
