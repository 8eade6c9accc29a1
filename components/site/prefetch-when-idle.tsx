'use client';

import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { useWhenIdle } from '@/components/hooks/use-when-idle';

/** The latest moment to prefetch if the browser is never idle before then. */
const TIMEOUT_MS = 5000;

/**
 * Prefetches routes in the first idle moment after the page has hydrated. For links a reader
 * meets at the end of a long scroll (the neighbouring chapters): prefetched when they scroll
 * into view, their pages would be fetched and parsed in the middle of the scroll's frames.
 */
export function PrefetchWhenIdle({ hrefs }: { hrefs: readonly string[] }) {
  const router = useRouter();
  const prefetch = useCallback(() => hrefs.forEach((href) => router.prefetch(href)), [router, hrefs]);
  useWhenIdle(prefetch, TIMEOUT_MS);
  return null;
}
