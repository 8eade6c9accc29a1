import type { CheckQuestion, CheckResponse, CheckResponses } from './types';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/** The ids of a question's right answers, or of its answers in the right order. */
export function rightResponse(question: CheckQuestion): string[] {
  if (question.kind === 'order') return question.answers.map((answer) => answer.id);
  return question.answers.filter((answer) => answer.right).map((answer) => answer.id);
}

/** Whether a response answers its question right. */
export function isRight(question: CheckQuestion, response: CheckResponse): boolean {
  const right = rightResponse(question);
  if (question.kind === 'order') return response.length === right.length && response.every((id, i) => id === right[i]);
  return sameSet(response, right);
}

/** Whether a response is one the question can take: known answer ids, one for `one`, all of them for `order`. */
export function isComplete(question: CheckQuestion, response: CheckResponse | undefined): response is CheckResponse {
  if (!response || response.length === 0) return false;
  const ids = question.answers.map((answer) => answer.id);
  if (!response.every((id) => ids.includes(id)) || new Set(response).size !== response.length) return false;
  if (question.kind === 'one') return response.length === 1;
  if (question.kind === 'order') return response.length === ids.length;
  return true;
}

export interface CheckScore {
  /** Questions with a complete response. */
  answered: number;
  right: number;
  total: number;
  /** Right answers out of all questions, 0–100, rounded. */
  percent: number;
  /** Every question has been answered. */
  done: boolean;
}

/** How a reader stands on a check: what she has answered, and how much of it right. */
export function scoreOf(questions: readonly CheckQuestion[], responses: CheckResponses): CheckScore {
  const answered = questions.filter((q) => isComplete(q, responses[q.id]));
  const right = answered.filter((q) => isRight(q, responses[q.id]!)).length;
  const total = questions.length;
  return {
    answered: answered.length,
    right,
    total,
    percent: total === 0 ? 0 : Math.round((right / total) * 100),
    done: total > 0 && answered.length === total,
  };
}

/**
 * The order an order question first shows its answers in: a fixed shuffle (the same on the
 * server and in every browser, so nothing changes on hydration) that is never already right.
 */
export function startingOrder(question: CheckQuestion): string[] {
  const ids = question.answers.map((answer) => answer.id);
  // Take every other answer from the end, then the rest: for three or more, never the right order.
  const odd = ids.filter((_, i) => i % 2 === 1).reverse();
  const even = ids.filter((_, i) => i % 2 === 0).reverse();
  return [...odd, ...even];
}

/**
 * Responses read back from storage (the browser's, or an LMS's suspend data): only those that
 * name a question of this check and are complete for it; anything else is dropped, never thrown.
 */
export function keptResponses(questions: readonly CheckQuestion[], stored: unknown): Record<string, string[]> {
  if (typeof stored !== 'object' || stored === null) return {};
  const kept: Record<string, string[]> = {};
  for (const question of questions) {
    const value = (stored as Record<string, unknown>)[question.id];
    if (Array.isArray(value) && value.every((id) => typeof id === 'string') && isComplete(question, value))
      kept[question.id] = [...value];
  }
  return kept;
}
