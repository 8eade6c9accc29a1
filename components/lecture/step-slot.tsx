'use client';

import { createContext, useContext, useMemo } from 'react';
import { DiagramSvg } from '@/components/diagram/diagram-svg';
import type { ChapterStep } from '@/lib/content/types';
import type { SceneId, SceneMap } from '@/lib/scene/types';
import { fill, type Template } from '@/lib/i18n/template';

/**
 * How the chapter's steps are laid out. `lecture`: only the current step's text shows, the
 * others keep their room (so the frame does not change height from step to step); `scroll`:
 * the chapter's own scroll steps; `static`: a picture of each step's scene above its text.
 */
type StepView = 'lecture' | 'scroll' | 'static';

/** The 0-based range of steps shown, inclusive, and the current step (lecture view). */
interface StepPlace {
  first: number;
  last: number;
  index: number;
}

/** What a view of the chapter's steps is given: the chapter, the steps shown, and what goes around them. */
export interface StepViewProps {
  steps: readonly ChapterStep[];
  /** The chapter's scenes, from the server (no scene data ships as code). */
  scenes: SceneMap;
  at: StepPlace;
  header?: React.ReactNode;
  footer?: React.ReactNode;
  /** The chapter's MDX body, its steps rendered by `StepSlot`. */
  children: React.ReactNode;
}

export interface StepSlots {
  view: StepView;
  /** Every step id of the chapter, in order. */
  stepIds: readonly string[];
  /** The chapter's scenes, from the server (no scene data ships as code). */
  scenes: SceneMap;
  at: StepPlace;
  /** The `static` view's heading of a step, from its number and title, in the page's language. */
  heading?: Template<[n: number, title: string]>;
}

const StepSlotsContext = createContext<StepSlots | null>(null);

/** Lays out the `StepSlot`s inside it: the chapter's steps in this view, at this place. */
export function StepSlotsProvider({
  view,
  steps,
  scenes,
  at,
  heading,
  children,
}: Omit<StepSlots, 'stepIds'> & { steps: readonly ChapterStep[]; children: React.ReactNode }) {
  const stepIds = useMemo(() => steps.map((step) => step.id), [steps]);
  return <StepSlotsContext value={{ view, stepIds, scenes, at, heading }}>{children}</StepSlotsContext>;
}

/**
 * Takes the place of the MDX `<Step>` on embed and lecture pages: the same prose, placed as
 * the page's view asks. Steps outside the range are not rendered at all.
 */
export function StepSlot({
  scene,
  id,
  point,
  children,
}: {
  scene: string;
  id?: string;
  /** The step's point: a static embed's caption, as on a printed chapter (see Step). */
  point?: string;
  children: React.ReactNode;
}) {
  const slots = useContext(StepSlotsContext);
  const stepId = id ?? scene;
  const index = slots?.stepIds.indexOf(stepId) ?? -1;
  const data = slots?.scenes[scene as SceneId];
  if (!slots || !data || index < slots.at.first || index > slots.at.last) return null;
  if (slots.view === 'scroll') {
    return (
      <section id={stepId} data-scene={scene} data-step className="step">
        <div className="step-text">{children}</div>
      </section>
    );
  }
  if (slots.view === 'static') {
    return (
      <section className="static-step" data-static-step={stepId} aria-labelledby={`${stepId}-heading`}>
        <h2 id={`${stepId}-heading`} className="static-step-heading">
          {slots.heading ? fill(slots.heading, index + 1, data.title) : data.title}
        </h2>
        <figure className="static-step-figure" data-static-figure={scene}>
          <DiagramSvg frame={data} title={data.title} description={data.description} idPrefix={`static-${stepId}`} />
          {/* The description stays the drawing's <desc>; as a caption it would retell the text below. */}
          {point && <figcaption>{point}</figcaption>}
        </figure>
        <div className="static-step-text">{children}</div>
      </section>
    );
  }
  const current = index === slots.at.index;
  return (
    <div className="deck-text" data-step-text={stepId} data-current={current || undefined} inert={!current}>
      {children}
    </div>
  );
}
