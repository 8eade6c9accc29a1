'use client';

import { useMemo, useRef, useState } from 'react';
import { Deck } from '@/components/stepper/deck';
import { StepSlotsContext, type StepView } from '@/components/stepper/step-slot';
import { useQueryOnMount } from '@/components/hooks/use-query-on-mount';
import { ScrollyDiagram } from '@/components/scrolly/scrolly-diagram';
import type { ChapterStep } from '@/lib/content/types';
import type { SceneMap } from '@/lib/scene/types';
import { defaultView, parseEmbedQuery } from '@/lib/embed/query';
import { EmbedFooter } from './embed-footer';
import { useHeightMessages } from './use-height-messages';
import { useLmsReport } from './use-lms-report';

const LABEL = 'Architecture diagram';

/**
 * One chapter in a frame, as the query asks: a stepper (the default), the scroll story, or a
 * static picture per step. The server draws the default; the query is applied on mount.
 * `children` is the chapter's MDX body with its steps rendered by `StepSlot`.
 */
export function EmbedView({
  slug,
  title,
  steps,
  scenes,
  children,
}: {
  slug: string;
  title: string;
  steps: readonly ChapterStep[];
  /** The chapter's scenes, from the server (no scene data ships as code). */
  scenes: SceneMap;
  children: React.ReactNode;
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
  useLmsReport(stepIds, index, ready, setIndex);

  const first = view.first - 1;
  const last = view.last - 1;
  const current = steps[index] ?? steps[first]!;
  const slots = (kind: StepView) => ({
    view: kind,
    stepIds: steps.map((s) => s.id),
    scenes,
    first,
    last,
    current: index,
  });
  const header = (
    <header className="embed-header">
      <h1 className="embed-title">{title}</h1>
    </header>
  );
  const footer = <EmbedFooter slug={slug} title={title} stepId={view.mode === 'stepper' ? current.id : undefined} />;

  return (
    <main
      ref={rootRef}
      data-query-root
      data-embed={view.mode}
      aria-label={`Embedded chapter: ${title}`}
      className={`embed embed-${view.mode}`}
    >
      {view.mode === 'stepper' && (
        <Deck
          variant="embed"
          keymap="embed"
          steps={steps}
          scenes={scenes}
          first={first}
          last={last}
          index={index}
          onIndex={setIndex}
          ready={ready}
          label={LABEL}
          caption={<div className="deck-texts prose max-w-none">{children}</div>}
          header={header}
          footer={footer}
        />
      )}
      {view.mode === 'scroll' && (
        <>
          {header}
          <div className="scrolly">
            <div className="scrolly-stage">
              <ScrollyDiagram
                steps={steps.slice(first, last + 1)}
                scenes={scenes}
                label={LABEL}
                startStep={view.start > view.first ? current.id : undefined}
              />
            </div>
            <div className="scrolly-prose prose prose-lg max-w-none">
              <StepSlotsContext value={slots('scroll')}>{children}</StepSlotsContext>
            </div>
          </div>
          {footer}
        </>
      )}
      {view.mode === 'static' && (
        <>
          {header}
          <div className="static-steps prose max-w-none">
            <StepSlotsContext value={slots('static')}>{children}</StepSlotsContext>
          </div>
          {footer}
        </>
      )}
    </main>
  );
}
