'use client';

/**
 * Enters or leaves full screen. Browsers refuse it without a user gesture, in some frames and
 * in headless runs; the lecture works the same either way, so a refusal is ignored.
 */
export function toggleFullscreen() {
  const run = document.fullscreenElement
    ? document.exitFullscreen?.bind(document)
    : document.documentElement.requestFullscreen?.bind(document.documentElement);
  try {
    run?.()?.catch(() => undefined);
  } catch {
    // Not allowed here: nothing to do.
  }
}
