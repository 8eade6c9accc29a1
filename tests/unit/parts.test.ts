import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChapters } from '@/content';
import { getScene, isSceneId } from '@/content/scenes';
import { getSceneIn } from '@/content/scenes/in-lang';
import { parseMdx, walk } from '@/lib/content/mdx-tree';
import { parseChapter } from '@/lib/content/parse-chapter';
import remarkPartScene from '@/lib/mdx/remark-part-scene.mjs';
import { sceneParts } from '@/lib/scene/parts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const meta = "export const meta = { title: 'T', summary: 'S', order: 1 };\n\n";
const partsOf = (scene: Parameters<typeof getScene>[0]) => sceneParts(getScene(scene)).map((p) => p.id);
const chapter = (body: string) => parseChapter('01-x.mdx', `${meta}${body}`, isSceneId, 'en', partsOf);

describe('words that point into the picture', () => {
  it('fails the build naming the chapter file, the part and the step’s scene when the picture does not draw it', () => {
    expect(() => loadChapters(path.join(fixtures, 'part-not-drawn'))).toThrow(
      /part-not-drawn\/01-first\.mdx: line 11: <Part id="hema"> names no part of scene "layers" \(step "hema-too"\)/,
    );
  });

  it('reads a step whose parts its scene draws', () => {
    const read = chapter('<Step scene="layers">\n\nOne <Part id="payment">payment</Part> service.\n\n</Step>\n');
    expect(read.steps).toEqual([{ id: 'layers', scene: 'layers' }]);
  });

  it('refuses a part outside a step, one without an id, and one that marks no words', () => {
    expect(() => chapter('<Step scene="layers">\n\nA\n\n</Step>\n\nAfter <Part id="payment">pay</Part>.\n')).toThrow(
      /line 9: <Part> may not appear outside a <Step>/,
    );
    expect(() => chapter('<Step scene="layers">\n\nA <Part>pay</Part>.\n\n</Step>\n')).toThrow(
      /line 5: a <Part> needs id="…"/,
    );
    expect(() => chapter('<Step scene="layers">\n\nA <Part id="payment"></Part>.\n\n</Step>\n')).toThrow(
      /<Part id="payment"> marks no words/,
    );
  });

  it('offers the labelled boxes and bands a scene draws, on one line, in each language', () => {
    const english = sceneParts(getScene('layers'));
    expect(english).toContainEqual({ id: 'payment', label: 'Payment' });
    expect(english).toContainEqual({ id: 'middle', label: 'Middle platform' });
    expect(english.map((p) => p.id)).not.toContain('hema');
    expect(sceneParts(getSceneIn('layers', 'zh'))).toContainEqual({ id: 'payment', label: '支付' });
    const lines = { bands: [], edges: [], annotations: [] };
    const node = { kind: 'frontend', layer: 'front', box: { x: 0, y: 0, w: 1, h: 1 }, tone: 'base' } as const;
    const parts = sceneParts({
      ...lines,
      nodes: [
        { ...node, id: 'yours', label: 'Your\nbusiness?', opacity: 1 },
        { ...node, id: 'faded', label: 'Gone', opacity: 0 },
        { ...node, id: 'bracket', kind: 'measure', label: '', opacity: 1 },
        { ...node, id: 'zh', label: '你的\n业务？', opacity: 1 },
      ],
    });
    expect(parts).toEqual([
      { id: 'yours', label: 'Your business?' },
      { id: 'zh', label: '你的业务？' },
    ]);
  });

  it('gives each part the scene of the step it is in', () => {
    const tree = parseMdx(
      '<Step scene="layers">\n\nA <Part id="payment">pay</Part>.\n\n</Step>\n\n<Step scene="hema-assembles">\n\n<Part id="hema">Hema</Part>\n\n</Step>\n',
    );
    remarkPartScene()(tree as never);
    const scenes = [...walk(tree)]
      .filter(([node]) => node.name === 'Part')
      .map(([node]) => node.attributes?.find((a) => a.name === 'scene')?.value);
    expect(scenes).toEqual(['layers', 'hema-assembles']);
  });
});
