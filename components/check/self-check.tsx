import type { CheckQuestion } from '@/lib/check/types';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { clientMessages, messages } from '@/lib/i18n/messages';
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
  lang = DEFAULT_LANG,
}: {
  slug: string;
  questions: readonly CheckQuestion[];
  steps: readonly CheckStep[];
  lang?: Lang;
}) {
  if (questions.length === 0) return null;
  const t = messages(lang).check;
  const client = clientMessages(lang).check;
  const heading = `${slug}-check-heading`;
  return (
    <section data-self-check aria-labelledby={heading} className="self-check not-prose">
      <h2 id={heading} className="self-check-heading">
        {t.heading}
      </h2>
      <p className="self-check-intro">{t.intro(questions.length, t.keptInBrowser)}</p>
      <SelfCheckLazy slug={slug} questions={questions} steps={steps} t={client} />
      <SelfCheckStatic questions={questions} steps={steps} t={client} />
    </section>
  );
}
