'use client';

import { useEffect } from 'react';
import { ARRIVAL_STYLE_ID, STEP_STATE_KEY } from '@/lib/scrolly/arrival';

/**
 * The step the arrival scripts painted the sticky diagram at before hydration (its index in
 * `stepIds`), or -1 when they left the server's drawing as it was. Takes it: the scripts' style,
 * which kept the diagram's kicker hidden while it still named the server's step, is removed,
 * so call it in the layout effect that renders the step (the kicker is right in that frame).
 */
export function takeArrival(stepIds: readonly string[]): number {
  const style = document.getElementById(ARRIVAL_STYLE_ID);
  const step = style?.dataset.step;
  style?.remove();
  return step === undefined ? -1 : stepIds.indexOf(step);
}

/**
 * Keeps `stepId` in the current history entry's state, beside what Next.js keeps there, so
 * that a reload or a return to this entry opens at that step (see ARRIVAL_BEFORE_STAGE). An
 * entry with no state at all (one an in-page link made after hydration, such as the skip link)
 * is left alone: Next.js reloads the page on a back or forward to an entry whose state it did
 * not write. There the step goes into the entry's Navigation API state, where there is one,
 * which survives a reload and Next.js does not read (any `history.replaceState` empties it).
 */
function rememberStep(stepId: string) {
  const state: unknown = window.history.state;
  if (state && typeof state === 'object') {
    if ((state as Record<string, unknown>)[STEP_STATE_KEY] !== stepId)
      window.history.replaceState({ ...state, [STEP_STATE_KEY]: stepId }, '');
    return;
  }
  const entry = (window as { navigation?: NavigationLike }).navigation;
  const kept = entry?.currentEntry?.getState();
  if (entry && (kept as Record<string, unknown> | undefined)?.[STEP_STATE_KEY] !== stepId)
    entry.updateCurrentEntry({ state: { ...(kept as object | undefined), [STEP_STATE_KEY]: stepId } });
}

/** The parts of the Navigation API used here (not in TypeScript 5.9's DOM types). */
interface NavigationLike {
  currentEntry: { getState(): unknown } | null;
  updateCurrentEntry(options: { state: unknown }): void;
}

/** Keeps the step in view in the history entry (see rememberStep) while `stepId` is not null. */
export function useRememberedStep(stepId: string | null) {
  useEffect(() => {
    if (stepId !== null) rememberStep(stepId);
  }, [stepId]);
}
