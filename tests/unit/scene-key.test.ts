import { describe, expect, it } from 'vitest';
import { drawKey } from '@/components/diagram/draw-key';
import type { SvgNode } from '@/components/diagram/svg-tree';
import { allScenesIn } from '@/content/scenes/in-lang';
import { KEY_WORDS } from '@/content/scenes/key-words';
import { getScene } from '@/content/scenes';
import type { Lang } from '@/lib/i18n/lang';
import { legendEntries } from '@/lib/scene/legend';
import type { LayoutName, SceneFrame } from '@/lib/scene/types';

/**
 * What a frame draws that a reader needs a key for, read from its data alone, apart from the
 * legend's code: the three meaningful hues on boxes and bands; each colour of line (base and
 * muted lines are the same grey); each bracket by its colour, the muted one being the dashed
 * 2015 depth; each dashed outline (a muted frame); each dashed pill (an initiative).
 */
function drawnMarks(frame: SceneFrame): string[] {
  const marks = new Set<string>();
  const seen = <E extends { opacity: number }>(items: readonly E[]) => items.filter((el) => el.opacity > 0);
  for (const node of seen(frame.nodes)) {
    if (node.kind === 'measure') marks.add(`bracket-${node.tone}`);
    else {
      if (['accent', 'new', 'warn'].includes(node.tone)) marks.add(`box-${node.tone}`);
      if (node.kind === 'initiative') marks.add(`pill-${node.tone}`);
    }
  }
  for (const band of seen(frame.bands)) {
    if (band.layer === 'frame' && band.tone === 'muted')
      marks.add(band.id === 'middle-2015' ? 'outline-2015' : 'outline-earlier');
    else if (['accent', 'new', 'warn'].includes(band.tone)) marks.add(`box-${band.tone}`);
  }
  for (const edge of seen(frame.edges)) marks.add(`line-${edge.tone === 'muted' ? 'base' : edge.tone}`);
  return [...marks].sort();
}

const kids = (node: SvgNode) => (typeof node.children === 'string' ? [] : (node.children ?? []));
const textOf = (node: SvgNode): string =>
  typeof node.children === 'string' ? node.children : kids(node).map(textOf).join('');

/** The entries the drawn key shows, as the painter will put them on screen, with their words. */
const keyed = (frame: SceneFrame, layout: LayoutName) =>
  kids(drawKey(frame, layout)).map((entry) => ({ mark: String(entry.attrs['data-key-entry']), words: textOf(entry) }));

/** How a key differs from what its frame draws: each mark keyed but not drawn, or drawn but not keyed. */
function keyProblems(frame: SceneFrame, key: readonly string[]): string[] {
  const drawn = drawnMarks(frame);
  return [
    ...key.filter((mark) => !drawn.includes(mark)).map((mark) => `keys ${mark}, which it does not draw`),
    ...drawn.filter((mark) => !key.includes(mark)).map((mark) => `draws ${mark}, which its key lacks`),
  ];
}

const marksOf = (frame: SceneFrame, layout: LayoutName) => keyed(frame, layout).map((entry) => entry.mark);

const LANGS: Lang[] = ['en', 'zh'];

describe('the key names exactly what each step draws', () => {
  for (const lang of LANGS) {
    it(`${lang}: every scene’s key, wide and on a phone, lists every colour, line, bracket and outline it draws, and nothing else`, () => {
      const problems = allScenesIn(lang).flatMap((scene) =>
        (['wide', 'narrow'] as const).flatMap((layout) =>
          keyProblems(
            layout === 'wide' ? scene : scene.narrow,
            marksOf(layout === 'wide' ? scene : scene.narrow, layout),
          ).map((p) => `${scene.id} (${layout}): ${p}`),
        ),
      );
      expect(problems).toEqual([]);
    });

    it(`${lang}: the phone’s key keeps every entry the wide key has`, () => {
      for (const scene of allScenesIn(lang)) {
        const wide = keyed(scene, 'wide').map((e) => e.mark);
        expect(
          keyed(scene.narrow, 'narrow').map((e) => e.mark),
          scene.id,
        ).toEqual(wide);
      }
    });

    it(`${lang}: every entry says its words in the scene’s language`, () => {
      const words = new Set(Object.values(KEY_WORDS[lang]));
      for (const scene of allScenesIn(lang))
        for (const entry of keyed(scene.narrow, 'narrow'))
          expect(words, `${scene.id} ${entry.mark}`).toContain(entry.words);
    });
  }

  it('a key that lists a tone the scene does not draw is caught', () => {
    const scene = getScene('hema-assembles');
    // The key drawn for the same scene with one reused box more than it has.
    const more = {
      ...scene,
      nodes: scene.nodes.map((n) => (n.id === 'product' ? { ...n, tone: 'accent' as const } : n)),
    };
    expect(keyProblems(scene, marksOf(more, 'wide'))).toEqual(['keys box-accent, which it does not draw']);
  });

  it('a scene that draws a tone its key lacks is caught', () => {
    const scene = getScene('hema-assembles');
    const strained = {
      ...scene,
      bands: scene.bands.map((b) => (b.id === 'middle' ? { ...b, tone: 'warn' as const } : b)),
    };
    // The key drawn for the scene as it was, beside the strained picture.
    expect(keyProblems(strained, marksOf(scene, 'narrow'))).toEqual(['draws box-warn, which its key lacks']);
  });

  it('names the brackets: the depth now beside the dashed depth in 2015, strain in its colour', () => {
    const labels = (id: Parameters<typeof getScene>[0]) =>
      legendEntries(getScene(id)).map((e) => `${e.key}: ${e.label}`);
    expect(labels('thinning')).toEqual([
      'box-accent: Reused',
      'bracket-base: Depth now',
      'bracket-muted: Depth in 2015',
    ]);
    expect(labels('the-question')).toEqual([
      'box-warn: Under strain',
      'bracket-warn: Depth now',
      'bracket-muted: Depth in 2015',
      'outline-2015: Middle in 2015',
    ]);
    expect(labels('layers')).toEqual(['bracket-accent: Middle’s depth']);
    expect(labels('five-new')).toEqual(['box-new: Built anew', 'bracket-base: Middle’s depth', 'pill-base: Planned']);
  });

  it('keys the grey lines beside the blue ones, and a heavy load', () => {
    const lines = (id: Parameters<typeof getScene>[0]) =>
      legendEntries(getScene(id).narrow)
        .filter((e) => e.mark === 'line')
        .map((e) => e.label);
    expect(lines('combinatorial')).toEqual(['Uses', 'Reuses']);
    expect(lines('double-11')).toEqual(['Heavy load']);
  });
});
