'use client';

import type { ChapterStep } from '@/lib/content/types';
import type { DeckAction, Keymap } from '@/lib/embed/deck-keys';
import type { SceneMap } from '@/lib/scene/types';
import { DeckButtons, type DeckMove } from './deck-buttons';
import { DeckDiagram } from './deck-diagram';
import { StepSlotsContext } from './step-slot';
import { useDeckKeys } from './use-deck-keys';
import './deck.css';

/** Where a deck goes past its ends (lecture mode: the neighbouring chapter). */
export interface DeckBeyond {
  label: string;
  go: () => void;
}

export interface DeckProps {
  /** `embed` for a frame in a course page, `lecture` for a projector; styles hang on it. */
  variant: 'embed' | 'lecture';
  keymap: Keymap;
  /** Every step of the chapter. */
  steps: readonly ChapterStep[];
  /** The chapter's scenes, from the server. */
  scenes: SceneMap;
  /** The 0-based range of steps in the deck, inclusive, and the current step. */
  first: number;
  last: number;
  index: number;
  onIndex: (index: number) => void;
  /** False until the first state is painted: scenes are drawn at once, not morphed to. */
  ready: boolean;
  /** The diagram's accessible name, before the scene's title. */
  label: string;
  /** The chapter's MDX body, its steps rendered by `StepSlot`, and anything around it. */
  caption: React.ReactNode;
  header?: React.ReactNode;
  footer?: React.ReactNode;
  before?: DeckBeyond;
  after?: DeckBeyond;
  /** Keys the deck does not handle itself (full screen, the step's text). */
  onAction?: (action: DeckAction) => void;
}

/**
 * A chapter as a deck of steps: the live diagram, the current step's text as its caption,
 * previous/next buttons and keys. Controlled: the page owns the current step.
 */
export function Deck(props: DeckProps) {
  const { variant, keymap, steps, scenes, first, last, index, onIndex, ready, label, before, after } = props;
  const step = steps[index] ?? steps[first]!;
  const scene = scenes[step.scene]!;
  const count = last - first + 1;
  const place = index - first + 1;

  const go = (target: number) => onIndex(Math.min(last, Math.max(first, target)));
  const previous: DeckMove =
    index > first
      ? { label: 'Previous', hint: 'step', go: () => go(index - 1) }
      : { label: before?.label ?? 'Previous', hint: before ? undefined : 'step', go: before?.go ?? null };
  const next: DeckMove =
    index < last
      ? { label: 'Next', hint: 'step', go: () => go(index + 1) }
      : { label: after?.label ?? 'Next', hint: after ? undefined : 'step', go: after?.go ?? null };

  useDeckKeys(keymap, (action) => {
    if (action === 'next') next.go?.();
    else if (action === 'previous') previous.go?.();
    else if (action === 'first') go(first);
    else if (action === 'last') go(last);
    else props.onAction?.(action);
  });

  return (
    <StepSlotsContext value={{ view: 'deck', stepIds: steps.map((s) => s.id), scenes, first, last, current: index }}>
      <div className={`deck deck-${variant}`}>
        {props.header}
        <div className="deck-stage">
          <DeckDiagram scene={scene} label={label} ready={ready} index={index} />
        </div>
        <div className="deck-caption">{props.caption}</div>
        <div className="deck-controls">
          <DeckButtons previous={previous} next={next} status={`${place} / ${count} · ${scene.title}`} />
        </div>
        {props.footer}
        <p className="visually-hidden" aria-live="polite" aria-atomic="true">
          {ready ? `Step ${place} of ${count}. ${scene.description}` : ''}
        </p>
      </div>
    </StepSlotsContext>
  );
}
