'use client';

import { useEffect, useState } from 'react';
import type { ChapterStep } from '@/lib/content/types';
import { parseStep } from '@/lib/embed/query';
import type { SceneMap } from '@/lib/scene/types';
import { useQueryOnMount } from '@/components/hooks/use-query-on-mount';
import { ThemeControl } from '@/components/theme/theme-control';
import { toggleFullscreen } from './fullscreen';
import { LectureButtons, type LectureMove } from './lecture-buttons';
import { PresenterClock } from './presenter-clock';
import { PresenterSide } from './presenter-side';
import { StepSlotsProvider } from './step-slot';
import { useLectureChannel } from './use-lecture-channel';
import { useLectureKeys } from './use-lecture-keys';
import './lecture.css';

/**
 * The presenter view: lecture mode's second window, for the lectern. The current step's
 * teaching note and text, the next step's picture, the chapter's discussion questions and a
 * clock; it moves with the projection and moves it (use-lecture-channel), by the same keys.
 */
export function PresenterView({
  slug,
  title,
  order,
  chapterCount,
  steps,
  scenes,
  discuss,
  nextChapter,
  pictures,
  children,
}: {
  slug: string;
  title: string;
  order: number;
  chapterCount: number;
  steps: readonly ChapterStep[];
  scenes: SceneMap;
  discuss: readonly string[];
  /** The next chapter's title, said at the end of this one. */
  nextChapter?: string;
  /** A still picture of each step's scene, from the server, in step order. */
  pictures: readonly React.ReactNode[];
  /** The chapter's MDX body, its steps rendered by `StepSlot`. */
  children: React.ReactNode;
}) {
  const last = steps.length - 1;
  const [index, setIndex] = useState(0);
  const ready = useQueryOnMount((search) => {
    setIndex(parseStep(new URLSearchParams(search).get('step'), 1, steps.length) - 1);
  });
  const announce = useLectureChannel({ slug, stepCount: steps.length, role: 'presenter', index, onStep: setIndex });
  const go = (target: number) => {
    const clamped = Math.min(last, Math.max(0, target));
    setIndex(clamped);
    announce(clamped);
  };

  useEffect(() => {
    if (!ready) return;
    const wanted = `?step=${index + 1}`;
    if (window.location.search !== wanted) window.history.replaceState(null, '', wanted);
  }, [index, ready]);

  useLectureKeys('lecture', (action) => {
    if (action === 'next' && index < last) go(index + 1);
    else if (action === 'previous' && index > 0) go(index - 1);
    else if (action === 'first') go(0);
    else if (action === 'last') go(last);
    else if (action === 'fullscreen') toggleFullscreen();
  });

  const step = steps[index]!;
  const scene = scenes[step.scene]!;
  const previous: LectureMove = { label: 'Previous', hint: 'step', go: index > 0 ? () => go(index - 1) : null };
  const next: LectureMove = { label: 'Next', hint: 'step', go: index < last ? () => go(index + 1) : null };
  const nextScene = index < last ? scenes[steps[index + 1]!.scene] : undefined;

  return (
    <main data-query-root className="presenter">
      <header className="presenter-header">
        <h1 className="presenter-title">
          <span className="presenter-kicker">
            Presenter view · Chapter {order} of {chapterCount} ·
          </span>{' '}
          {title}
        </h1>
        <PresenterClock />
        <ThemeControl />
      </header>

      <section className="presenter-now" aria-labelledby="presenter-step">
        <h2 id="presenter-step" className="presenter-step">
          <span className="presenter-step-number">
            Step {index + 1} of {steps.length}
          </span>{' '}
          {scene.title}
        </h2>
        {/* The note says what to point at: the picture it points into stands beside it. */}
        <div className="presenter-lead">
          {step.teach && (
            <div className="presenter-teach" data-teach>
              <h3 className="presenter-label">Teaching note</h3>
              <p>{step.teach}</p>
            </div>
          )}
          <figure className="presenter-figure presenter-screen" data-now>
            <figcaption className="presenter-label">On the screen now</figcaption>
            {pictures[index]}
          </figure>
        </div>
        <h3 className="presenter-label">The step’s text</h3>
        <StepSlotsProvider view="lecture" steps={steps} scenes={scenes} at={{ first: 0, last, index }}>
          <div className="presenter-text deck-texts prose max-w-none">{children}</div>
        </StepSlotsProvider>
      </section>

      <PresenterSide
        next={index < last ? pictures[index + 1] : undefined}
        nextTitle={nextScene?.title}
        nextChapter={nextChapter}
        discuss={discuss}
      />

      {/* The step's title is the heading above: here the place alone, so the bar stays quiet. */}
      <nav className="presenter-controls" aria-label="Steps">
        <LectureButtons previous={previous} next={next} status={`${index + 1} / ${steps.length}`} />
      </nav>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {ready ? `Step ${index + 1} of ${steps.length}. ${scene.title}` : ''}
      </p>
    </main>
  );
}
