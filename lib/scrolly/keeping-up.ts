/** A frame that took longer than this (60 Hz with room for jitter) is one the page fell behind in. */
export const SLOW_FRAME_MS = 22;

/**
 * A morph's pacing: called once a frame, it says whether to paint this frame. Yes, unless the
 * frame before it ran long and was painted. A phone that cannot paint every frame of a morph
 * while the reader scrolls then paints every other one, and leaves the frames in between to the
 * scrolling; one that can paints them all. `now` is the clock (milliseconds).
 */
export function keepingUp(now: () => number): () => boolean {
  let last: number | undefined;
  let skipped = false;
  return () => {
    const at = now();
    const behind = last !== undefined && at - last > SLOW_FRAME_MS;
    last = at;
    skipped = behind && !skipped;
    return !skipped;
  };
}
