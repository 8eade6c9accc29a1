// Main-thread CPU time per frame, from a Chromium trace. Frame times from rAF are wall-clock:
// on a busy shared machine the renderer waits for a core, and a frame looks slow although the
// page did little. A task's thread CPU time (`tdur`) counts only the page's own work, so it
// tells the page's cost apart from the machine's load.
import { percentile } from './stats.mjs';

/** Top-level tasks with their CPU time, and user-timing marks; nothing else (a small trace). */
export const TRACE_CATEGORIES = ['-*', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];
export const CLOCK_MARK = 'bench-clock';

const ms = (microseconds) => Math.round(microseconds / 100) / 10;

/**
 * CPU ms the main thread spent in each frame interval (tasks assigned by their start), in its
 * longest task and in all; and the share of the tasks' wall time it actually had a core.
 * `clockMarkMs` is the page's time of the CLOCK_MARK mark; `frameStartsMs` the rAF timestamps.
 */
export function mainThreadCpu(traceJson, { clockMarkMs, frameStartsMs }) {
  const events = JSON.parse(traceJson).traceEvents ?? [];
  // The mark was made on the page's main thread, so it also names that thread.
  const mark = events.find((e) => e.name === CLOCK_MARK);
  if (!mark) return null;
  const tasks = events.filter(
    (e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.name === 'RunTask' && e.tdur !== undefined,
  );
  const offsetUs = mark.ts - clockMarkMs * 1000;
  const bounds = frameStartsMs.map((start) => start * 1000 + offsetUs);
  const perFrame = bounds.slice(0, -1).map((start, i) => {
    const inFrame = tasks.filter((task) => task.ts >= start && task.ts < bounds[i + 1]);
    return inFrame.reduce((sum, task) => sum + task.tdur, 0);
  });
  const during = tasks.filter((task) => task.ts >= bounds[0] && task.ts < bounds.at(-1));
  const cpu = during.reduce((sum, task) => sum + task.tdur, 0);
  const wall = during.reduce((sum, task) => sum + task.dur, 0);
  return {
    frameCpuP50: perFrame.length ? ms(percentile(perFrame, 50)) : null,
    frameCpuP95: perFrame.length ? ms(percentile(perFrame, 95)) : null,
    frameCpuMax: perFrame.length ? ms(Math.max(...perFrame)) : null,
    longestTaskCpuMs: during.length ? ms(Math.max(...during.map((task) => task.tdur))) : null,
    cpuMs: ms(cpu),
    cpuShare: wall ? Math.round((cpu / wall) * 100) / 100 : null,
  };
}
