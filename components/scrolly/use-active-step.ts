'use client';

import { useLayoutEffect, useState, type RefObject } from 'react';
import { scrollTargetFor } from '@/lib/scrolly/active-step';
import { measureSteps, useStepPositions } from './use-step-positions';
import { useStepNavigation } from './use-step-navigation';

/**
 * The chapter's active step (from positions, see useStepPositions), a way to move by steps
 * (useStepNavigation), and `ready`, which turns true after the first measurement has been
 * painted, so that the scene a deep link or a reload lands on is shown at once, not animated to.
 * A share URL's `startStep` is scrolled to before the first measurement.
 */
export function useActiveStep(stepIds: readonly string[], stage: RefObject<HTMLElement | null>, startStep?: string) {
  const [startIndex] = useState(() => Math.max(0, startStep ? stepIds.indexOf(startStep) : 0));
  const [ready, setReady] = useState(false);

  // Declared before the positions hook, so its layout effect runs first: the page is at the
  // start step when the steps are first measured.
  useLayoutEffect(() => {
    const start = startStep && !window.location.hash ? document.getElementById(startStep) : null;
    if (start) {
      const { line, stageBottom, narrow } = measureSteps(stepIds, stage);
      window.scrollTo(0, scrollTargetFor(start.getBoundingClientRect().top, window.scrollY, line, stageBottom, narrow));
    }
    const settle = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(settle);
  }, [stepIds, stage, startStep]);

  const positions = useStepPositions(stepIds, stage, startIndex);
  const move = useStepNavigation(stepIds, positions);
  return { index: positions.index, ready, move };
}
