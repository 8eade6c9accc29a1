import { rightResponse, startingOrder } from '@/lib/check/grade';
import type { CheckQuestion } from '@/lib/check/types';
import type { ClientMessages } from '@/lib/i18n/messages';
import { StepLink, type CheckStep } from './step-link';

/**
 * The self-check for a reader without script (and for print): every question with its answers,
 * and the right answer and its explanation in a disclosure under each, to open once she has
 * thought about it.
 */
export function SelfCheckStatic({
  questions,
  steps,
  t,
}: {
  questions: readonly CheckQuestion[];
  steps: readonly CheckStep[];
  t: ClientMessages['check'];
}) {
  return (
    <ol className="self-check-static check-questions">
      {questions.map((question) => {
        const step = steps.find((s) => s.id === question.step)!;
        const right = rightResponse(question);
        const shown =
          question.kind === 'order'
            ? startingOrder(question).map((id) => question.answers.find((a) => a.id === id)!)
            : question.answers;
        return (
          <li key={question.id} className="check-question">
            <p className="check-ask">{question.ask}</p>
            <ul className="check-answers-static">
              {shown.map((answer) => (
                <li key={answer.id}>{answer.text}</li>
              ))}
            </ul>
            <details className="check-reveal">
              <summary>{t.showAnswer}</summary>
              {question.kind === 'order' ? (
                <>
                  <ol>
                    {right.map((id) => (
                      <li key={id}>{question.answers.find((a) => a.id === id)!.text}</li>
                    ))}
                  </ol>
                  <p>{question.why}</p>
                </>
              ) : (
                <ul>
                  {question.answers.map((answer) => (
                    <li key={answer.id}>
                      <strong>{answer.right ? t.staticRight : t.staticNotRight}</strong>
                      {answer.text} {answer.why}
                    </li>
                  ))}
                </ul>
              )}
              <p>
                <StepLink step={step} t={t} />
              </p>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
