'use client';

import type { ReactNode } from 'react';

export interface LectureMove {
  /** The button's visible word, e.g. "Next" or "Next chapter". */
  label: string;
  /** Said to screen readers after the label, e.g. "step". */
  hint?: string;
  /** Null at the end of the lecture: the button stays focusable but does nothing. */
  go: (() => void) | null;
}

/** Where the reader is: the step's 1-based place, the steps shown, and (unless the page has it as its heading) the scene's title. */
export interface LecturePlace {
  n: number;
  count: number;
  title?: string;
}

/**
 * Previous and next buttons beside where the reader is, in the story's own controls (see
 * StepControls): the same pills, a dot per step and "2 / 4" over the scene's title. The place is
 * for the eye; the live region says it aloud. At either end a button stays focusable
 * (aria-disabled, not disabled) so that keyboard focus is never dropped.
 */
export function LectureButtons({
  previous,
  next,
  place,
  turn,
}: {
  previous: LectureMove;
  next: LectureMove;
  place: LecturePlace;
  /** On a phone, the button that turns the drawing to its other page, when it has one. */
  turn?: ReactNode;
}) {
  const button = (move: LectureMove, side: 'previous' | 'next') => (
    <button
      type="button"
      className={side === 'next' ? 'step-button step-button-next' : 'step-button'}
      aria-disabled={!move.go || undefined}
      onClick={() => move.go?.()}
    >
      {side === 'previous' && <span aria-hidden="true">←</span>}
      <span className="step-word">{move.label}</span>
      {move.hint && <span className="visually-hidden"> {move.hint}</span>}
      {side === 'next' && <span aria-hidden="true">→</span>}
    </button>
  );
  return (
    <div className="step-controls deck-buttons">
      <p className="step-kicker deck-status" aria-hidden="true">
        <span className="step-progress">
          <span className="step-dots">
            {Array.from({ length: place.count }, (_, i) => (
              <span key={i} className="step-dot" data-on={i === place.n - 1 || undefined} />
            ))}
          </span>
          {place.n} / {place.count}
        </span>
        {place.title && <span className="step-title">{place.title}</span>}
      </p>
      {turn}
      <span className="step-buttons">
        {button(previous, 'previous')}
        {button(next, 'next')}
      </span>
    </div>
  );
}
