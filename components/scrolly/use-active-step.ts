'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { NARROW_MAX, activationLine, activeStepIndex, scrollTargetFor } from '@/lib/scrolly/active-step';

/**
 * Where the diagram's bottom edge is once its sticky container has stuck to the top of the
 * viewport, which is where it stays while the reader is among the steps.
 */
function stuckBottom(stage: HTMLElement): number {
  const container = stage.closest('.scrolly-stage') ?? stage;
  return stage.getBoundingClientRect().bottom - container.getBoundingClientRect().top;
}

/** Measures where the steps and the sticky stage are; null before the DOM exists. */
function measure(stepIds: readonly string[], stage: HTMLElement | null) {
  const narrow = window.innerWidth <= NARROW_MAX;
  const stageBottom = narrow && stage ? stuckBottom(stage) : 0;
  const line = activationLine(window.innerHeight, stageBottom, narrow);
  const tops = stepIds.map((id) => document.getElementById(id)?.getBoundingClientRect().top ?? Infinity);
  const root = document.documentElement;
  const atEnd = window.scrollY + window.innerHeight >= root.scrollHeight - 2;
  return { narrow, stageBottom, line, tops, index: activeStepIndex(tops, line, atEnd, window.innerHeight) };
}

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
 * The step most in view, derived from positions on every scroll, resize and history move.
 * `ready` turns true after the first measurement has been painted, so that the scene a deep
 * link or a reload lands on is shown at once, not animated to.
 */
export function useActiveStep(
  stepIds: readonly string[],
  stageRef: React.RefObject<HTMLElement | null>,
  startStep?: string,
) {
  const [index, setIndex] = useState(() => Math.max(0, startStep ? stepIds.indexOf(startStep) : 0));
  const [ready, setReady] = useState(false);
  const frame = useRef(0);
  /** The step a button press is scrolling to, so quick presses add up instead of repeating. */
  const requested = useRef<number | null>(null);
  const watch = useRef(0);
  /** The step measured last, which a press counts from: React may not have rendered it yet. */
  const measured = useRef(index);

  useLayoutEffect(() => {
    const start = startStep && !window.location.hash ? document.getElementById(startStep) : null;
    if (start) {
      const { line, stageBottom, narrow } = measure(stepIds, stageRef.current);
      window.scrollTo(0, scrollTargetFor(start.getBoundingClientRect().top, window.scrollY, line, stageBottom, narrow));
    }
    measured.current = measure(stepIds, stageRef.current).index;
    setIndex(measured.current);
    const settle = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(settle);
  }, [stepIds, stageRef, startStep]);

  useEffect(() => {
    const update = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => {
        const next = measure(stepIds, stageRef.current).index;
        measured.current = next;
        if (next === requested.current) requested.current = null;
        setIndex(next);
      });
    };
    const events = ['scroll', 'resize', 'hashchange', 'popstate', 'load'] as const;
    events.forEach((name) => window.addEventListener(name, update, { passive: true }));
    // The page may have moved between the first measurement (a layout effect) and now: on a
    // busy phone a reader can scroll while React gets round to its passive effects, and that
    // scroll's events found no listener. Measure once more rather than wait for the next one.
    update();
    const pending = watch; // a frame id, not a DOM node: read it when cleaning up
    return () => {
      cancelAnimationFrame(frame.current);
      cancelAnimationFrame(pending.current);
      events.forEach((name) => window.removeEventListener(name, update));
    };
  }, [stepIds, stageRef]);

  const move = useCallback(
    (delta: number, smooth: boolean) => {
      const target = Math.max(0, Math.min(stepIds.length - 1, (requested.current ?? measured.current) + delta));
      requested.current = target;
      const id = stepIds[target];
      const element = id ? document.getElementById(id) : null;
      if (!element) return;
      const { line, stageBottom, narrow } = measure(stepIds, stageRef.current);
      const top = scrollTargetFor(element.getBoundingClientRect().top, window.scrollY, line, stageBottom, narrow);
      window.scrollTo({ top, behavior: smooth ? 'smooth' : 'auto' });
      forgetWhenStill(requested, watch);
    },
    [stepIds, stageRef],
  );

  return { index, ready, move };
}
