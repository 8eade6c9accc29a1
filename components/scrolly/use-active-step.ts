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
  const settle = useRef<ReturnType<typeof setTimeout>>(undefined);

  useLayoutEffect(() => {
    const start = startStep && !window.location.hash ? document.getElementById(startStep) : null;
    if (start) {
      const { line, stageBottom, narrow } = measure(stepIds, stageRef.current);
      window.scrollTo(0, scrollTargetFor(start.getBoundingClientRect().top, window.scrollY, line, stageBottom, narrow));
    }
    setIndex(measure(stepIds, stageRef.current).index);
    const settle = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(settle);
  }, [stepIds, stageRef, startStep]);

  useEffect(() => {
    const update = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => setIndex(measure(stepIds, stageRef.current).index));
      clearTimeout(settle.current);
      settle.current = setTimeout(() => (requested.current = null), 200);
    };
    const events = ['scroll', 'resize', 'hashchange', 'popstate', 'load'] as const;
    events.forEach((name) => window.addEventListener(name, update, { passive: true }));
    return () => {
      cancelAnimationFrame(frame.current);
      clearTimeout(settle.current);
      events.forEach((name) => window.removeEventListener(name, update));
    };
  }, [stepIds, stageRef]);

  const move = useCallback(
    (delta: number, smooth: boolean) => {
      const target = Math.max(0, Math.min(stepIds.length - 1, (requested.current ?? index) + delta));
      requested.current = target;
      const id = stepIds[target];
      const element = id ? document.getElementById(id) : null;
      if (!element) return;
      const { line, stageBottom, narrow } = measure(stepIds, stageRef.current);
      const top = scrollTargetFor(element.getBoundingClientRect().top, window.scrollY, line, stageBottom, narrow);
      window.scrollTo({ top, behavior: smooth ? 'smooth' : 'auto' });
    },
    [stepIds, stageRef, index],
  );

  return { index, ready, move };
}
