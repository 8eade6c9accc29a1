// Runs inside the page (passed to page.evaluate, so it must not close over anything): scrolls
// to the bottom at a set speed while a requestAnimationFrame loop records every frame's
// duration and PerformanceObservers record long tasks and long animation frames, then keeps
// recording while the page settles, because a morph started by the last steps still draws
// frames after the scroll.

/**
 * @param {{ pxPerMs: number, settleMs: number, timeoutMs: number, clockMarkName: string }} pace
 * Position is a function of time, not of frames, so a slow frame is followed by a longer jump,
 * as under a real reader's finger, instead of slowing the scroll down to hide itself.
 */
export function scrollAndRecord({ pxPerMs, settleMs, timeoutMs, clockMarkName }) {
  /**
   * Where a long frame's time went: the scripts that ran in it (a script with no source is
   * this probe, whose time is mostly layout it forces by reading scrollHeight), and style and
   * layout after them.
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

  return new Promise((resolve) => {
    // Each frame's start (the rAF timestamp), and a user-timing mark whose time the trace also
    // records, so that the trace's clock can be matched to the page's.
    const frameStarts = [];
    const clockMark = performance.mark(clockMarkName).startTime;
    const longTasks = [];
    const longFrames = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.entryType === 'longtask') longTasks.push(entry.duration);
        else longFrames.push(describeLongFrame(entry));
      }
    });
    observer.observe({ entryTypes: ['longtask', 'long-animation-frame'] });

    const root = document.documentElement;
    const startY = window.scrollY;
    let start = null;
    let bottomAt = null;

    const finish = (now) => {
      observer.disconnect();
      const diagram = document.querySelector('[data-diagram]');
      resolve({
        frameStarts,
        clockMark,
        longTasks,
        longFrames,
        scrollMs: (bottomAt ?? now) - start,
        reachedBottom: bottomAt !== null,
        activeScene: diagram ? diagram.getAttribute('data-active-scene') : null,
      });
    };

    const tick = (now) => {
      if (start === null) start = now;
      frameStarts.push(now);
      const maxY = root.scrollHeight - window.innerHeight;
      if (bottomAt === null) {
        const y = Math.min(maxY, startY + pxPerMs * (now - start));
        window.scrollTo(0, y);
        if (y >= maxY) bottomAt = now;
      }
      const settled = bottomAt !== null && now - bottomAt >= settleMs;
      if (settled || now - start >= timeoutMs) return finish(now);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
