'use client';

import { useEffect, useState, type RefObject } from 'react';
import { NARROW_MAX } from '@/lib/design/tokens';

const narrowShownIn = (stage: HTMLElement | null) => {
  const el = stage?.querySelector('.diagram-narrow');
  return !!el && getComputedStyle(el).display !== 'none';
};

/**
 * Whether the phone drawing is the one on screen. CSS decides (a media query), so the server's
 * markup is right before any script runs; this only tells the morph which drawing to animate.
 * A component that is never rendered on the server can `readAtOnce` (its first render then
 * knows); one that is must start from false, as the server did.
 */
export function useNarrowShown(stage: RefObject<HTMLElement | null>, readAtOnce = false): boolean {
  const [narrow, setNarrow] = useState(() => readAtOnce && narrowShownIn(stage.current));
  useEffect(() => {
    const check = () => setNarrow(narrowShownIn(stage.current));
    check();
    const query = window.matchMedia(`(max-width: ${NARROW_MAX}px)`);
    query.addEventListener('change', check);
    return () => query.removeEventListener('change', check);
  }, [stage]);
  return narrow;
}
