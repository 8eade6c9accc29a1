import { describe, expect, it } from 'vitest';
import { allScenesIn } from '@/content/scenes/in-lang';
import { LANGS } from '@/lib/i18n/lang';
import { LABEL, labelSize, textEms } from '@/lib/scene/label';
import { labelMargins, nodeLabelFits } from '@/lib/scene/label-room';
import type { SceneFrame, SceneNode } from '@/lib/scene/types';
import { crampedLabels } from '@/lib/scene/validate';

/** Every labelled node whose words come closer to its outline than the label's padding. */
function tightLabels(frame: SceneFrame, where: string): string[] {
  return frame.nodes
    .filter((node) => node.label !== '' && !nodeLabelFits(node))
    .map((node) => {
      const { x, y } = labelMargins(node, node.label);
      return `${where}: ${node.id} "${node.label}" clear ${x.toFixed(1)} across, ${y.toFixed(1)} down`;
    });
}

/** A service's box; 40 units tall, so that a line's letters stay clear of its rounded corners. */
const service = (label: string, w: number, h = 40): SceneNode => ({
  id: 'fixture',
  kind: 'capability',
  label,
  layer: 'middle',
  tone: 'base',
  opacity: 1,
  box: { x: 0, y: 0, w, h },
});

describe.each(LANGS)('text keeps a margin inside its box, in %s', (lang) => {
  it('every node label, measured in Inter, keeps 8 units clear of its box’s outline across and 4 down, wide and on a phone', () => {
    const tight = allScenesIn(lang).flatMap((scene) => [
      ...tightLabels(scene, scene.id),
      ...tightLabels(scene.narrow, `${scene.id} (phone)`),
    ]);
    expect(tight).toEqual([]);
  });

  it('the labels a review found touching their boxes keep their margin (New manufacturing, Taobao, Your idea?)', () => {
    const scenes = allScenesIn(lang);
    const named = ['new-manufacturing', 'taobao', 'your-business'];
    const found = scenes.flatMap((scene) =>
      [...scene.nodes, ...scene.narrow.nodes].filter((node) => named.includes(node.id) && node.label !== ''),
    );
    expect(new Set(found.map((node) => node.id))).toEqual(new Set(named));
    for (const node of found) expect(nodeLabelFits(node), `${node.id} "${node.label}"`).toBe(true);
  });
});

describe('label margins', () => {
  it('a box whose label touches its edge is found', () => {
    const words = 'Data sharing';
    const touching = service(words, labelSize(words).w);
    expect(labelMargins(touching, words).x).toBeCloseTo(0, 9);
    expect(crampedLabels({ bands: [], nodes: [touching], edges: [], annotations: [] })).toEqual(['fixture']);
    // One unit short of the padding on each side is still too close; the padding itself is not.
    expect(nodeLabelFits(service(words, labelSize(words).w + 2 * LABEL.padX - 2))).toBe(false);
    expect(nodeLabelFits(service(words, labelSize(words).w + 2 * LABEL.padX))).toBe(true);
  });

  it('a box too short for its lines is found', () => {
    const words = 'Data\nsharing';
    expect(nodeLabelFits(service(words, 200, 2 * LABEL.lineHeight + 2 * LABEL.padY))).toBe(true);
    expect(nodeLabelFits(service(words, 200, 2 * LABEL.lineHeight + 2 * LABEL.padY - 1))).toBe(false);
  });

  it('a pill’s rounded ends take room from a line that reaches into them', () => {
    const words = 'New\nmanufacturing';
    const width = textEms('manufacturing') * LABEL.fontSize + 2 * LABEL.padX;
    const box = service(words, width, 48);
    const pill = { ...box, kind: 'initiative' as const };
    // In a box with small corners the longer line keeps about its padding; in a pill its letters
    // come close to the curve.
    expect(labelMargins(box, words).x).toBeGreaterThan(LABEL.padX - 1.5);
    expect(labelMargins(pill, words).x).toBeLessThan(LABEL.padX - 4);
    expect(nodeLabelFits(pill)).toBe(false);
    expect(nodeLabelFits({ ...pill, box: { ...pill.box, w: width + 14 } })).toBe(true);
  });

  it('a stack drawn smaller keeps its padding at its own scale', () => {
    const words = 'Inventory';
    const small = { ...service(words, (labelSize(words).w + 2 * LABEL.padX) * 0.5, 20), scale: 0.5 };
    expect(labelMargins(small, words).x).toBeCloseTo(LABEL.padX, 9);
    expect(labelMargins(small, words).y).toBeCloseTo((40 - LABEL.lineHeight) / 2, 9);
  });
});
