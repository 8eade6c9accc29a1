import type { CheckQuestion } from '@/lib/check/types';
import { SelfCheckLazy } from './self-check-lazy';
import { SelfCheckStatic } from './self-check-static';
import type { CheckStep } from './step-link';

/**
 * A chapter's self-check at the end of its steps: a few questions on its argument, each
 * answered and checked by the reader, with feedback that links back to the step that teaches
 * it. Without script, the same questions with each answer in a disclosure.
 */
export function SelfCheck({
  slug,
  questions,
  steps,
}: {
  slug: string;
  questions: readonly CheckQuestion[];
  steps: readonly CheckStep[];
}) {
  if (questions.length === 0) return null;
  const heading = `${slug}-check-heading`;
  return (
    <section data-self-check aria-labelledby={heading} className="self-check not-prose">
      <h2 id={heading} className="self-check-heading">
        Check what you took away
      </h2>
      <p className="self-check-intro">
        {questions.length} questions on this chapter’s argument, to answer from memory. Your answers stay in this
        browser.
      </p>
      <SelfCheckLazy slug={slug} questions={questions} steps={steps} />
      <SelfCheckStatic questions={questions} steps={steps} />
    </section>
  );
}
