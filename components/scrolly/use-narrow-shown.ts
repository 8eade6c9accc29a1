'use client';

import { useEffect, useState, type RefObject } from 'react';
import { NARROW_MAX } from '@/lib/design/tokens';

/**
 * Whether the phone drawing is the one on screen. CSS decides (a media query), so the server's
 * markup is right before any script runs; this only tells the morph which drawing to animate.
 */
export function useNarrowShown(stage: RefObject<HTMLElement | null>): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const check = () => {
      const el = stage.current?.querySelector('.diagram-narrow');
      setNarrow(!!el && getComputedStyle(el).display !== 'none');
    };
    check();
    const query = window.matchMedia(`(max-width: ${NARROW_MAX}px)`);
    query.addEventListener('change', check);
    return () => query.removeEventListener('change', check);
  }, [stage]);
  return narrow;
}
