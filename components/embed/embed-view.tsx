'use client';

import { useMemo, useRef, useState } from 'react';
import { useQueryOnMount } from '@/components/hooks/use-query-on-mount';
import type { CheckQuestion } from '@/lib/check/types';
import type { ChapterStep } from '@/lib/content/types';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import type { ClientMessages } from '@/lib/i18n/messages';
import { fill } from '@/lib/i18n/template';
import { defaultView, parseEmbedQuery } from '@/lib/embed/query';
import type { SceneMap } from '@/lib/scene/types';
import { IN_LMS_PACKAGE } from '@/lib/site';
import { EmbedCheck } from './embed-check';
import { EmbedFooter } from './embed-footer';
import { EmbedHeading } from './embed-heading';
import { EmbedScroll } from './embed-scroll';
import { EmbedStatic } from './embed-static';
import { EmbedStepper } from './embed-stepper';
import { useHeightMessages } from './use-height-messages';
import { useLmsReport } from './use-lms-report';

/**
 * One chapter in a frame, as the query asks: a stepper (the default), the scroll story, or a
 * static picture per step, with the chapter's self-check under the first two if asked. The server draws the default; the query is applied on mount.
 * `children` is the chapter's MDX body with its steps rendered by `StepSlot`.
 */
export function EmbedView({
  slug,
  title,
  steps,
  scenes,
  check,
  children,
  lang = DEFAULT_LANG,
  t,
}: {
  slug: string;
  title: string;
  steps: readonly ChapterStep[];
  /** The chapter's self-check, shown with `?check=1` (and always in the course package). */
  check: readonly CheckQuestion[];
  /** The chapter's scenes, from the server (no scene data ships as code). */
  scenes: SceneMap;
  children: React.ReactNode;
  /** The edition its footer's links lead to. */
  lang?: Lang;
  /** Its words, in the page's language. */
  t: Pick<ClientMessages, 'embedFrame' | 'lecture' | 'chapter' | 'scrolly' | 'check'> & { siteName: string };
}) {
  const [view, setView] = useState(() => defaultView(steps.length));
  const [index, setIndex] = useState(0);
  const ready = useQueryOnMount((search) => {
    const next = parseEmbedQuery(search, steps.length);
    setView(next);
    setIndex(next.start - 1);
  });
  const rootRef = useRef<HTMLElement>(null);
  useHeightMessages(rootRef, slug, view.mode !== 'scroll');
  const stepIds = useMemo(() => steps.map((s) => s.id), [steps]);
  useLmsReport({ slug, questions: check, stepIds, index, ready, onResume: setIndex });

  const at = { first: view.first - 1, last: view.last - 1, index };
  // A question's way back in a stepper: that step, with the diagram brought into sight.
  const openStep = (id: string) => {
    setIndex(stepIds.indexOf(id));
    rootRef.current?.querySelector('.deck-stage')?.scrollIntoView({ block: 'start' });
  };
  const current = steps[index] ?? steps[at.first]!;
  const header = <EmbedHeading slug={slug} title={title} site={t.siteName} lang={lang} t={t.embedFrame} />;
  const footer = (
    <EmbedFooter
      slug={slug}
      title={title}
      stepId={view.mode === 'stepper' ? current.id : undefined}
      site={t.siteName}
      lang={lang}
      t={t.embedFrame}
    />
  );
  const mode = { steps, scenes, at, header, footer, children, t };

  return (
    <main
      ref={rootRef}
      data-query-root
      data-embed={view.mode}
      aria-label={fill(t.embedFrame.label, title)}
      className={`embed embed-${view.mode}`}
    >
      {view.mode === 'stepper' && <EmbedStepper {...mode} onIndex={setIndex} ready={ready} />}
      {view.mode === 'scroll' && <EmbedScroll {...mode} startStep={view.start > view.first ? current.id : undefined} />}
      {view.mode === 'static' && <EmbedStatic {...mode} />}
      {view.mode !== 'static' && (view.check || IN_LMS_PACKAGE) && (
        <EmbedCheck
          slug={slug}
          questions={check}
          steps={steps}
          scenes={scenes}
          shown={at}
          onStep={view.mode === 'stepper' ? openStep : undefined}
          t={t.check}
        />
      )}
    </main>
  );
}
