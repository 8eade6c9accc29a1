'use client';

const BUTTON =
  'shrink-0 whitespace-nowrap rounded-md border border-rule bg-white px-2.5 py-1 font-ui text-sm text-ink hover:border-ink-faint aria-disabled:cursor-default aria-disabled:opacity-45';

/**
 * Previous/next step buttons and where the reader is, beside the diagram. At either end the
 * button stays focusable (aria-disabled, not disabled) so keyboard focus is never dropped.
 */
export function StepControls({
  index,
  count,
  title,
  onMove,
}: {
  index: number;
  count: number;
  title: string;
  /** Moves by a number of steps from the one in view (or the one being scrolled to). */
  onMove: (delta: number) => void;
}) {
  const atStart = index === 0;
  const atEnd = index >= count - 1;
  return (
    <div className="step-controls no-print flex items-center justify-between gap-2 font-ui text-sm text-ink-soft">
      <button type="button" className={BUTTON} aria-disabled={atStart} onClick={() => !atStart && onMove(-1)}>
        <span aria-hidden="true">← </span>Previous<span className="visually-hidden"> step</span>
      </button>
      <span className="min-w-0 flex-1 truncate px-1" aria-hidden="true">
        {index + 1} / {count} · {title}
      </span>
      <button type="button" className={BUTTON} aria-disabled={atEnd} onClick={() => !atEnd && onMove(1)}>
        Next<span className="visually-hidden"> step</span>
        <span aria-hidden="true"> →</span>
      </button>
    </div>
  );
}
