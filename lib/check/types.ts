/**
 * A chapter's self-check: a few questions for retrieval practice on its argument, written in the
 * chapter's MDX (`<SelfCheck>`, `<Question>`, `<Answer>`) and read into this shape at build time
 * (lib/content/parse-check.ts), where every rule below is checked.
 */

/** `one`: a single right answer; `many`: every right answer and no wrong one; `order`: the answers put in order. */
export const QUESTION_KINDS = ['one', 'many', 'order'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface CheckAnswer {
  /** `a1`, `a2`, …: the answer's place as written, for a reader's stored response. */
  id: string;
  text: string;
  /** A right answer (one and many); order questions have none, their answers are written in order. */
  right: boolean;
  /** One or two sentences that explain this answer (one and many). */
  why?: string;
}

export interface CheckQuestion {
  /** Kebab-case, unique in the chapter: a reader's stored response is kept under it. */
  id: string;
  kind: QuestionKind;
  /** The question as the reader sees it. */
  ask: string;
  /** The id of the chapter's step that teaches it: its feedback links there. */
  step: string;
  answers: CheckAnswer[];
  /** An order question's explanation, shown with its result. */
  why?: string;
}

/**
 * A reader's response to a question: the ids of the answers chosen (one or many), or of all its
 * answers in the order the reader put them (order).
 */
export type CheckResponse = readonly string[];

/** Responses by question id: what the reader's browser keeps, and the course package reports. */
export type CheckResponses = Readonly<Record<string, CheckResponse>>;
