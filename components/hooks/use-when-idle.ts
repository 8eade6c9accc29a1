'use client';

import { useEffect } from 'react';

/**
 * Runs `task` once, in the first idle moment after the component mounts, and at the latest after
 * `timeoutMs` (then also in browsers without requestIdleCallback). For work the page will soon
 * need but the reader is not waiting for: loading code, prefetching the next pages.
 */
export function useWhenIdle(task: () => void, timeoutMs: number) {
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(task, timeoutMs);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(idle);
  }, [task, timeoutMs]);
}
