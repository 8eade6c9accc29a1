import { QUESTION_KINDS, type CheckAnswer, type CheckQuestion, type QuestionKind } from '@/lib/check/types';
import { ContentError } from './errors';
import { stringAttribute, type MdxNode } from './mdx-tree';

export const CHECK_TAG = 'SelfCheck';
export const QUESTION_TAG = 'Question';
export const ANSWER_TAG = 'Answer';

const QUESTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The page says whether an answer is right; feedback that says it again reads "Right. Yes. …". */
const VERDICT = /^(?:(?:yes|no|right|wrong|correct|incorrect|not quite)\b|对|错|正确|错误|是的|不对|没错|不是)/i;
/** Retrieval practice on a chapter's argument, not a test of it: two to four questions. */
export const QUESTIONS = { min: 2, max: 4 } as const;

const lineOf = (node: MdxNode) => node.position?.start.line ?? 0;
const isElement = (node: MdxNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The text inside a node, its whitespace collapsed. */
export function textOf(node: MdxNode): string {
  const parts: string[] = [];
  const visit = (n: MdxNode) => {
    if (n.type === 'text' || n.type === 'inlineCode') parts.push(n.value ?? '');
    n.children?.forEach(visit);
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Whether a boolean attribute is present (`right`, or `right={true}`). */
function flag(node: MdxNode, name: string): boolean {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return attribute !== undefined && attribute.value !== 'false';
}

/** The elements among a node's children; anything but whitespace between them is an error. */
function elementsIn(file: string, node: MdxNode, allowed: string): MdxNode[] {
  const kids = (node.children ?? []).flatMap((kid) => (kid.type === 'paragraph' ? (kid.children ?? []) : [kid]));
  for (const kid of kids) {
    if (isElement(kid) && kid.name === allowed) continue;
    if (kid.type === 'text' && !(kid.value ?? '').trim()) continue;
    const what = isElement(kid) ? `<${kid.name}>` : 'text';
    throw new ContentError(
      file,
      `line ${lineOf(kid) || lineOf(node)}: <${node.name}> may hold only <${allowed}>, not ${what}`,
    );
  }
  return kids.filter(isElement);
}

function readAnswer(file: string, node: MdxNode, index: number, kind: QuestionKind, question: string): CheckAnswer {
  const line = lineOf(node);
  const text = textOf(node);
  if (!text) throw new ContentError(file, `line ${line}: an <Answer> of question "${question}" has no text`);
  const right = flag(node, 'right');
  const why = stringAttribute(node, 'why')?.trim();
  if (kind === 'order') {
    if (right || why)
      throw new ContentError(
        file,
        `line ${line}: question "${question}" puts its answers in order: they take no right or why (the question's why explains the order)`,
      );
    return { id: `a${index + 1}`, text, right: false };
  }
  if (!why)
    throw new ContentError(file, `line ${line}: every <Answer> of question "${question}" needs why="…", its feedback`);
  if (VERDICT.test(why))
    throw new ContentError(
      file,
      `line ${line}: an answer's why="…" of question "${question}" starts with a verdict ("${VERDICT.exec(why)![0]}"): the page gives the verdict, the feedback says why`,
    );
  return { id: `a${index + 1}`, text, right, why };
}

function readQuestion(file: string, node: MdxNode, stepIds: readonly string[]): CheckQuestion {
  const line = lineOf(node);
  const id = stringAttribute(node, 'id') ?? '';
  if (!QUESTION_ID.test(id)) throw new ContentError(file, `line ${line}: a <Question> needs a kebab-case id="…"`);
  const kind = stringAttribute(node, 'kind') as QuestionKind | undefined;
  if (!kind || !QUESTION_KINDS.includes(kind))
    throw new ContentError(file, `line ${line}: question "${id}" needs kind="${QUESTION_KINDS.join('" | "')}"`);
  const ask = stringAttribute(node, 'ask')?.trim();
  if (!ask) throw new ContentError(file, `line ${line}: question "${id}" needs ask="…", the question itself`);
  const step = stringAttribute(node, 'step') ?? '';
  if (!stepIds.includes(step))
    throw new ContentError(
      file,
      `line ${line}: question "${id}" links to step "${step}", which is not a step of this chapter`,
    );
  const answers = elementsIn(file, node, ANSWER_TAG).map((answer, i) => readAnswer(file, answer, i, kind, id));
  const rights = answers.filter((answer) => answer.right).length;
  const why = stringAttribute(node, 'why')?.trim();
  const fail = (message: string) => {
    throw new ContentError(file, `line ${line}: question "${id}" (${kind}) ${message}`);
  };
  if (kind === 'one' && (answers.length < 2 || rights !== 1))
    fail(`needs two or more answers and exactly one marked right, has ${answers.length} and ${rights}`);
  if (kind === 'many' && (answers.length < 3 || rights < 1 || rights === answers.length))
    fail(`needs three or more answers, some marked right and some not, has ${answers.length} and ${rights} right`);
  if (kind === 'order' && (answers.length < 3 || answers.length > 6))
    fail(`needs three to six answers, written in their right order, has ${answers.length}`);
  if (kind === 'order' && !why) fail('needs why="…": what the right order shows');
  return why ? { id, kind, ask, step, answers, why } : { id, kind, ask, step, answers };
}

/**
 * Reads a chapter's `<SelfCheck>` into its questions and fails, naming the file and line, on
 * any question a reader could not answer right: a missing or second right answer, an order of
 * too few items, feedback missing, or a link to a step the chapter does not have.
 */
export function parseCheck(file: string, node: MdxNode, stepIds: readonly string[]): CheckQuestion[] {
  const questions = elementsIn(file, node, QUESTION_TAG).map((question) => readQuestion(file, question, stepIds));
  if (questions.length < QUESTIONS.min || questions.length > QUESTIONS.max)
    throw new ContentError(
      file,
      `line ${lineOf(node)}: a <SelfCheck> holds ${QUESTIONS.min} to ${QUESTIONS.max} questions, this one ${questions.length}`,
    );
  questions.forEach((question, i) => {
    if (questions.findIndex((other) => other.id === question.id) !== i)
      throw new ContentError(file, `line ${lineOf(node)}: two questions have the id "${question.id}"`);
  });
  return questions;
}
