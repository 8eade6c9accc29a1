'use client';

import { lazy, Suspense } from 'react';
import { useWhenIdle } from '@/components/hooks/use-when-idle';
import { whenScrollRests } from '@/components/hooks/when-scroll-rests';
import { namesExplorableState } from '@/lib/explorable/query-keys';

/** How far ahead of the reader the explorable starts loading: one screen. */
const AHEAD = '100% 0px';

/**
 * How long the page must have been still before the explorable hydrates. Hydrating is tens of
 * milliseconds of work on a slow phone, in tasks the browser runs back to back; mid-scroll it
 * was a 50–60 ms frame (at 4× CPU, while the chapter's last step changed), once the page is
 * still it costs nothing the reader can see.
 */
const SCROLL_REST_MS = 150;

/** Resolves when `target` is within a screen of the viewport. */
function whenNear(target: Element): Promise<void> {
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
 * Resolves when the explorable should come alive: once it is within a screen of the viewport
 * and the page has stopped scrolling; at once when the URL carries a configuration to restore,
 * and on the server (and without IntersectionObserver).
 */
function whenWanted(selector: string): Promise<void> {
  if (typeof window === 'undefined' || typeof IntersectionObserver === 'undefined') return Promise.resolve();
  if (namesExplorableState(window.location.search)) return Promise.resolve();
  const target = document.querySelector(selector);
  if (!target) return Promise.resolve();
  return whenNear(target).then(() => whenScrollRests(SCROLL_REST_MS));
}

const loadLive = () => import('./explorable-live');
const prefetchLive = () => void loadLive();

/**
 * The live explorable, hydrated when the reader comes near it. The server renders it in full, so
 * the picture and the controls are on the page from the first paint; in the browser its code is
 * fetched in the first idle moment and it hydrates when the reader, within a screen of it, stops
 * scrolling (React keeps the server's HTML until then), so it is neither in the chapter's
 * first-load JavaScript nor competing with the scroll.
 */
const Live = lazy(() =>
  whenWanted('[data-explorable]')
    .then(loadLive)
    .then((module) => ({ default: module.ExplorableLive })),
);

/** The latest moment to fetch the explorable's code if the browser is never idle before then. */
const PREFETCH_TIMEOUT_MS = 4000;

export function ExplorableLazy() {
  // Fetch and evaluate the code in an idle moment, so that hydrating is all that is left to do
  // when the reader gets there (evaluating it on approach cost a fling a 50-70 ms frame).
  useWhenIdle(prefetchLive, PREFETCH_TIMEOUT_MS);

  return (
    <Suspense fallback={null}>
      <Live />
    </Suspense>
  );
}
