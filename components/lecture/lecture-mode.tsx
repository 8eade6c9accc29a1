'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState } from 'react';
import type { ChapterStep } from '@/lib/content/types';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import type { ClientMessages } from '@/lib/i18n/messages';
import { fill } from '@/lib/i18n/template';
import { parseStep } from '@/lib/embed/query';
import type { SceneMap } from '@/lib/scene/types';
import { chapterPath, lecturePath } from '@/lib/site';
import { PRESENTER_WINDOW } from '@/lib/lecture/presenter';
import { Lecture, type LectureBeyond } from './lecture';
import { toggleFullscreen } from './fullscreen';
import { useLectureChannel } from './use-lecture-channel';
import { usePresenterWindow } from './use-presenter-window';
import { useQueryOnMount } from '@/components/hooks/use-query-on-mount';
import { ThemeControl } from '@/components/theme/theme-control';

/** A neighbouring chapter, as far as lecture mode needs it. */
export interface LectureNeighbour {
  slug: string;
  title: string;
  stepCount: number;
}

/**
 * Lecture mode: the diagram fills most of the screen and the step's point, in one sentence of
 * its own text, is the large caption beside it (the scene's title is the kicker by the step
 * buttons, shown once); the step's full text is a key press away. Keyboard hints show only where
 * there is a pointer that hovers (a touch screen has no keys to press). The address follows the step (`?step=N`), and the ends of a chapter lead
 * on to its neighbours. `P` opens the presenter view in a second window; the two stay on the same
 * step whichever one the lecturer moves (see use-lecture-channel). `t`: its words, in the page's
 * language; `lang`, the edition its links stay in.
 */
export function LectureMode({
  slug,
  title,
  order,
  chapterCount,
  steps,
  scenes,
  previous,
  next,
  children,
  lang = DEFAULT_LANG,
  t,
}: {
  slug: string;
  title: string;
  order: number;
  chapterCount: number;
  steps: readonly ChapterStep[];
  /** The chapter's scenes, from the server. */
  scenes: SceneMap;
  previous?: LectureNeighbour;
  next?: LectureNeighbour;
  children: React.ReactNode;
  lang?: Lang;
  t: Pick<ClientMessages, 'lecture' | 'chapter' | 'theme' | 'scrolly'>;
}) {
  const words = t.lecture;
  const router = useRouter();
  const last = steps.length - 1;
  const [index, setIndex] = useState(0);
  const [showText, setShowText] = useState(false);
  const textId = useId();
  const ready = useQueryOnMount((search) => {
    setIndex(parseStep(new URLSearchParams(search).get('step'), 1, steps.length) - 1);
  });

  const announce = useLectureChannel({ slug, stepCount: steps.length, role: 'projection', index, onStep: setIndex });
  /** The lecturer's own move: shown here and sent to the presenter view. */
  const move = (target: number) => {
    setIndex(target);
    announce(target);
  };
  const presenter = usePresenterWindow(slug, index, lang);

  useEffect(() => {
    if (!ready) return;
    const wanted = `?step=${index + 1}`;
    const { search } = window.location;
    if (search === wanted || (index === 0 && search === '')) return;
    window.history.replaceState(null, '', wanted);
  }, [index, ready]);

  const before: LectureBeyond | undefined = previous && {
    label: words.previousChapter,
    go: () => router.push(`${lecturePath(previous.slug, lang)}?step=${previous.stepCount}`),
  };
  const after: LectureBeyond | undefined = next && {
    label: words.nextChapter,
    go: () => router.push(lecturePath(next.slug, lang)),
  };
  const scene = scenes[steps[index]!.scene]!;
  // Beside the picture, the step's own words: its point, in one sentence, or all of its text
  // (a key press away, and all there is for a step without a point). What the picture shows
  // is the diagram's description, for screen readers.
  const point = steps[index]!.point;
  const fullText = showText || !point;

  const header = (
    <header className="lecture-header">
      <h1 className="lecture-title">
        <span className="lecture-kicker">{fill(words.kicker, order, chapterCount)}</span> {title}
      </h1>
      <nav aria-label={words.tools} className="lecture-tools">
        {/* A lit room washes a dark screen out: the lecturer can switch to light here. */}
        <ThemeControl t={t.theme} />
        <button type="button" className="deck-button" onClick={presenter.open}>
          {words.presenterView}
        </button>
        <button type="button" className="deck-button" onClick={toggleFullscreen}>
          {words.fullScreen}
        </button>
        <Link className="deck-button" href={chapterPath(slug, lang)}>
          {words.leave}
        </Link>
      </nav>
    </header>
  );

  const caption = (
    <div className="lecture-caption">
      {/* The scene's title is already the kicker by the step buttons ("2 / 4 · Title"); said
          once more on screen it would only repeat itself, so here it is for screen readers. */}
      <h2 className="lecture-scene visually-hidden">{fill(words.stepHeading, index + 1, steps.length, scene.title)}</h2>
      {point && (
        <button
          type="button"
          className="lecture-toggle"
          aria-expanded={showText}
          aria-controls={textId}
          onClick={() => setShowText((shown) => !shown)}
        >
          {showText ? words.showSummary : words.showText}
        </button>
      )}
      <p className="lecture-point" hidden={fullText}>
        {point}
      </p>
      <div id={textId} className="lecture-text deck-texts prose prose-lg max-w-none" hidden={!fullText}>
        {children}
      </div>
    </div>
  );

  return (
    <main data-query-root className="lecture">
      <Lecture
        variant="lecture"
        steps={steps}
        scenes={scenes}
        at={{ first: 0, last, index }}
        onIndex={move}
        ready={ready}
        header={header}
        footer={
          <div className="lecture-footer">
            <p className="lecture-hint">{words.keys}</p>
            <p className="lecture-status" role="status">
              {presenter.blocked && (
                <>
                  {words.blockedBefore}
                  <a href={presenter.href} target={PRESENTER_WINDOW}>
                    {words.blockedLink}
                  </a>
                  {words.blockedAfter}
                </>
              )}
            </p>
          </div>
        }
        before={before}
        after={after}
        t={t}
        onAction={(action) => {
          if (action === 'fullscreen') toggleFullscreen();
          if (action === 'text') setShowText((shown) => !shown);
          if (action === 'presenter') presenter.open();
        }}
      >
        {caption}
      </Lecture>
    </main>
  );
}
