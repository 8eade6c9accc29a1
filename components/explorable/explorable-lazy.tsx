'use client';

import { lazy, Suspense } from 'react';
import { useWhenIdle } from '@/components/hooks/use-when-idle';
import { whenNearAndStill } from '@/components/hooks/when-near';
import { namesExplorableState } from '@/lib/explorable/query-keys';
import type { Lang } from '@/lib/i18n/lang';
import type { ClientMessages } from '@/lib/i18n/messages';

const loadLive = () => import('./explorable-live');
const prefetchLive = () => void loadLive();

/**
 * The live explorable, hydrated when the reader comes near it. The server renders it in full, so
 * the picture and the controls are on the page from the first paint; in the browser its code is
 * fetched in the first idle moment and it hydrates when the reader, within a screen of it, stops
 * scrolling (React keeps the server's HTML until then), so it is neither in the chapter's
 * first-load JavaScript nor competing with the scroll. (Hydrating is tens of milliseconds of work
 * on a slow phone; mid-scroll it was a 50–60 ms frame at 4× CPU.) A URL that carries a
 * configuration to restore hydrates at once.
 */
const Live = lazy(() =>
  whenNearAndStill('[data-explorable]', typeof window !== 'undefined' && namesExplorableState(window.location.search))
    .then(loadLive)
    .then((module) => ({ default: module.ExplorableLive })),
);

/** The latest moment to fetch the explorable's code if the browser is never idle before then. */
const PREFETCH_TIMEOUT_MS = 4000;

/** `t`: the explorable's words, in the page's language, `lang`. */
export function ExplorableLazy({ t, lang }: { t: ClientMessages['explorable']; lang: Lang }) {
  // Fetch and evaluate the code in an idle moment, so that hydrating is all that is left to do
  // when the reader gets there (evaluating it on approach cost a fling a 50-70 ms frame).
  useWhenIdle(prefetchLive, PREFETCH_TIMEOUT_MS);

  return (
    <Suspense fallback={null}>
      <Live t={t} lang={lang} />
    </Suspense>
  );
}
