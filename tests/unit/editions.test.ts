import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEdition } from '@/content';
import { isSceneId } from '@/content/scenes';
import { parseChapter } from '@/lib/content/parse-chapter';
import { readingLength, readingMinutes } from '@/lib/content/reading';

const fixtures = path.join(import.meta.dirname, 'fixtures');

describe('the Chinese edition', () => {
  it('lines up with English: every chapter, step and self-check question of the project', () => {
    const english = loadEdition('en');
    const chinese = loadEdition('zh');
    expect(chinese.map((c) => [c.file, c.lang])).toEqual(english.map((c) => [c.file, 'zh']));
    chinese.forEach((chapter, i) => {
      expect(chapter.steps.map((s) => [s.id, s.scene])).toEqual(english[i]!.steps.map((s) => [s.id, s.scene]));
      expect(chapter.title).toMatch(/\p{Script=Han}/u);
      expect(chapter.steps.every((s) => s.point && /\p{Script=Han}/u.test(s.point))).toBe(true);
    });
  });

  it('reads a twin with the same steps and self-check as its English chapter', () => {
    const [chapter] = loadEdition('zh', path.join(fixtures, 'twins-good'));
    expect(chapter).toMatchObject({ slug: 'first', title: '第一章', lang: 'zh' });
    expect(chapter!.check.map((q) => q.id)).toEqual(['why-share', 'what-holds', 'in-order']);
  });

  it('fails the build naming the Chinese file when its steps do not match English', () => {
    expect(() => loadEdition('zh', path.join(fixtures, 'twins-misaligned'))).toThrow(
      /twins-misaligned\/content\/zh\/chapters\/01-first\.mdx: step 2 should be shared \(scene shared-capabilities\) as in English, but is shared-all/,
    );
  });

  it('fails naming the file when an English chapter has no Chinese twin', () => {
    expect(() => loadEdition('zh', path.join(fixtures, 'twins-missing'))).toThrow(
      /content\/zh\/chapters\/02-second\.mdx: is missing/,
    );
  });

  it('refuses Chinese feedback that starts with a verdict, as it does English', () => {
    const source = `export const meta = { title: 'T', summary: 'S', order: 1 };

<Step scene="layers" id="layers">

甲

</Step>

<SelfCheck>

<Question id="q" kind="one" step="layers" ask="哪个？">
  <Answer right why="正确，因为它在上面。">甲</Answer>
  <Answer why="它在下面。">乙</Answer>
</Question>

<Question id="r" kind="one" step="layers" ask="哪个？">
  <Answer right why="它在上面。">甲</Answer>
  <Answer why="它在下面。">乙</Answer>
</Question>

</SelfCheck>
`;
    expect(() => parseChapter('01-x.mdx', source, isSceneId, 'zh')).toThrow(/starts with a verdict \("正确"\)/);
  });

  it('counts Chinese reading time in characters, a Latin name as one', () => {
    expect(readingLength('阿里巴巴在 2015 年提出了中台战略。', 'zh')).toBe(13 + 1);
    expect(readingLength('TMD 是今日头条、美团、滴滴。', 'zh')).toBe(1 + 9);
    expect(readingLength('Big middle, small front.', 'en')).toBe(4);
    expect(readingMinutes(2000, 'zh')).toBe(5);
    expect(readingMinutes(2000, 'en')).toBe(9);
  });
});
