'use client';

import type { MouseEvent, ReactNode } from 'react';
import type { ClientMessages } from '@/lib/i18n/messages';
import { StoryProgress, type StoryPlace } from './story-progress';

/** The way on from a chapter's last step: a link, its visible word, and the rest of its name for screen readers. */
export interface Onward {
  href: string;
  word: string;
  /** Heard after `word`, e.g. ": Big middle platform, small front end". */
  after: string;
}

/**
 * Where the reader is, under the diagram: the scene's title as a kicker under "3 / 8", a dot per
 * step and the chapter's place in the story, and the previous/next step buttons beside it. The kicker is set flush left, so a
 * new title changes only its text and nothing moves (a centred title would count as a shift).
 *
 * They are links to the steps' anchors, so a press before the page's script has run still
 * takes the reader there (the browser jumps; the diagram catches up once it runs). Once the
 * script runs, a press scrolls smoothly instead and quick presses add up. At either end the
 * control keeps its place in the tab order (aria-disabled, pointing at the step in view) so
 * keyboard focus is never dropped, except that the last step's Next leads on (`onward`) to the
 * next chapter, or in the last chapter to the explorable below it. On a phone the buttons show only their arrows; their names
 * stay "Previous step" and "Next step".
 */
export function StepControls({
  stepIds,
  index,
  title,
  onMove,
  onward,
  story,
  t,
  turn,
}: {
  stepIds: readonly string[];
  index: number;
  title: string;
  /** Moves by a number of steps from the one in view (or the one being scrolled to). */
  onMove: (delta: number) => void;
  /** Where the last step's Next leads: the next chapter (or, in the last, the explorable). */
  onward?: Onward;
  /** The chapter's place in the whole story, shown beside the step counter. */
  story?: StoryPlace;
  t: ClientMessages['scrolly'];
  /** On a phone, the button that turns the drawing to its other page, when it has one. */
  turn?: ReactNode;
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
  // At the last step Next leads on. Both words are always in the button, the one not in use
  // hidden, so that the button keeps its width and nothing beside it moves.
  const onwardNow = onward !== undefined && index === count - 1;
  const nextProps = onwardNow
    ? { href: onward.href, className: 'step-button step-button-next', 'data-onward': true }
    : control(1);
  const next = (
    <a {...nextProps}>
      <span className="step-word step-word-stack">
        <span data-shown={!onwardNow || undefined}>{t.next}</span>
        {onward && <span data-shown={onwardNow || undefined}>{onward.word}</span>}
      </span>
      <span className="visually-hidden">{onwardNow ? onward.after : t.buttonAfter}</span>
      <span aria-hidden="true">→</span>
    </a>
  );
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
        {story && <StoryProgress place={story} step={index} steps={count} before={t.storyBefore} />}
      </p>
      {/* Beside the buttons, not among them: the switch arrives with the live drawing, and the
          buttons, already on screen, must not move for it (a layout shift). */}
      {turn}
      <span className="step-buttons">
        <a {...control(-1)}>
          <span aria-hidden="true">←</span>
          <span className="step-word">{t.previous}</span>
          <span className="visually-hidden">{t.buttonAfter}</span>
        </a>
        {next}
      </span>
    </div>
  );
}
