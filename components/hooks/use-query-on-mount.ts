'use client';

import { useEffectEvent, useLayoutEffect, useState } from 'react';
import { PENDING_STYLE_ID } from './query-pending';

/**
 * Hands the page's query string to `apply` once, before the first paint after hydration, and
 * shows what `QueryPendingScript` hid. Returns `ready`: false until that first state
 * has been painted, so the scene the query names is drawn at once, not morphed to.
 */
export function useQueryOnMount(apply: (search: string) => void): boolean {
  const [ready, setReady] = useState(false);
  const onMount = useEffectEvent(apply);

  useLayoutEffect(() => {
    onMount(window.location.search);
    document.getElementById(PENDING_STYLE_ID)?.remove();
    const frame = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(frame);
  }, []);

  return ready;
}
