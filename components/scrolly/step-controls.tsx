'use client';

import type { MouseEvent } from 'react';
import type { ClientMessages } from '@/lib/i18n/messages';

/**
 * Where the reader is, under the diagram: the scene's title as a kicker over "3 / 8" and a dot
 * per step, and the previous/next step buttons beside it. The kicker is set flush left, so a
 * new title changes only its text and nothing moves (a centred title would count as a shift).
 *
 * They are links to the steps' anchors, so a press before the page's script has run still
 * takes the reader there (the browser jumps; the diagram catches up once it runs). Once the
 * script runs, a press scrolls smoothly instead and quick presses add up. At either end the
 * control keeps its place in the tab order (aria-disabled, pointing at the step in view) so
 * keyboard focus is never dropped. On a phone the buttons show only their arrows; their names
 * stay "Previous step" and "Next step".
 */
export function StepControls({
  stepIds,
  index,
  title,
  onMove,
  t,
}: {
  stepIds: readonly string[];
  index: number;
  title: string;
  /** Moves by a number of steps from the one in view (or the one being scrolled to). */
  onMove: (delta: number) => void;
  t: ClientMessages['scrolly'];
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
      className: delta < 0 ? 'step-button' : 'step-button step-button-next',
      'aria-disabled': disabled || undefined,
      onClick: press,
    };
  };
  return (
    <div className="step-controls no-print">
      <p className="step-kicker">
        <span className="step-progress">
          <span className="step-dots" aria-hidden="true">
            {stepIds.map((id, i) => (
              <span key={id} className="step-dot" data-on={i === index || undefined} />
            ))}
          </span>
          <span className="visually-hidden">{t.counterBefore}</span>
          {index + 1}
          <span aria-hidden="true"> / </span>
          <span className="visually-hidden">{t.counterBetween}</span>
          {count}
          <span className="visually-hidden">{t.counterAfter}</span>
        </span>
        <span className="step-title">{title}</span>
      </p>
      <span className="step-buttons">
        <a {...control(-1)}>
          <span aria-hidden="true">←</span>
          <span className="step-word">{t.previous}</span>
          <span className="visually-hidden">{t.buttonAfter}</span>
        </a>
        <a {...control(1)}>
          <span className="step-word">{t.next}</span>
          <span className="visually-hidden">{t.buttonAfter}</span>
          <span aria-hidden="true">→</span>
        </a>
      </span>
    </div>
  );
}
