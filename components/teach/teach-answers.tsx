import { rightResponse } from '@/lib/check/grade';
import type { CheckQuestion } from '@/lib/check/types';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';

/** The self-check's questions with the right answers and why, for the instructor. */
export function TeachAnswers({
  questions,
  stepTitle,
  lang = DEFAULT_LANG,
}: {
  questions: readonly CheckQuestion[];
  stepTitle: (id: string) => string;
  lang?: Lang;
}) {
  const t = messages(lang).teach;
  return (
    <ol className="teach-answers">
      {questions.map((question) => {
        const right = rightResponse(question).map((id) => question.answers.find((a) => a.id === id)!);
        return (
          <li key={question.id}>
            <p className="teach-ask">
              {question.ask}{' '}
              <span className="teach-kind">{t.kindAndStep(t.kinds[question.kind], stepTitle(question.step))}</span>
            </p>
            {question.kind === 'order' ? (
              <>
                <ol className="teach-order">
                  {right.map((answer) => (
                    <li key={answer.id}>{answer.text}</li>
                  ))}
                </ol>
                <p className="teach-why">{question.why}</p>
              </>
            ) : (
              <ul className="teach-right">
                {right.map((answer) => (
                  <li key={answer.id}>
                    <strong>{answer.text}</strong> <span className="teach-why">{answer.why}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
