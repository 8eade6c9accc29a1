/**
 * Which step is active, from where the steps are. State comes from position alone, never from
 * a stream of enter/exit events, so a fling, a jump, a reload or a resize all land right.
 */

/**
 * The horizontal line a step's top must cross to become active, in viewport pixels.
 * Desktop: the middle of the viewport. Phone: a third of the way down the part of the
 * screen that the sticky diagram leaves free.
 */
export function activationLine(viewportHeight: number, stageBottom: number, narrow: boolean): number {
  if (!narrow) return viewportHeight * 0.5;
  const free = Math.max(0, viewportHeight - stageBottom);
  return stageBottom + free * 0.35;
}

/**
 * The index of the last step whose top is at or above `line`; the first step when none is.
 * When the page cannot scroll further, the last step that has come into view wins, so a short
 * last step still becomes active.
 */
export function activeStepIndex(
  tops: readonly number[],
  line: number,
  atEnd = false,
  viewportHeight = Infinity,
): number {
  let active = 0;
  tops.forEach((top, index) => {
    if (top <= line || (atEnd && top < viewportHeight)) active = index;
  });
  return active;
}

/** Where to put a step's top so that it becomes active: just above the line. */
export function scrollTargetFor(
  stepTop: number,
  scrollY: number,
  line: number,
  stageBottom: number,
  narrow: boolean,
): number {
  const resting = narrow ? stageBottom + 12 : line * 0.6;
  return Math.max(0, Math.round(stepTop + scrollY - resting));
}

/**
 * Where the steps are, measured once per layout change (a resize, fonts arriving, the page
 * growing) rather than on every scroll: between two changes, each step's place on the page is
 * fixed, and its place on screen is that less the scroll position.
 */
export interface StepLayout {
  narrow: boolean;
  /** Where the stuck diagram ends, in viewport pixels (phone); 0 on a desktop. */
  stageBottom: number;
  line: number;
  /** Each step's top, in page pixels (Infinity for a step not on the page). */
  pageTops: readonly number[];
  viewportHeight: number;
  scrollHeight: number;
}

/** The active step at scroll position `scrollY`: arithmetic only, no reading of the page. */
export function activeStepAt(layout: StepLayout, scrollY: number): number {
  const tops = layout.pageTops.map((top) => top - scrollY);
  const atEnd = scrollY + layout.viewportHeight >= layout.scrollHeight - 2;
  return activeStepIndex(tops, layout.line, atEnd, layout.viewportHeight);
}
