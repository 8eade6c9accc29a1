import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChapters } from '@/content';
import { isRight, keptResponses, scoreOf, startingOrder } from '@/lib/check/grade';
import { parseChapter } from '@/lib/content/parse-chapter';
import { isSceneId } from '@/content/scenes';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const [chapter] = loadChapters(path.join(fixtures, 'check-good'));
const [one, many, order] = chapter!.check;

/** A chapter of one step (`layers`) with this self-check. */
const withCheck = (check: string) =>
  `export const meta = { title: 'T', summary: 'S', order: 1 };\n\n<Step scene="layers">\n\nA\n\n</Step>\n\n<SelfCheck>\n\n${check}\n\n</SelfCheck>\n`;
const question = (attrs: string, answers: string) => `<Question ${attrs}>\n${answers}\n</Question>`;
const twoOnes = (answers: string) =>
  [
    question('id="q1" kind="one" step="layers" ask="Q?"', answers),
    question('id="q2" kind="one" step="layers" ask="Q?"', answers),
  ].join('\n\n');
const parse = (source: string) => () => parseChapter('01-x.mdx', source, isSceneId);

describe('a chapter’s self-check, as the build reads it', () => {
  it('reads each question’s kind, words, step and answers, in order, with the feedback', () => {
    expect(chapter!.check.map((q) => [q.id, q.kind, q.step])).toEqual([
      ['why-share', 'one', 'shared'],
      ['what-holds', 'many', 'layers'],
      ['in-order', 'order', 'layers'],
    ]);
    expect(one!.answers[0]).toEqual({
      id: 'a1',
      text: 'So that every business can use them.',
      right: true,
      why: 'A new business plugs in.',
    });
    expect(order!.why).toBe('Front, middle, back.');
    expect(order!.answers.map((a) => a.text)).toEqual(['Front ends', 'Middle platform', 'Back end']);
  });

  it('reads the steps’ teaching notes and the discussion questions, and counts neither as reading', () => {
    expect(chapter!.steps[0]!.teach).toBe('Point at the middle layer. Ask why it is the biggest.');
    expect(chapter!.steps[1]!.teach).toBeUndefined();
    expect(chapter!.discuss).toEqual(['Why share?', 'Who loses?']);
    expect(chapter!.words).toBe(8);
  });

  it('fails the build on a question with no right answer, naming the file, the line and the question', () => {
    expect(() => loadChapters(path.join(fixtures, 'check-no-right'))).toThrow(
      /01-first\.mdx: line 26: question "why-share" \(one\) needs two or more answers and exactly one marked right, has 2 and 0/,
    );
  });

  it('fails the build on a question that links to a step the chapter does not have', () => {
    expect(() => loadChapters(path.join(fixtures, 'check-unknown-step'))).toThrow(
      /01-first\.mdx: line 26: question "why-share" links to step "shared-capabilitie", which is not a step of this chapter/,
    );
  });

  it('fails on a second right answer, an answer without feedback, and too few or too many questions', () => {
    const right = '<Answer right why="W">A</Answer>\n<Answer right why="W">B</Answer>';
    expect(parse(withCheck(twoOnes(right)))).toThrow(
      /question "q1" \(one\) needs .* exactly one marked right, has 2 and 2/,
    );
    const bare = '<Answer right why="W">A</Answer>\n<Answer>B</Answer>';
    expect(parse(withCheck(twoOnes(bare)))).toThrow(/every <Answer> of question "q1" needs why/);
    const fine = '<Answer right why="W">A</Answer>\n<Answer why="W">B</Answer>';
    expect(parse(withCheck(question('id="q1" kind="one" step="layers" ask="Q?"', fine)))).toThrow(
      /a <SelfCheck> holds 2 to 4 questions, this one 1/,
    );
  });

  it('fails on feedback that starts with a verdict, which the page already gives', () => {
    const yes = '<Answer right why="Yes. It is.">A</Answer>\n<Answer why="It is not.">B</Answer>';
    expect(parse(withCheck(twoOnes(yes)))).toThrow(/starts with a verdict \("Yes"\)/);
  });

  it('fails on an order question whose answers are marked right, or that has no explanation', () => {
    const marked = question(
      'id="q1" kind="order" step="layers" ask="Q?" why="W"',
      '<Answer right>A</Answer>\n<Answer>B</Answer>\n<Answer>C</Answer>',
    );
    expect(parse(withCheck(`${marked}\n\n${marked.replace('q1', 'q2')}`))).toThrow(/puts its answers in order/);
    const unexplained = question(
      'id="q1" kind="order" step="layers" ask="Q?"',
      '<Answer>A</Answer>\n<Answer>B</Answer>\n<Answer>C</Answer>',
    );
    expect(parse(withCheck(`${unexplained}\n\n${unexplained.replace('q1', 'q2')}`))).toThrow(
      /needs why="…": what the right order shows/,
    );
  });

  it('fails on an answer outside a question, and on text between the answers', () => {
    const stray = `${twoOnes('<Answer right why="W">A</Answer>\n<Answer why="W">B</Answer>')}\n\n<Answer why="W">C</Answer>`;
    expect(parse(withCheck(stray))).toThrow(/<Answer> belongs directly inside <Question>/);
    const prose = twoOnes('Some words\n<Answer right why="W">A</Answer>\n<Answer why="W">B</Answer>');
    expect(parse(withCheck(prose))).toThrow(/<Question> may hold only <Answer>, not text/);
  });
});

