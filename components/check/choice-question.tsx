'use client';

import { useId, useState } from 'react';
import { isComplete, isRight } from '@/lib/check/grade';
import type { CheckQuestion, CheckResponse } from '@/lib/check/types';
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
}

/**
 * The verdict once she has checked, and for a single choice, what a screen reader adds: the
 * feedback on her answer, which the page shows under it.
 */
function verdict(question: CheckQuestion, response: CheckResponse): { shown: string; heard?: string } {
  const right = isRight(question, response);
  if (question.kind === 'one') {
    const chosen = question.answers.find((answer) => answer.id === response[0])!;
    return right
      ? { shown: 'Right.', heard: chosen.why }
      : { shown: 'Not quite: the right answer is marked.', heard: chosen.why };
  }
  if (right) return { shown: 'Right: every right answer and no other.' };
  const rights = question.answers.filter((answer) => answer.right);
  const found = rights.filter((answer) => response.includes(answer.id)).length;
  const wrong = response.length - found;
  const also = wrong > 0 ? `, and ${wrong} that ${wrong === 1 ? 'is' : 'are'} not right` : '';
  return { shown: `Not quite: ${found} of the ${rights.length} right answers${also}.` };
}

/**
 * A single- or several-choice question: native radios or checkboxes in a fieldset, a Check
 * button, and once checked, a verdict announced politely and a sentence or two under every
 * answer saying why it is or is not right, with the way back to the step that teaches it.
 */
export function ChoiceQuestion({ question, number, step, checked, onCheck, onRetry, onStep }: QuestionProps) {
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
    if (!isComplete(question, picked))
      return setHint(one ? 'Choose an answer first.' : 'Choose at least one answer first.');
    onCheck(picked);
  };

  return (
    <fieldset className="check-question" data-question={question.id} data-result={result}>
      <legend className="check-ask">
        <span className="check-number">{number}</span> {question.ask}{' '}
        <span className="check-how">{one ? 'Choose one.' : 'Choose all that apply.'}</span>
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
                    {answer.right
                      ? on
                        ? 'Your answer, right.'
                        : 'A right answer.'
                      : on
                        ? 'Your answer, not right.'
                        : 'Not right.'}
                  </span>{' '}
                  {answer.why}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <Verdict said={done ? verdict(question, checked) : { shown: hint }} result={result} />
      <div className="check-actions">
        {/* One button in one place, Check then Try again, so it keeps the keyboard's focus. */}
        {done ? (
          <button type="button" className="check-button" onClick={retry}>
            Try again
          </button>
        ) : (
          <button type="button" className="check-button check-button-main" onClick={check}>
            Check
          </button>
        )}
        {done && <StepLink step={step} onStep={onStep} />}
      </div>
    </fieldset>
  );
}
