'use client';

import { lazy, Suspense } from 'react';
import type { CheckQuestion } from '@/lib/check/types';
import type { ChapterStep } from '@/lib/content/types';
import type { SceneMap } from '@/lib/scene/types';
import type { ClientMessages } from '@/lib/i18n/messages';
import { fill } from '@/lib/i18n/template';
import { IN_LMS_PACKAGE } from '@/lib/site';

/** Loaded only when the embed shows its self-check: an embed without one carries none of it. */
const Live = lazy(() => import('@/components/check/self-check-live').then((m) => ({ default: m.SelfCheckLive })));

/**
 * The chapter's self-check under an embed (`?check=1`, and always in the course package). In a
 * stepper a question's way back to its step is a button that opens that step in the frame; in
 * the scroll story it is a link to the step.
 */
export function EmbedCheck({
  slug,
  questions,
  steps,
  scenes,
  shown,
  onStep,
  t,
}: {
  slug: string;
  questions: readonly CheckQuestion[];
  steps: readonly ChapterStep[];
  scenes: SceneMap;
  /** The 0-based range of steps the embed shows: only those can be opened from a question. */
  shown: { first: number; last: number };
  onStep?: (id: string) => void;
  t: ClientMessages['check'];
}) {
  if (questions.length === 0) return null;
  const checkSteps = steps.map((step, i) => ({
    id: step.id,
    number: i + 1,
    title: scenes[step.scene]?.title ?? step.id,
    reachable: i >= shown.first && i <= shown.last,
  }));
  const heading = `${slug}-check-heading`;
  return (
    <section data-self-check aria-labelledby={heading} className="self-check embed-check">
      <h2 id={heading} className="self-check-heading">
        {t.heading}
      </h2>
      <p className="self-check-intro">
        {fill(t.intro, questions.length, IN_LMS_PACKAGE ? t.keptWithCourse : t.keptInBrowser)}
      </p>
      <Suspense fallback={null}>
        <Live slug={slug} questions={questions} steps={checkSteps} onStep={onStep} t={t} />
      </Suspense>
    </section>
  );
}