describe('grading a self-check', () => {
  it('a single-choice answer is right only when it is the right one', () => {
    expect(isRight(one!, ['a1'])).toBe(true);
    expect(isRight(one!, ['a2'])).toBe(false);
  });

  it('a several-choice answer is right only with every right answer and no wrong one', () => {
    expect(isRight(many!, ['a2', 'a1'])).toBe(true);
    expect(isRight(many!, ['a1'])).toBe(false);
    expect(isRight(many!, ['a1', 'a2', 'a3'])).toBe(false);
  });

  it('an order is right only in the order written', () => {
    expect(isRight(order!, ['a1', 'a2', 'a3'])).toBe(true);
    expect(isRight(order!, ['a2', 'a1', 'a3'])).toBe(false);
  });

  it('an order question never starts in its right order, and starts the same everywhere', () => {
    for (const n of [3, 4, 5, 6]) {
      const q = {
        ...order!,
        answers: Array.from({ length: n }, (_, i) => ({ id: `a${i + 1}`, text: `${i}`, right: false })),
      };
      expect(isRight(q, startingOrder(q)), `${n} answers`).toBe(false);
      expect(startingOrder(q)).toEqual(startingOrder(q));
      expect([...startingOrder(q)].sort()).toEqual(q.answers.map((a) => a.id).sort());
    }
  });

  it('scores right answers out of every question, and is done when each has an answer', () => {
    const check = chapter!.check;
    expect(scoreOf(check, {})).toEqual({ answered: 0, right: 0, total: 3, percent: 0, done: false });
    expect(scoreOf(check, { 'why-share': ['a1'], 'what-holds': ['a1'] })).toMatchObject({
      answered: 2,
      right: 1,
      done: false,
    });
    const all = { 'why-share': ['a1'], 'what-holds': ['a1', 'a2'], 'in-order': ['a2', 'a1', 'a3'] };
    expect(scoreOf(check, all)).toEqual({ answered: 3, right: 2, total: 3, percent: 67, done: true });
  });

  it('keeps only stored responses that fit their question, and never throws on what storage gives back', () => {
    const check = chapter!.check;
    const stored = { 'why-share': ['a1', 'a2'], 'what-holds': ['a2'], 'in-order': ['a1', 'a2'], other: ['a1'] };
    expect(keptResponses(check, stored)).toEqual({ 'what-holds': ['a2'] });
    for (const junk of [null, 'x', 42, [], { 'why-share': 'a1' }, { 'why-share': [1] }])
      expect(keptResponses(check, junk)).toEqual({});
  });
});
