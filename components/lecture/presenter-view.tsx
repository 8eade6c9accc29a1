'use client';

import { useEffect, useState } from 'react';
import type { ChapterStep } from '@/lib/content/types';
import type { ClientMessages } from '@/lib/i18n/messages';
import { fill } from '@/lib/i18n/template';
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
  t,
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
  /** Its words, in the page's language. */
  t: Pick<ClientMessages, 'presenter' | 'lecture' | 'theme'>;
}) {
  const words = t.presenter;
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
  const { hint } = t.lecture;
  const previous: LectureMove = { label: t.lecture.previous, hint, go: index > 0 ? () => go(index - 1) : null };
  const next: LectureMove = { label: t.lecture.next, hint, go: index < last ? () => go(index + 1) : null };
  const nextScene = index < last ? scenes[steps[index + 1]!.scene] : undefined;

  return (
    <main data-query-root className="presenter">
      <header className="presenter-header">
        <h1 className="presenter-title">
          <span className="presenter-kicker">{fill(words.kicker, order, chapterCount)}</span> {title}
        </h1>
        <PresenterClock t={words} />
        <ThemeControl t={t.theme} />
      </header>

      <section className="presenter-now" aria-labelledby="presenter-step">
        <h2 id="presenter-step" className="presenter-step">
          <span className="presenter-step-number">{fill(words.step, index + 1, steps.length)}</span> {scene.title}
        </h2>
        {/* The note says what to point at: the picture it points into stands beside it. */}
        <div className="presenter-lead">
          {step.teach && (
            <div className="presenter-teach" data-teach>
              <h3 className="presenter-label">{words.teachingNote}</h3>
              <p>{step.teach}</p>
            </div>
          )}
          <figure className="presenter-figure presenter-screen" data-now>
            <figcaption className="presenter-label">{words.onScreen}</figcaption>
            {pictures[index]}
          </figure>
        </div>
        <h3 className="presenter-label">{words.stepText}</h3>
        <StepSlotsProvider view="lecture" steps={steps} scenes={scenes} at={{ first: 0, last, index }}>
          <div className="presenter-text deck-texts prose max-w-none">{children}</div>
        </StepSlotsProvider>
      </section>

      <PresenterSide
        next={index < last ? pictures[index + 1] : undefined}
        nextTitle={nextScene?.title}
        nextChapter={nextChapter}
        discuss={discuss}
        t={words}
      />

      {/* The step's title is the heading above: here the place alone, so the bar stays quiet. */}
      <nav className="presenter-controls" aria-label={words.controls}>
        <LectureButtons previous={previous} next={next} place={{ n: index + 1, count: steps.length }} />
      </nav>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {ready ? fill(words.announce, index + 1, steps.length, scene.title) : ''}
      </p>
    </main>
  );
}
