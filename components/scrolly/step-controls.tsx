'use client';

const BUTTON =
  'rounded-md border border-rule bg-white px-3 py-1.5 font-ui text-sm text-ink hover:border-ink-faint aria-disabled:cursor-default aria-disabled:opacity-45';

/**
 * Previous/next step buttons and where the reader is, beside the diagram. At either end the
 * button stays focusable (aria-disabled, not disabled) so keyboard focus is never dropped.
 */
export function StepControls({
  index,
  count,
  title,
  onGo,
}: {
  index: number;
  count: number;
  title: string;
  onGo: (index: number) => void;
}) {
  const atStart = index === 0;
  const atEnd = index >= count - 1;
  return (
    <div className="step-controls no-print mt-2 flex items-center justify-between gap-3 font-ui text-sm text-ink-soft">
      <button type="button" className={BUTTON} aria-disabled={atStart} onClick={() => !atStart && onGo(index - 1)}>
        <span aria-hidden="true">← </span>Previous<span className="visually-hidden"> step</span>
      </button>
      <span className="min-w-0 truncate text-center" aria-hidden="true">
        {index + 1} / {count} · {title}
      </span>
      <button type="button" className={BUTTON} aria-disabled={atEnd} onClick={() => !atEnd && onGo(index + 1)}>
        Next<span className="visually-hidden"> step</span>
        <span aria-hidden="true"> →</span>
      </button>
    </div>
  );
}
