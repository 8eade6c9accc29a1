import { describe, expect, it } from 'vitest';
import { allScenes } from '@/content/scenes';
import { sceneIn } from '@/content/scenes/in-lang';

/*
 * The Chinese descriptions, as a listener hears them (see scene-descriptions.test.ts for the
 * English): short, one sentence, the point first, colours named only by the key's words, no
 * shapes a listener would have to picture, and "文章" for the article's claims.
 */

const EACH_MAX = 70;

/** Colour words: 色 (颜色, 蓝色 …) and the colours' own characters. */
const COLOURS = /[色红绿蓝灰橙黄紫棕粉]/u;

/** Words of the drawing a listener would have to picture as shapes. */
const DRAWING_WORDS = [
  '方框',
  '方块',
  '色块',
  '框',
  '括号',
  '条带',
  '轮廓',
  '虚线',
  '实线',
  '矩形',
  '图块',
  '一行',
  '一列',
  '栏',
];

/** The key's words, by the English words they stand for in a description. */
const KEY_WORDS: Record<string, string> = {
  reused: '复用',
  'built anew': '新建',
  'under strain': '承压',
  'heavy load': '高负载',
};

const pairs = allScenes().map((en) => ({ id: en.id, en: en.description, zh: sceneIn(en, 'zh').description }));
const length = (text: string) => [...text.replace(/\s/g, '')].length;

describe('Chinese scene descriptions, as a listener hears them', () => {
  it(`are each at most ${EACH_MAX} characters long`, () => {
    const long = pairs.filter(({ zh }) => length(zh) > EACH_MAX).map(({ id, zh }) => `${id}: ${length(zh)}`);
    expect(long).toEqual([]);
  });

  it('are each one sentence, ending in 。', () => {
    for (const { id, zh } of pairs) {
      expect(zh, id).toMatch(/。$/);
      expect(zh.slice(0, -1), id).not.toMatch(/[。！？!?]/);
    }
  });

  it('name no colour: only the key’s words say what a colour means', () => {
    expect(pairs.filter(({ zh }) => COLOURS.test(zh)).map(({ id }) => id)).toEqual([]);
  });

  it('use no drawing words a listener would have to picture', () => {
    const named = pairs.flatMap(({ id, zh }) => DRAWING_WORDS.filter((w) => zh.includes(w)).map((w) => `${id}: ${w}`));
    expect(named).toEqual([]);
  });

  it('say what the English says of the key, in the key’s own words (复用, 新建, 承压, 高负载)', () => {
    const missing = pairs.flatMap(({ id, en, zh }) =>
      Object.entries(KEY_WORDS)
        .filter(([english, chinese]) => en.toLowerCase().includes(english) && !zh.includes(chinese))
        .map(([, chinese]) => `${id}: ${chinese}`),
    );
    expect(missing).toEqual([]);
  });

  it('describe the key where the English does, as 图例', () => {
    const keyed = pairs.filter(({ en }) => /\bkey\b/.test(en));
    expect(keyed.length).toBeGreaterThan(0);
    for (const { id, zh } of keyed) expect(zh, id).toContain('图例');
  });

  it('start differently: no two share their first six characters', () => {
    const seen = new Map<string, string>();
    const twins: string[] = [];
    for (const { id, zh } of pairs) {
      const key = [...zh].slice(0, 6).join('');
      const first = seen.get(key);
      if (first) twins.push(`${first} and ${id}: "${key}"`);
      else seen.set(key, id);
    }
    expect(twins).toEqual([]);
  });

  it('speak in one voice: 文章 for its claims, never 作者, 原文 or 我们', () => {
    const voices = pairs.flatMap(({ id, zh }) =>
      ['作者', '原文', '我们', '笔者'].filter((v) => zh.includes(v)).map((v) => `${id}: ${v}`),
    );
    expect(voices).toEqual([]);
  });

  it('invent no numbers: only 11 and 2015, as in English', () => {
    for (const { id, zh } of pairs) {
      for (const n of zh.match(/\d+/g) ?? []) expect(['11', '2015'], id).toContain(n);
    }
  });
});
