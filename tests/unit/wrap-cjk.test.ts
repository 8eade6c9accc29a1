import { describe, expect, it } from 'vitest';
import { loadEdition } from '@/content';
import { textEms, wrapCjkDisplay, wrapCjkLines, wrapCjkText } from '@/lib/share/wrap-cjk';

const NO_START = /^[，。、：；！？）”’》」』】…—]/u;
const NO_END = /[“‘（《「『【]$/u;

describe('wrapCjkText', () => {
  it('wraps a Chinese headline by character, about one em each', () => {
    expect(wrapCjkText('一家和网店截然不同的超市', 5, 0.55)).toEqual(['一家和网店', '截然不同的', '超市']);
  });

  it('keeps closing punctuation with the character before it', () => {
    // Five em would end the first line at 五 and start the second with the comma.
    expect(wrapCjkText('一二三四五，六七', 5, 0.55)).toEqual(['一二三四', '五，六七']);
    expect(wrapCjkText('一二三四五。', 5, 0.55)).toEqual(['一二三四', '五。']);
  });

  it('keeps opening punctuation with the character after it', () => {
    expect(wrapCjkText('一二三四“拆”字', 5, 0.55)).toEqual(['一二三四', '“拆”字']);
    expect(wrapCjkText('一二三四（五）', 5, 0.55)).toEqual(['一二三四', '（五）']);
  });

  it('keeps Latin words and numbers whole, and breaks at their spaces', () => {
    const lines = wrapCjkText('阿里在 2015 年提出 TMD 和 AI 中台', 6, 0.55);
    expect(lines.join('|')).not.toMatch(/\d\|\d|[A-Z]\|[A-Z]/);
    for (const word of ['2015', 'TMD', 'AI']) expect(lines.some((line) => line.includes(word))).toBe(true);
    expect(lines.every((line) => line === line.trim())).toBe(true);
  });

  it('measures Han as one em and Latin at the given advance', () => {
    expect(textEms('中台', 0.5)).toBe(2);
    expect(textEms('AI', 0.5)).toBe(1);
    expect(textEms('，。“”', 0.5)).toBe(4);
  });
});

describe('wrapCjkLines', () => {
  it('ends a cut text with an ellipsis, without a comma before it, within the width', () => {
    const lines = wrapCjkLines('外界听到的是一个拆字，这个字用得对不对，正是这个故事要回答的问题。', 10, 2, 0.55);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/[^，。]…$/u);
    expect(textEms(lines[1]!, 0.55)).toBeLessThanOrEqual(10);
  });

  it('never starts a line with closing punctuation or ends one with opening punctuation, in any Chinese chapter', () => {
    const texts = loadEdition('zh').flatMap((chapter) => [
      chapter.title,
      chapter.summary,
      ...chapter.steps.map((step) => step.point ?? ''),
    ]);
    for (const width of [7, 9, 10, 11, 16, 17]) {
      for (const text of texts) {
        for (const lines of [wrapCjkText(text, width, 0.55), wrapCjkDisplay(text, width, 99, 0.55)]) {
          expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
          for (const line of lines) {
            expect(line).not.toMatch(NO_START);
            expect(line).not.toMatch(NO_END);
          }
        }
      }
    }
  });
});

describe('wrapCjkDisplay', () => {
  it('does not leave a title one or two characters on its last line, and breaks it between words', () => {
    expect(wrapCjkText('中台擅长什么：盒马鲜生', 9.5, 0.55)).toEqual(['中台擅长什么：盒马', '鲜生']);
    expect(wrapCjkDisplay('中台擅长什么：盒马鲜生', 9.5, 4, 0.55)).toEqual(['中台擅长什么：', '盒马鲜生']);
  });

  it('keeps the wrap by character when the last line is at least half full', () => {
    const text = '当新业务是旧零件的新组合时，一个分门别类、整理有序的中台能让它抢先起跑。';
    expect(wrapCjkDisplay(text, 10, 6, 0.55)).toEqual(wrapCjkText(text, 10, 0.55));
  });
});
