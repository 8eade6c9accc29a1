'use client';

import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

/**
 * The one media query list, made on first use: React reads the snapshot on every render of a
 * morphing diagram, and `matchMedia()` builds a new list (and evaluates it) at each call.
 */
let media: MediaQueryList | undefined;
const mediaQuery = () => (media ??= window.matchMedia(QUERY));

function subscribe(onChange: () => void) {
  const list = mediaQuery();
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/**
 * Whether the reader asked for reduced motion; false on the server. A few lines of our own
 * rather than motion's hook, so that the animation engine can load after the first paint.
 */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => mediaQuery().matches,
    () => false,
  );
}
