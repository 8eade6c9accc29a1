/**
 * Which step is active, from where the steps are. State comes from position alone, never from
 * a stream of enter/exit events, so a fling, a jump, a reload or a resize all land right.
 */

/** The width below which the phone layout (diagram on top) is used. Matches scrolly.css. */
export const NARROW_MAX = 767;

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
