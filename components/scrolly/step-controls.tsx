'use client';

import type { MouseEvent } from 'react';

const CONTROL =
  'shrink-0 whitespace-nowrap rounded-md border border-rule bg-white px-2.5 py-1 font-ui text-sm text-ink no-underline hover:border-ink-faint aria-disabled:cursor-default aria-disabled:opacity-45';

/**
 * Previous/next step controls and where the reader is, beside the diagram.
 *
 * They are links to the steps' anchors, so a press before the page's script has run still
 * takes the reader there (the browser jumps; the diagram catches up once it runs). Once the
 * script runs, a press scrolls smoothly instead and quick presses add up. At either end the
 * control keeps its place in the tab order (aria-disabled, pointing at the step in view) so
 * keyboard focus is never dropped.
 */
export function StepControls({
  stepIds,
  index,
  title,
  onMove,
}: {
  stepIds: readonly string[];
  index: number;
  title: string;
  /** Moves by a number of steps from the one in view (or the one being scrolled to). */
  onMove: (delta: number) => void;
}) {
  const count = stepIds.length;
  const control = (delta: -1 | 1) => {
    const target = index + delta;
    const disabled = target < 0 || target >= count;
    const press = (event: MouseEvent<HTMLAnchorElement>) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      if (!disabled) onMove(delta);
    };
    return {
      href: `#${stepIds[disabled ? index : target]}`,
      className: CONTROL,
      'aria-disabled': disabled || undefined,
      onClick: press,
    };
  };
  return (
    <div className="step-controls no-print flex items-center justify-between gap-2 font-ui text-sm text-ink-soft">
      <a {...control(-1)}>
        <span aria-hidden="true">← </span>Previous<span className="visually-hidden"> step</span>
      </a>
      <span className="min-w-0 flex-1 truncate px-1" aria-hidden="true">
        {index + 1} / {count} · {title}
      </span>
      <a {...control(1)}>
        Next<span className="visually-hidden"> step</span>
        <span aria-hidden="true"> →</span>
      </a>
    </div>
  );
}
