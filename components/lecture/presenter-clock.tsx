'use client';

import { useSyncExternalStore } from 'react';
import type { ClientMessages } from '@/lib/i18n/messages';
import { clockLocale, formatElapsed, formatTimeOfDay, untilNextSecond } from '@/lib/lecture/clock';

/** Where the presenter window keeps when it opened: a reload, or the next chapter in it, keeps counting. */
const STARTED_KEY = 'thin-middle-presenter-started';

/** The start, when storage refuses it (a sandbox): it holds until the window goes. */
let started: number | null = null;
const startListeners = new Set<() => void>();

function readStart(): number {
  if (started !== null) return started;
  let stored: number | null = null;
  try {
    const value = Number(sessionStorage.getItem(STARTED_KEY));
    if (Number.isFinite(value) && value > 0) stored = value;
  } catch {
    // No storage here: the clock starts with this page.
  }
  started = stored ?? writeStart(Date.now());
  return started;
}

function writeStart(at: number): number {
  try {
    sessionStorage.setItem(STARTED_KEY, String(at));
  } catch {
    // Kept in memory only.
  }
  return at;
}

function resetStart() {
  started = writeStart(Date.now());
  startListeners.forEach((listener) => listener());
}

function subscribeStart(listener: () => void) {
  startListeners.add(listener);
  return () => startListeners.delete(listener);
}

/** Calls `listener` on every whole second of the wall clock. */
function subscribeSeconds(listener: () => void) {
  let timer = 0;
  const tick = () => {
    listener();
    timer = window.setTimeout(tick, untilNextSecond(Date.now()));
  };
  timer = window.setTimeout(tick, untilNextSecond(Date.now()));
  return () => window.clearTimeout(timer);
}

const currentSecond = () => Math.floor(Date.now() / 1000);
const nothingOnTheServer = () => null;

/**
 * The time of day and the time since the presenter window opened, with a reset. Drawn from the
 * first paint after hydration (the server cannot know the time); every value keeps its width, so
 * nothing around it moves as it ticks.
 */
export function PresenterClock({ t }: { t: ClientMessages['presenter'] }) {
  const second = useSyncExternalStore(subscribeSeconds, currentSecond, nothingOnTheServer);
  const start = useSyncExternalStore(subscribeStart, readStart, nothingOnTheServer);
  const time =
    second === null
      ? ''
      : formatTimeOfDay(new Date(second * 1000), clockLocale(document.documentElement.lang, navigator.languages));
  const elapsed = second === null || start === null ? 0 : second * 1000 - start;
  return (
    <div className="presenter-clock" role="group" aria-label={t.clock}>
      <p className="presenter-clock-item">
        <span className="presenter-clock-label">{t.time}</span>
        <span className="presenter-clock-value presenter-time" data-clock="time">
          {time}
        </span>
      </p>
      <p className="presenter-clock-item">
        <span className="presenter-clock-label">{t.elapsed}</span>
        <span className="presenter-clock-value" data-clock="elapsed">
          {formatElapsed(elapsed)}
        </span>
        <button type="button" className="deck-button presenter-reset" onClick={resetStart}>
          {t.reset}
          <span className="visually-hidden">{t.resetAfter}</span>
        </button>
      </p>
    </div>
  );
}
