'use client';

import { useSyncExternalStore } from 'react';
import { scoreOf } from '@/lib/check/grade';
import type { CheckQuestion, CheckResponses } from '@/lib/check/types';
import type { ClientMessages } from '@/lib/i18n/messages';
import { fill } from '@/lib/i18n/template';
import { chapterCheckStore } from './chapter-check-store';
import { ChoiceQuestion } from './choice-question';
import { OrderQuestion } from './order-question';
import type { CheckStep } from './step-link';

const NONE: CheckResponses = {};
const noSubscription = () => () => {};

export interface SelfCheckProps {
  slug: string;
  questions: readonly CheckQuestion[];
  /** The chapter's steps the questions link back to. */
  steps: readonly CheckStep[];
  /** Opens a step where the steps are not on the page (a stepper embed); else links go to #step. */
  onStep?: (id: string) => void;
  /** Its words, in the page's language. */
  t: ClientMessages['check'];
}

/**
 * The self-check, live: each question checked on its own, with its feedback; the score so far
 * under them; the answers kept in the chapter's store (the reader's browser, or the LMS in the
 * course package), so a return shows them again. The server renders it unanswered, and the
 * stored answers show from hydration on.
 */
export function SelfCheckLive({ slug, questions, steps, onStep, t }: SelfCheckProps) {
  const store = chapterCheckStore(slug, questions);
  const responses = useSyncExternalStore(store.subscribe, store.responses, () => NONE);
  const score = scoreOf(questions, responses);
  // False in the server's HTML, true once hydrated: until then a press does nothing.
  const live = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <div className="self-check-live" data-ready={live}>
      <ol className="check-questions">
        {questions.map((question, i) => {
          const Question = question.kind === 'order' ? OrderQuestion : ChoiceQuestion;
          return (
            <li key={question.id}>
              <Question
                question={question}
                number={i + 1}
                step={steps.find((step) => step.id === question.step)!}
                checked={responses[question.id]}
                onCheck={(response) => store.answer(question.id, response)}
                onRetry={() => store.answer(question.id, null)}
                onStep={onStep}
                t={t}
              />
            </li>
          );
        })}
      </ol>
      <div className="check-score">
        <p role="status">
          {score.answered === 0
            ? ''
            : score.done
              ? fill(t.scoreDone, score.total, score.right, score.percent)
              : fill(t.scoreSoFar, score.answered, score.total, score.right)}
        </p>
        {score.answered > 0 && (
          <button type="button" className="check-button" onClick={() => store.restore({})}>
            {t.startOver}
          </button>
        )}
      </div>
    </div>
  );
}
