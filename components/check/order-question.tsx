'use client';

import { useRef, useState } from 'react';
import { isRight, rightResponse, startingOrder } from '@/lib/check/grade';
import { fill } from '@/lib/i18n/template';
import type { QuestionProps } from './choice-question';
import { StepLink } from './step-link';
import { Verdict } from './verdict';

/**
 * A question whose answers the reader puts in order, with a Move up and a Move down button on
 * each (a keyboard and a screen reader can do what dragging does), a Check button, and once
 * checked, the verdict and the explanation announced politely, and the right order if hers was
 * not. Focus stays with the answer that moved.
 */
export function OrderQuestion({ question, number, step, checked, onCheck, onRetry, onStep, t }: QuestionProps) {
  const [order, setOrder] = useState(() => startingOrder(question));
  const [moved, setMoved] = useState('');
  const done = checked !== undefined;
  const current = checked ?? order;
  const right = done && isRight(question, checked);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const textOf = (id: string) => question.answers.find((answer) => answer.id === id)!.text;

  const move = (id: string, by: -1 | 1) => {
    const from = order.indexOf(id);
    const to = from + by;
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    next.splice(from, 1);
    next.splice(to, 0, id);
    setOrder(next);
    setMoved(fill(t.moved, to + 1, next.length, textOf(id)));
    // At an end the button pressed turns off: the other one of the same answer takes the focus.
    const end = to === 0 || to === next.length - 1;
    requestAnimationFrame(() => buttons.current.get(`${id}:${end ? -by : by}`)?.focus());
  };

  return (
    <fieldset
      className="check-question"
      data-question={question.id}
      data-result={done ? (right ? 'right' : 'wrong') : undefined}
    >
      <legend className="check-ask">
        <span className="check-number">{number}</span> {question.ask} <span className="check-how">{t.orderHow}</span>
      </legend>
      <ol className="check-order">
        {current.map((id, place) => (
          <li key={id} className="check-order-item">
            <span className="check-order-text">{textOf(id)}</span>
            <span className="check-order-moves">
              {([-1, 1] as const).map((by) => (
                <button
                  key={by}
                  type="button"
                  className="check-move"
                  ref={(el) => {
                    if (el) buttons.current.set(`${id}:${by}`, el);
                    else buttons.current.delete(`${id}:${by}`);
                  }}
                  aria-label={fill(by < 0 ? t.moveUp : t.moveDown, textOf(id))}
                  disabled={done || (by < 0 ? place === 0 : place === current.length - 1)}
                  onClick={() => move(id, by)}
                >
                  <span aria-hidden="true">{by < 0 ? '↑' : '↓'}</span>
                </button>
              ))}
            </span>
          </li>
        ))}
      </ol>
      {done && !right && (
        <div className="check-why">
          <p className="check-mark">{t.rightOrder}</p>
          <ol>
            {rightResponse(question).map((id) => (
              <li key={id}>{textOf(id)}</li>
            ))}
          </ol>
        </div>
      )}
      <Verdict
        said={{ shown: done ? fill(right ? t.orderRight : t.orderWrong, question.why) : moved }}
        result={done ? (right ? 'right' : 'wrong') : undefined}
      />
      <div className="check-actions">
        {done ? (
          <button type="button" className="check-button" onClick={onRetry}>
            {t.tryAgain}
          </button>
        ) : (
          <button type="button" className="check-button check-button-main" onClick={() => onCheck(order)}>
            {t.checkOrder}
          </button>
        )}
        {done && <StepLink step={step} onStep={onStep} t={t} />}
      </div>
    </fieldset>
  );
}
