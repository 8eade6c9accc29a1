'use client';

import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { scrollTargetFor, type StepLayout } from '@/lib/scrolly/active-step';

/**
 * Forgets the step a press asked for once the page has stopped short of it, say because the
 * reader took over the scroll. Counted in frames, not milliseconds: on a busy machine a timer
 * can fire between two frames of a smooth scroll that is still under way, and the next press
 * would then repeat a step instead of adding one. (Arriving at the step forgets it too.)
 */
function forgetWhenStill(requested: { current: number | null }, watch: { current: number }) {
  cancelAnimationFrame(watch.current);
  let last = window.scrollY;
  let moved = false;
  let still = 0;
  let frames = 0;
  const tick = () => {
    frames += 1;
    const y = window.scrollY;
    if (y !== last) {
      moved = true;
      still = 0;
      last = y;
    } else {
      still += 1;
    }
    // A scroll that never starts (already there) is given half a second at 60 fps.
    if ((moved && still >= 6) || (!moved && frames >= 30)) requested.current = null;
    else watch.current = requestAnimationFrame(tick);
  };
  watch.current = requestAnimationFrame(tick);
}

/**
 * Previous and next: scrolls the page so that the step `delta` away becomes active. Quick
 * presses add up (they count from the step asked for, not the one reached), and the request is
 * forgotten once the page arrives or settles elsewhere.
 */
export function useStepNavigation(
  stepIds: readonly string[],
  positions: { index: number; current: RefObject<number>; layout: () => StepLayout },
) {
  const { index, current, layout } = positions;
  /** The step a button press is scrolling to, so quick presses add up instead of repeating. */
  const requested = useRef<number | null>(null);
  const watch = useRef(0);

  useEffect(() => {
    if (index === requested.current) requested.current = null;
  }, [index]);
  useEffect(() => {
    const pending = watch; // a frame id, not a DOM node: read it when cleaning up
    return () => cancelAnimationFrame(pending.current);
  }, []);

  return useCallback(
    (delta: number, smooth: boolean) => {
      const target = Math.max(0, Math.min(stepIds.length - 1, (requested.current ?? current.current) + delta));
      requested.current = target;
      const id = stepIds[target];
      const element = id ? document.getElementById(id) : null;
      if (!element) return;
      const { line, stageBottom, narrow } = layout();
      const top = scrollTargetFor(element.getBoundingClientRect().top, window.scrollY, line, stageBottom, narrow);
      window.scrollTo({ top, behavior: smooth ? 'smooth' : 'auto' });
      forgetWhenStill(requested, watch);
    },
    [stepIds, current, layout],
  );
}
