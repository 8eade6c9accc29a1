// Node's side of the in-page recorder: record frames while something happens on a page, and
// turn what was recorded into the figures every frame table uses.
import { startRecording, stopRecording } from './in-page-scroll.mjs';
import { CLOCK_MARK } from './main-thread-trace.mjs';
import { summariseFrames } from './stats.mjs';

/** A frame over this is a long frame in every figure of the bench (issue 14's "over 50 ms"). */
const LONG_FRAME_MS = 50;

/** The durations between consecutive frame starts. */
export const frameTimesOf = (frameStarts) => frameStarts.slice(1).map((start, i) => start - frameStarts[i]);

/**
 * Starts the in-page recorder, awaits `action()` (wheel input from Node, presses, an in-page
 * scroll), stops the recorder, and returns what it recorded beside what the action returned.
 */
export async function recordWhile(page, action) {
  await page.evaluate(startRecording, { clockMarkName: CLOCK_MARK });
  const acted = await action();
  const recorded = await page.evaluate(stopRecording);
  return { ...recorded, acted };
}

/** Frame p50/p95/max and frames over 50 ms, long tasks, and the three longest frames' causes. */
export function frameFigures(recorded) {
  return {
    ...summariseFrames(frameTimesOf(recorded.frameStarts), LONG_FRAME_MS),
    longTasks: recorded.longTasks.length,
    longTaskMs: Math.round(recorded.longTasks.reduce((sum, ms) => sum + ms, 0)),
    longFrames: [...recorded.longFrames].sort((a, b) => b.ms - a.ms).slice(0, 3),
  };
}
