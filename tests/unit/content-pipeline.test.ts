import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChapters } from '@/content';
import { parseChapter } from '@/lib/content/parse-chapter';
import { allScenes, isSceneId } from '@/content/scenes';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const meta = "export const meta = { title: 'T', summary: 'S', order: 1 };\n\n";

describe('the chapter pipeline', () => {
  it('reads a chapter’s metadata, steps and reading words', () => {
    const [chapter] = loadChapters(path.join(fixtures, 'good'));
    expect(chapter).toMatchObject({ slug: 'first', title: 'First', order: 1, words: 6, readingMinutes: 1 });
    expect(chapter!.steps).toEqual([
      { id: 'layers', scene: 'layers' },
      { id: 'layers-again', scene: 'layers' },
    ]);
  });

  it('fails on an unknown scene, naming the file and the scene', () => {
    expect(() => loadChapters(path.join(fixtures, 'bad-scene'))).toThrow(
      /01-wrong\.mdx: line 3: unknown scene "platform-ful"/,
    );
  });

  it('fails on two steps with the same id, naming the id', () => {
    const source = `${meta}<Step scene="layers">\n\nA\n\n</Step>\n\n<Step scene="layers">\n\nB\n\n</Step>\n`;
    expect(() => parseChapter('01-x.mdx', source, isSceneId)).toThrow(/01-x\.mdx: .*duplicate step id "layers"/);
  });

  it('fails on a chapter without metadata, naming the file', () => {
    expect(() => parseChapter('02-y.mdx', '<Step scene="layers">\n\nA\n\n</Step>\n', isSceneId)).toThrow(
      /02-y\.mdx: missing `export const meta/,
    );
  });

  it('fails when the file name and meta.order disagree', () => {
    const source = `${meta}<Step scene="layers">\n\nA\n\n</Step>\n`;
    expect(() => parseChapter('03-z.mdx', source, isSceneId)).toThrow(/03-z\.mdx: meta.order is 1/);
  });

  it('fails on a block out of its place, naming the line: a takeaway belongs after the steps', () => {
    const source = `${meta}<Step scene="layers">\n\nA <Takeaway>T</Takeaway>\n\n</Step>\n`;
    expect(() => parseChapter('01-x.mdx', source, isSceneId)).toThrow(
      /01-x\.mdx: line 5: <Takeaway> may not appear inside a <Step>/,
    );
  });

  it('fails on a tag that is no block, and on a step inside another tag', () => {
    const unknown = `${meta}<Step scene="layers">\n\n<Aside>A</Aside>\n\n</Step>\n`;
    expect(() => parseChapter('01-x.mdx', unknown, isSceneId)).toThrow(/line 5: unknown tag <Aside>/);
    const nested = `${meta}<Discuss>\n\n<Step scene="layers">\n\nA\n\n</Step>\n\n</Discuss>\n`;
    expect(() => parseChapter('01-x.mdx', nested, isSceneId)).toThrow(/line 5: <Step> inside <Discuss>/);
  });

  it('fails on a step without a scene', () => {
    expect(() => parseChapter('01-x.mdx', `${meta}<Step>\n\nA\n\n</Step>\n`, isSceneId)).toThrow(/needs a scene/);
  });
});

describe('the real chapters', () => {
  const chapters = loadChapters();

  it('are seven, in reading order, each with steps', () => {
    expect(chapters.map((c) => c.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const chapter of chapters) expect(chapter.steps.length).toBeGreaterThan(0);
  });

  it('give every step a point: why it matters, for its share card', () => {
    const missing = chapters.flatMap((c) => c.steps.filter((s) => !s.point).map((s) => `${c.slug}#${s.id}`));
    expect(missing).toEqual([]);
  });

  it('give each step of a chapter a scene of its own (the language switch finds the step by its picture)', () => {
    for (const chapter of chapters) {
      const scenes = chapter.steps.map((s) => s.scene);
      expect(new Set(scenes).size, chapter.slug).toBe(scenes.length);
    }
  });

  it('show every scene of the diagram at least once', () => {
    const shown = new Set(chapters.flatMap((c) => c.steps.map((s) => s.scene)));
    expect(
      allScenes()
        .filter((scene) => !shown.has(scene.id))
        .map((scene) => scene.id),
    ).toEqual([]);
  });
});
