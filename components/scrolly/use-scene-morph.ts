'use client';

import { useEffect, useRef, useState } from 'react';
import { interpolateScene } from '@/lib/scene/interpolate';
import type { LayoutName, SceneFrame } from '@/lib/scene/types';
import { useWhenIdle } from '@/components/hooks/use-when-idle';

/** Morph length and easing: long enough to follow, short enough not to wait for. */
export const MORPH_SECONDS = 0.75;
const EASE_OUT_CUBIC: [number, number, number, number] = [0.33, 1, 0.68, 1];
/** The latest moment to fetch the animation engine if no morph has asked for it yet. */
const PREFETCH_AFTER_MS = 1200;

/**
 * motion's animate(), loaded on demand: the first paint is server-rendered and needs no
 * animation, so the engine stays out of the page's first-load JavaScript.
 */
const loadAnimate = () => import('./motion-engine').then((engine) => engine.animate);
const prefetchAnimate = () => void loadAnimate();

/**
 * The one animated value of the diagram. It eases from whatever is on screen now (possibly a
 * half-finished morph) straight to `target`, so a skipped step is never replayed. With
 * `instant` (reduced motion, or the first measured scene) the frame is replaced at once, and so
 * it is when `layout` changes (the phone and the wide drawing have different coordinates).
 */
export function useSceneMorph(target: SceneFrame, instant: boolean, layout: LayoutName = 'wide'): SceneFrame {
  const [drawn, setDrawn] = useState<{ frame: SceneFrame; layout: LayoutName }>({ frame: target, layout });
  const shown = useRef({ frame: target, layout });

  // Fetch and evaluate the engine in the first idle moment after hydration, before the reader's
  // first morph needs it.
  useWhenIdle(prefetchAnimate, PREFETCH_AFTER_MS);

  useEffect(() => {
    const from = shown.current;
    const show = (next: SceneFrame) => {
      shown.current = { frame: next, layout };
      setDrawn(shown.current);
    };
    if (instant || from.frame === target || from.layout !== layout) {
      show(target);
      return;
    }
    const between = interpolateScene(from.frame, target);
    let stop: (() => void) | undefined;
    let cancelled = false;
    loadAnimate().then((animate) => {
      if (cancelled) return;
      const controls = animate(0, 1, {
        duration: MORPH_SECONDS,
        ease: EASE_OUT_CUBIC,
        onUpdate: (t) => show(t >= 1 ? target : between(t)),
      });
      stop = () => controls.stop();
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [target, instant, layout]);

  // An instant change is drawn in the same render that names the new scene: no frame between.
  return instant || drawn.layout !== layout ? target : drawn.frame;
}
