'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { NARROW_MAX } from '@/lib/design/tokens';
import { activationLine, activeStepAt, type StepLayout } from '@/lib/scrolly/active-step';

/**
 * Where the diagram's bottom edge is once its sticky container has stuck to the top of the
 * viewport, which is where it stays while the reader is among the steps.
 */
function stuckBottom(stage: HTMLElement): number {
  const container = stage.closest('.scrolly-stage') ?? stage;
  return stage.getBoundingClientRect().bottom - container.getBoundingClientRect().top;
}

/** Reads where the steps and the sticky stage are. */
export function measureSteps(stepIds: readonly string[], stageRef: RefObject<HTMLElement | null>): StepLayout {
  const narrow = window.innerWidth <= NARROW_MAX;
  const stage = stageRef.current;
  const stageBottom = narrow && stage ? stuckBottom(stage) : 0;
  const viewportHeight = window.innerHeight;
  const scrollY = window.scrollY;
  return {
    narrow,
    stageBottom,
    line: activationLine(viewportHeight, stageBottom, narrow),
    pageTops: stepIds.map((id) => {
      const element = document.getElementById(id);
      return element ? element.getBoundingClientRect().top + scrollY : Infinity;
    }),
    viewportHeight,
    scrollHeight: document.documentElement.scrollHeight,
  };
}

/**
 * The step most in view, from positions alone. The steps are measured when the layout changes
 * (a resize, the page growing or shrinking, fonts arriving, the load event); a scroll only reads
 * the scroll position, so a scroll frame forces no layout and renders nothing unless the active
 * step changes.
 */
export function useStepPositions(stepIds: readonly string[], stage: RefObject<HTMLElement | null>, startIndex: number) {
  const [index, setIndex] = useState(startIndex);
  const layout = useRef<StepLayout | null>(null);
  /** The step measured last, for presses: React may not have rendered it yet. */
  const current = useRef(startIndex);

  const remeasure = useCallback(() => {
    layout.current = measureSteps(stepIds, stage);
    return layout.current;
  }, [stepIds, stage]);
  const follow = useCallback((at: StepLayout) => {
    current.current = activeStepAt(at, window.scrollY);
    setIndex(current.current);
  }, []);

  // The first measurement, before paint: the scene a deep link or a reload lands on is drawn
  // before anything is shown.
  useLayoutEffect(() => follow(remeasure()), [follow, remeasure]);

  useEffect(() => {
    const onScroll = () => follow(layout.current ?? remeasure());
    const onLayout = () => follow(remeasure());
    const events = ['resize', 'load', 'hashchange', 'popstate'] as const;
    window.addEventListener('scroll', onScroll, { passive: true });
    events.forEach((name) => window.addEventListener(name, onLayout));
    const sizes = new ResizeObserver(onLayout);
    sizes.observe(document.documentElement);
    if (stage.current) sizes.observe(stage.current);
    // The page may have moved between the first measurement (a layout effect) and now: on a
    // busy phone a reader can scroll while React gets round to its passive effects, and that
    // scroll's events found no listener. Measure once more rather than wait for the next one.
    onLayout();
    return () => {
      window.removeEventListener('scroll', onScroll);
      events.forEach((name) => window.removeEventListener(name, onLayout));
      sizes.disconnect();
    };
  }, [follow, remeasure, stage]);

  return { index, current, layout: useCallback(() => layout.current ?? remeasure(), [remeasure]) };
}
