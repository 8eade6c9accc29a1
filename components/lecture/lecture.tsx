'use client';

import type { ClientMessages } from '@/lib/i18n/messages';
import { fill } from '@/lib/i18n/template';
import type { Keymap, LectureAction } from '@/lib/lecture/keys';
import { PageSwitch, useTurnedPage } from '@/components/scrolly/page-switch';
import { LectureButtons, type LectureMove } from './lecture-buttons';
import { LectureDiagram } from './lecture-diagram';
import { StepSlotsProvider, type StepViewProps } from './step-slot';
import { useLectureKeys } from './use-lecture-keys';
import './lecture.css';

/** Where a lecture goes past its ends (lecture mode: the neighbouring chapter). */
export interface LectureBeyond {
  label: string;
  go: () => void;
}

/** `children` is the caption: the chapter's body (its steps rendered by `StepSlot`) and anything around it. */
export interface LectureProps extends StepViewProps {
  /** `embed` for a frame in a course page, `lecture` for a projector: its keys and its styles. */
  variant: Keymap;
  onIndex: (index: number) => void;
  /** False until the first state is painted: scenes are drawn at once, not morphed to. */
  ready: boolean;
  before?: LectureBeyond;
  after?: LectureBeyond;
  /** Keys the lecture does not handle itself (full screen, the step's text). */
  onAction?: (action: LectureAction) => void;
  /** Its words, the diagram's name and the phone's page switch, in the page's language. */
  t: Pick<ClientMessages, 'lecture' | 'chapter' | 'scrolly'>;
}

/**
 * A chapter a step at a time: the live diagram, the current step's text as its caption,
 * previous/next buttons and keys. Controlled: the page owns the current step.
 */
export function Lecture({
  variant,
  steps,
  scenes,
  at,
  onIndex,
  ready,
  before,
  after,
  onAction,
  t,
  ...around
}: LectureProps) {
  const { first, last, index } = at;
  const scene = scenes[(steps[index] ?? steps[first]!).scene]!;
  // On a phone, a step with a side panel shows one page at a time, as in the story.
  const { shown, turn } = useTurnedPage(scene);
  const count = last - first + 1;
  const place = index - first + 1;

  const go = (target: number) => onIndex(Math.min(last, Math.max(first, target)));
  const { previous: back, next: on, hint } = t.lecture;
  const previous: LectureMove =
    index > first
      ? { label: back, hint, go: () => go(index - 1) }
      : { label: before?.label ?? back, hint: before ? undefined : hint, go: before?.go ?? null };
  const next: LectureMove =
    index < last
      ? { label: on, hint, go: () => go(index + 1) }
      : { label: after?.label ?? on, hint: after ? undefined : hint, go: after?.go ?? null };

  useLectureKeys(variant, (action) => {
    if (action === 'next') next.go?.();
    else if (action === 'previous') previous.go?.();
    else if (action === 'first') go(first);
    else if (action === 'last') go(last);
    else onAction?.(action);
  });

  return (
    <StepSlotsProvider view="lecture" steps={steps} scenes={scenes} at={at}>
      <div className={`deck deck-${variant}`}>
        {around.header}
        <div className="deck-stage">
          <LectureDiagram scene={shown} ready={ready} index={index} label={t.chapter.diagramLabel} />
        </div>
        <div className="deck-caption">{around.children}</div>
        <div className="deck-controls">
          <LectureButtons
            previous={previous}
            next={next}
            place={{ n: place, count, title: scene.title }}
            turn={ready && <PageSwitch key={scene.id} frame={shown.narrow} onTurn={turn} t={t.scrolly} />}
          />
        </div>
        {around.footer}
        <p className="visually-hidden" aria-live="polite" aria-atomic="true">
          {ready ? fill(t.lecture.announce, place, count, scene.description) : ''}
        </p>
      </div>
    </StepSlotsProvider>
  );
}
