'use client';

import { useEffect, useRef, useState, type RefObject } from 'react';
import { drawFrame } from '@/components/diagram/draw-frame';
import { paintTree } from '@/components/diagram/svg-tree';
import type { LayoutName, SceneFrame } from '@/lib/scene/types';
import { useWhenIdle } from '@/components/hooks/use-when-idle';

/** Morph length and easing: long enough to follow, short enough not to wait for. */
const MORPH_SECONDS = 0.75;
const EASE_OUT_CUBIC: [number, number, number, number] = [0.33, 1, 0.68, 1];
/** The latest moment to fetch the animation engine if no morph has asked for it yet. */
const PREFETCH_AFTER_MS = 1200;

/**
 * motion's animate() and the scene interpolation, loaded on demand: the first paint is
 * server-rendered and needs neither, so they stay out of the page's first-load JavaScript.
 */
const loadEngine = () => import('./motion-engine');
const prefetchEngine = () => void loadEngine();

/** What React renders: a frame, and whether a morph is painting frames into it. */
export interface DrawnScene {
  frame: SceneFrame;
  /** The scene the frame is on its way to (or is). */
  target: SceneFrame;
  layout: LayoutName;
  morphing: boolean;
  /**
   * Changes when an instant change cuts a morph short: the drawing is then made afresh, since
   * the elements may hold painted values React does not know about.
   */
  generation: number;
}

/** The root <g> of the drawing on screen, which the morph paints. */
function drawingRoot(stage: HTMLElement | null, layout: LayoutName): Element | null {
  return stage?.querySelector(`.diagram-${layout} > g`) ?? stage?.querySelector('svg > g') ?? null;
}

/**
 * The one animation of the diagram. motion eases a value from 0 to 1 and every frame in between
 * is painted straight into the elements React drew (see paintTree), so a frame costs no React
 * render. A frame whose elements differ from those on screen (boxes entering or leaving, a label
 * that appears halfway) is left to React, and the frames after it are painted again; at the end
 * React draws the new scene, so what it knows of the elements is what they show.
 * It eases from whatever is on screen now (possibly a half-finished morph) straight to
 * `target`, so a skipped step is never replayed. With `instant` (reduced motion, or the first
 * measured scene) the frame is replaced at once, and so it is when `layout` changes (the phone
 * and the wide drawing have different coordinates).
 */
export function useSceneMorph(
  target: SceneFrame,
  instant: boolean,
  layout: LayoutName,
  stage: RefObject<HTMLElement | null>,
): DrawnScene {
  const [drawn, setDrawn] = useState<DrawnScene>({ frame: target, target, layout, morphing: false, generation: 0 });
  /** The frame on screen, painted or rendered. */
  const shown = useRef({ frame: target, layout });
  /** Whether frames have been painted since React last drew the scene whole. */
  const painted = useRef(false);

  // Fetch and evaluate the engine in the first idle moment after hydration, before the reader's
  // first morph needs it.
  useWhenIdle(prefetchEngine, PREFETCH_AFTER_MS);

  useEffect(() => {
    const from = shown.current;
    const render = (frame: SceneFrame, morphing: boolean, fresh = false) => {
      shown.current = { frame, layout };
      setDrawn((old) => ({ frame, target, layout, morphing, generation: old.generation + (fresh ? 1 : 0) }));
    };
    if (instant || from.frame === target || from.layout !== layout) {
      render(target, false, painted.current);
      painted.current = false;
      return;
    }
    let stop: (() => void) | undefined;
    let cancelled = false;
    loadEngine().then(({ animate, interpolateScene }) => {
      if (cancelled) return;
      const between = interpolateScene(from.frame, target);
      const controls = animate(0, 1, {
        duration: MORPH_SECONDS,
        ease: EASE_OUT_CUBIC,
        onUpdate: (t) => {
          if (t >= 1) return;
          const frame = between(t);
          const root = drawingRoot(stage.current, layout);
          if (root && paintTree(root, drawFrame(frame, layout))) {
            shown.current = { frame, layout };
            painted.current = true;
          } else {
            render(frame, true);
          }
        },
        onComplete: () => {
          render(target, false);
          painted.current = false;
        },
      });
      stop = () => controls.stop();
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [target, instant, layout, stage]);

  // An instant change is drawn in the same render that names the new scene: no frame between.
  if (instant || drawn.layout !== layout) return { ...drawn, frame: target, target, layout, morphing: false };
  // A new scene is under way from the render that names it, before the engine has loaded.
  return drawn.target === target ? drawn : { ...drawn, morphing: true };
}
