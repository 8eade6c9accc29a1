'use client';

export interface LectureMove {
  /** The button's visible word, e.g. "Next" or "Next chapter". */
  label: string;
  /** Said to screen readers after the label, e.g. "step". */
  hint?: string;
  /** Null at the end of the lecture: the button stays focusable but does nothing. */
  go: (() => void) | null;
}

/**
 * Previous and next buttons around where the reader is. At either end the button stays
 * focusable (aria-disabled, not disabled) so that keyboard focus is never dropped.
 */
export function LectureButtons({
  previous,
  next,
  status,
}: {
  previous: LectureMove;
  next: LectureMove;
  /** Where the reader is, e.g. "2 / 4 · The 2015 platform"; the live region says it aloud. */
  status: string;
}) {
  return (
    <div className="deck-buttons">
      <button type="button" className="deck-button" aria-disabled={!previous.go} onClick={() => previous.go?.()}>
        <span aria-hidden="true">← </span>
        {previous.label}
        {previous.hint && <span className="visually-hidden"> {previous.hint}</span>}
      </button>
      <span className="deck-status" aria-hidden="true">
        {status}
      </span>
      <button type="button" className="deck-button" aria-disabled={!next.go} onClick={() => next.go?.()}>
        {next.label}
        {next.hint && <span className="visually-hidden"> {next.hint}</span>}
        <span aria-hidden="true"> →</span>
      </button>
    </div>
  );
}
