'use client';

import { useId, useState } from 'react';
import { isComplete, isRight } from '@/lib/check/grade';
import type { CheckQuestion, CheckResponse } from '@/lib/check/types';
import type { ClientMessages } from '@/lib/i18n/messages';
import { fill } from '@/lib/i18n/template';
import { StepLink, type CheckStep } from './step-link';
import { Verdict } from './verdict';

export interface QuestionProps {
  question: CheckQuestion;
  number: number;
  step: CheckStep;
  /** The response the reader checked, if she has. */
  checked: CheckResponse | undefined;
  onCheck: (response: readonly string[]) => void;
  onRetry: () => void;
  onStep?: (id: string) => void;
  /** The self-check's words, in the page's language. */
  t: ClientMessages['check'];
}

/**
 * The verdict once she has checked, and for a single choice, what a screen reader adds: the
 * feedback on her answer, which the page shows under it.
 */
function verdict(
  question: CheckQuestion,
  response: CheckResponse,
  t: ClientMessages['check'],
): { shown: string; heard?: string } {
  const right = isRight(question, response);
  if (question.kind === 'one') {
    const chosen = question.answers.find((answer) => answer.id === response[0])!;
    return { shown: right ? t.right : t.wrongOne, heard: chosen.why };
  }
  if (right) return { shown: t.rightMany };
  const rights = question.answers.filter((answer) => answer.right);
  const found = rights.filter((answer) => response.includes(answer.id)).length;
  const wrong = response.length - found;
  if (wrong === 0) return { shown: fill(t.wrongMany, found, rights.length) };
  if (wrong === 1) return { shown: fill(t.wrongManyAndOne, found, rights.length) };
  return { shown: fill(t.wrongManyAndMore, found, rights.length, wrong) };
}

/**
 * A single- or several-choice question: native radios or checkboxes in a fieldset, a Check
 * button, and once checked, a verdict announced politely and a sentence or two under every
 * answer saying why it is or is not right, with the way back to the step that teaches it.
 */
export function ChoiceQuestion({ question, number, step, checked, onCheck, onRetry, onStep, t }: QuestionProps) {
  const id = useId();
  const [picked, setPicked] = useState<string[]>([]);
  const [hint, setHint] = useState('');
  const done = checked !== undefined;
  const chosen = checked ?? picked;
  const one = question.kind === 'one';
  const result = done ? (isRight(question, checked) ? 'right' : 'wrong') : undefined;

  const pick = (answer: string, on: boolean) => {
    setHint('');
    setPicked((now) => (one ? [answer] : on ? [...now, answer] : now.filter((a) => a !== answer)));
  };
  const retry = () => {
    setPicked([]);
    onRetry();
  };
  const check = () => {
    if (!isComplete(question, picked)) return setHint(one ? t.pickOneFirst : t.pickSomeFirst);
    onCheck(picked);
  };

  return (
    <fieldset className="check-question" data-question={question.id} data-result={result}>
      <legend className="check-ask">
        <span className="check-number">{number}</span> {question.ask}{' '}
        <span className="check-how">{one ? t.chooseOne : t.chooseAll}</span>
      </legend>
      <div className="check-answers">
        {question.answers.map((answer) => {
          const on = chosen.includes(answer.id);
          return (
            <div
              key={answer.id}
              className="check-answer"
              data-chosen={on || undefined}
              data-right={(done && answer.right) || undefined}
            >
              <label className="check-option">
                <input
                  type={one ? 'radio' : 'checkbox'}
                  name={id}
                  value={answer.id}
                  checked={on}
                  disabled={done}
                  onChange={(event) => pick(answer.id, event.target.checked)}
                />
                <span>{answer.text}</span>
              </label>
              {done && (
                <p className="check-why">
                  <span className="check-mark">
                    {answer.right ? (on ? t.yourRight : t.aRight) : on ? t.yourWrong : t.notRight}
                  </span>{' '}
                  {answer.why}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <Verdict said={done ? verdict(question, checked, t) : { shown: hint }} result={result} />
      <div className="check-actions">
        {/* One button in one place, Check then Try again, so it keeps the keyboard's focus. */}
        {done ? (
          <button type="button" className="check-button" onClick={retry}>
            {t.tryAgain}
          </button>
        ) : (
          <button type="button" className="check-button check-button-main" onClick={check}>
            {t.check}
          </button>
        )}
        {done && <StepLink step={step} onStep={onStep} t={t} />}
      </div>
    </fieldset>
  );
}
