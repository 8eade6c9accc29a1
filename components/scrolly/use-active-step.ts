'use client';

import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { activeStepAt, scrollTargetFor } from '@/lib/scrolly/active-step';
import { takeArrival } from './arrival-state';
import { measureSteps, useStepPositions } from './use-step-positions';
import { useStepNavigation } from './use-step-navigation';

/**
 * The chapter's active step (from positions, see useStepPositions), a way to move by steps
 * (useStepNavigation), and `ready`, which turns true after the first measurement has been
 * painted, so that the scene a deep link or a reload lands on is shown at once, not animated to.
 * A share URL's `startStep` is scrolled to before the first measurement. So is the step the
 * page arrived at (`arrived`, whose scene the arrival scripts painted before hydration, see
 * lib/scrolly/arrival) when the page is not yet among its text: the browser may not have
 * restored the scroll position of a reload yet, and the scene on screen must not go back to
 * the first step's and then forward again.
 */
export function useActiveStep(stepIds: readonly string[], stage: RefObject<HTMLElement | null>, startStep?: string) {
  const [startIndex] = useState(() => Math.max(0, startStep ? stepIds.indexOf(startStep) : 0));
  const [ready, setReady] = useState(false);
  /** The step the page arrived at (see lib/scrolly/arrival), or -1: needed by no render. */
  const arrived = useRef(-1);

  // Declared before the positions hook, so its layout effect runs first: the page is at the
  // start step when the steps are first measured.
  useLayoutEffect(() => {
    const arrival = takeArrival(stepIds);
    const id = arrival >= 0 ? stepIds[arrival] : startStep && !window.location.hash ? startStep : undefined;
    const start = id ? document.getElementById(id) : null;
    if (start) {
      const layout = measureSteps(stepIds, stage);
      if (arrival < 0 || activeStepAt(layout, window.scrollY) !== arrival) {
        const { line, stageBottom, narrow } = layout;
        window.scrollTo(
          0,
          scrollTargetFor(start.getBoundingClientRect().top, window.scrollY, line, stageBottom, narrow),
        );
      }
    }
    if (arrival >= 0) arrived.current = arrival;
    const settle = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(settle);
  }, [stepIds, stage, startStep]);

  const positions = useStepPositions(stepIds, stage, startIndex);
  const move = useStepNavigation(stepIds, positions);
  return { index: positions.index, ready, move, arrived };
}
