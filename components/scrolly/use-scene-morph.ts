'use client';

import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { drawFrame } from '@/components/diagram/draw-frame';
import { paintTree } from '@/components/diagram/svg-tree';
import type { LayoutName, SceneFrame } from '@/lib/scene/types';
import { useWhenIdle } from '@/components/hooks/use-when-idle';
import { keepingUp } from '@/lib/scrolly/keeping-up';

/** Morph length and easing: long enough to follow, short enough not to wait for. */
const MORPH_SECONDS = 0.75;
const EASE_OUT_CUBIC = [0.33, 1, 0.68, 1] as const;
/** The latest moment to fetch the animation engine and adopt the drawings if no morph has yet. */
export const PREPARE_AFTER_MS = 1200;

/**
 * motion's frame loop and easing, and the scene interpolation, loaded on demand: the first paint is
 * server-rendered and needs neither, so they stay out of the page's first-load JavaScript.
 */
const loadEngine = () => import('./motion-engine');
const prefetchEngine = () => void loadEngine();

/**
 * The drawing of `layout` inside `stage` (a one-layout DiagramSvg's only drawing, when it has
 * no drawing of that name).
 */
const drawingIn = (stage: HTMLElement | null, layout: LayoutName) =>
  stage?.querySelector(`.diagram-${layout} > g`) ?? stage?.querySelector('svg > g') ?? null;

/** Paints `frame` into the drawing of `layout` inside `stage`. */
export function paintDrawing(stage: HTMLElement | null, frame: SceneFrame, layout: LayoutName) {
  const root = drawingIn(stage, layout);
  if (root) paintTree(root, drawFrame(frame, layout));
}

/** Fetches the engine and paints into the drawing the frame it already shows (see useSceneMorph). */
function prepare(stage: RefObject<HTMLElement | null>, shown: RefObject<{ frame: SceneFrame; layout: LayoutName }>) {
  prefetchEngine();
  paintDrawing(stage.current, shown.current.frame, shown.current.layout);
}

/**
 * The one animation of the diagram. The drawing inside `stage` is put into the page once, as
 * the markup of its first frame (DiagramSvg's `still`); from then on this hook paints it: every
 * in-between frame of a morph and every new scene is written into its elements (paintTree), so
 * no frame costs a React render. motion eases a value from 0 to 1 over MORPH_SECONDS, and each
 * of its frames is painted unless the page has fallen behind (keepingUp). A morph starts from
 * whatever is on screen (possibly a half-finished morph), so a skipped step is never replayed.
 * With `instant` (reduced motion, or the first measured scene) the new scene is painted at once,
 * and so it is when the hook takes over a drawing of another scene, and when `layout` changes
 * (the phone and the wide drawing have different coordinates). Returns whether a morph is under
 * way, from the render that names a new scene until its last frame.
 */
export function useSceneMorph(
  target: SceneFrame,
  instant: boolean,
  layout: LayoutName,
  stage: RefObject<HTMLElement | null>,
  /** What the drawing shows when this hook takes it over, if not `target` (a server's drawing). */
  onScreen: SceneFrame = target,
): { morphing: boolean } {
  /** The scene last drawn whole. */
  const [settled, setSettled] = useState(onScreen);
  /** The frame on screen, and in which drawing. */
  const shown = useRef({ frame: onScreen, layout });
  /** Until the first effect: a drawing taken over that shows another scene is painted at once. */
  const takingOver = useRef(true);

  // In the first idle moment after hydration, before the reader's first morph needs them: fetch
  // and evaluate the engine, and adopt the drawing: paint into it the frame it already shows.
  // Into the server's markup that writes nothing, but the painter learns each element's key and
  // what it was drawn from. Left to the first morph's first frame, learning them for every
  // element took a slow phone 14-18 ms of script at 4x CPU, where later first frames take 3-8.
  const whenIdle = useCallback(() => prepare(stage, shown), [stage]);
  useWhenIdle(whenIdle, PREPARE_AFTER_MS);

  // Before the browser paints: a new scene named by this render is drawn in the same frame.
  useLayoutEffect(() => {
    // Found once, not in every frame of the morph.
    const root = drawingIn(stage.current, layout);
    const paint = (frame: SceneFrame) => {
      if (root) paintTree(root, drawFrame(frame, layout));
      shown.current = { frame, layout };
    };
    const from = shown.current;
    const arriving = takingOver.current;
    takingOver.current = false;
    if (from.frame === target && from.layout === layout) {
      setSettled(target);
      return;
    }
    if (instant || arriving || from.layout !== layout) {
      paint(target);
      setSettled(target);
      return;
    }
    let stop: (() => void) | undefined;
    let cancelled = false;
    let waiting = 0;
    const start = ({ tween, interpolateScene }: Awaited<ReturnType<typeof loadEngine>>) => {
      const between = interpolateScene(from.frame, target);
      const keepUp = keepingUp(() => performance.now());
      stop = tween({
        seconds: MORPH_SECONDS,
        ease: EASE_OUT_CUBIC,
        onUpdate: (t) => {
          if (t >= 1) paint(target);
          else if (keepUp()) paint(between(t));
        },
        onComplete: () => setSettled(target),
      });
    };
    // The morph's first frame is the one after the frame that shows the new step (its controls,
    // its words): a slow phone then does the step's render and the morph's busiest frame, the
    // one that puts entering elements into the page, in two frames rather than one.
    loadEngine().then((engine) => {
      if (!cancelled) waiting = requestAnimationFrame(() => start(engine));
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(waiting);
      stop?.();
    };
  }, [target, instant, layout, stage]);

  return { morphing: settled !== target };
}
