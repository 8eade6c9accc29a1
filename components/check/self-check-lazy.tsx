'use client';

import { lazy, Suspense } from 'react';
import { useWhenIdle } from '@/components/hooks/use-when-idle';
import { whenNearAndStill } from '@/components/hooks/when-near';
import type { SelfCheckProps } from './self-check-live';

const loadLive = () => import('./self-check-live');
const prefetchLive = () => void loadLive();

/**
 * The live self-check, hydrated as the explorable is: its code is fetched in an idle moment
 * and it comes alive when the reader, within a screen of it, stops scrolling (React keeps the
 * server's HTML until then), so it is not in the chapter's first-load JavaScript.
 */
const Live = lazy(() =>
  whenNearAndStill('[data-self-check]')
    .then(loadLive)
    .then((module) => ({ default: module.SelfCheckLive })),
);

/** The latest moment to fetch the code if the browser is never idle before then. */
const PREFETCH_TIMEOUT_MS = 5000;

/** `t`: the self-check's words, in the page's language. */
export function SelfCheckLazy(props: SelfCheckProps) {
  useWhenIdle(prefetchLive, PREFETCH_TIMEOUT_MS);
  return (
    <Suspense fallback={null}>
      <Live {...props} />
    </Suspense>
  );
}
