// Functions that run inside the page (passed to page.evaluate, so none may close over anything):
// a recorder that, once started, keeps a requestAnimationFrame loop noting every frame's start
// and PerformanceObservers noting long tasks and long animation frames until it is stopped; and
// a programmatic scroll to the bottom. The recorder is record-only, so the same one times real
// wheel input, presses of the diagram's controls, and the programmatic scroll.

/**
 * Starts recording frames. `clockMarkName` names a user-timing mark whose time a Chromium trace
 * also records, so that the trace's clock can be matched to the page's.
 */
export function startRecording({ clockMarkName }) {
  /**
   * Where a long frame's time went: the scripts that ran in it (a script with no source is
   * the bench's own code), and style and layout after them.
   */
  const describeLongFrame = (entry) => ({
    ms: Math.round(entry.duration),
    styleAndLayoutMs: Math.round(entry.startTime + entry.duration - entry.styleAndLayoutStart),
    scripts: [...entry.scripts]
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 3)
      .map((script) => ({
        ms: Math.round(script.duration),
        forcedLayoutMs: Math.round(script.forcedStyleAndLayoutDuration),
        invoker: script.invoker,
        source: `${script.sourceURL.split('/').pop()}${script.sourceFunctionName ? ` ${script.sourceFunctionName}` : ''}`,
      })),
  });
  const recorder = {
    frameStarts: [],
    clockMark: performance.mark(clockMarkName).startTime,
    longTasks: [],
    longFrames: [],
    running: true,
  };
  recorder.observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.entryType === 'longtask') recorder.longTasks.push(entry.duration);
      else recorder.longFrames.push(describeLongFrame(entry));
    }
  });
  recorder.observer.observe({ entryTypes: ['longtask', 'long-animation-frame'] });
  const tick = (now) => {
    if (!recorder.running) return;
    recorder.frameStarts.push(now);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__benchFrameRecorder = recorder;
}

/** Stops the recorder and returns what it saw, with where the page is and the scene it shows. */
export function stopRecording() {
  const recorder = window.__benchFrameRecorder;
  recorder.running = false;
  recorder.observer.disconnect();
  delete window.__benchFrameRecorder;
  const root = document.documentElement;
  const diagram = document.querySelector('[data-diagram]');
  return {
    frameStarts: recorder.frameStarts,
    clockMark: recorder.clockMark,
    longTasks: recorder.longTasks,
    longFrames: recorder.longFrames,
    scrollY: window.scrollY,
    atBottom: window.scrollY + window.innerHeight >= root.scrollHeight - 2,
    activeScene: diagram ? diagram.getAttribute('data-active-scene') : null,
  };
}

/**
 * Scrolls to the bottom at a set speed, then waits `settleMs` (a morph started by the last
 * steps still draws frames after the scroll). Position is a function of time, not of frames,
 * so a slow frame is followed by a longer jump, as under a real reader's finger, instead of
 * slowing the scroll down to hide itself.
 * @param {{ pxPerMs: number, settleMs: number, timeoutMs: number }} pace
 */
export function scrollToBottom({ pxPerMs, settleMs, timeoutMs }) {
  return new Promise((resolve) => {
    const root = document.documentElement;
    const startY = window.scrollY;
    let start = null;
    let bottomAt = null;
    const tick = (now) => {
      if (start === null) start = now;
      const maxY = root.scrollHeight - window.innerHeight;
      if (bottomAt === null) {
        const y = Math.min(maxY, startY + pxPerMs * (now - start));
        window.scrollTo(0, y);
        if (y >= maxY) bottomAt = now;
      }
      const settled = bottomAt !== null && now - bottomAt >= settleMs;
      if (settled || now - start >= timeoutMs) {
        return resolve({ scrollMs: (bottomAt ?? now) - start, reachedBottom: bottomAt !== null });
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
