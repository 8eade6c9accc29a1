import { describe, expect, it } from 'vitest';
import { contains, LABEL, labelFits, labelSize, NOTE, row, underGaps, VIEWBOX_BOX } from '@/lib/scene/layout';
import { NARROW_PAGES, NARROW_VIEWBOX, VIEWBOXES } from '@/lib/scene/types';
import { allScenesIn } from '@/content/scenes/in-lang';
import { KEY_WORDS } from '@/content/scenes/key-words';
import { LANGS } from '@/lib/i18n/lang';
import { KEY_LINES, keyEntryWidth, legendEntries, placeKey } from '@/lib/scene/legend';
import { clashingWords, crampedLabels, noteBox, overlappingNodes } from '@/lib/scene/validate';

describe.each(LANGS)('scene layout, in %s', (lang) => {
  const scenes = allScenesIn(lang);

  it('every scene’s boxes stay inside the viewBox', () => {
    for (const scene of scenes) {
      for (const el of [...scene.bands, ...scene.nodes]) {
        expect(contains(VIEWBOX_BOX, el.box), `${scene.id}: ${el.id}`).toBe(true);
      }
    }
  });

  it('no two visible nodes overlap in any scene, wide or on a phone', () => {
    for (const scene of scenes) {
      expect(overlappingNodes(scene), scene.id).toEqual([]);
      expect(overlappingNodes(scene.narrow), `${scene.id} (phone)`).toEqual([]);
    }
  });

  it('on a phone every label fits its box at full size: none is drawn smaller', () => {
    for (const scene of scenes) {
      expect(crampedLabels(scene.narrow), scene.id).toEqual([]);
      for (const el of [...scene.narrow.nodes, ...scene.narrow.bands])
        expect(el.scale, `${scene.id}: ${el.id}`).toBeUndefined();
    }
  });

  it('every node sits inside a band or frame of its scene', () => {
    for (const scene of scenes) {
      for (const node of scene.nodes.filter((n) => n.kind !== 'measure')) {
        const holders = scene.bands.filter((band) => contains(band.box, node.box));
        expect(holders.length, `${scene.id}: ${node.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('annotations stay inside the viewBox', () => {
    for (const scene of scenes) {
      for (const note of scene.annotations) {
        const box = noteBox(note);
        expect(box.x, `${scene.id}: ${note.id}`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.w, `${scene.id}: ${note.id}`).toBeLessThanOrEqual(VIEWBOX_BOX.w);
        expect(note.y - LABEL.fontSize, `${scene.id}: ${note.id}`).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('on a phone, notes stay inside the phone’s viewBox', () => {
    for (const scene of scenes) {
      for (const note of scene.narrow.annotations) {
        const box = noteBox(note);
        expect(box.x, `${scene.id}: ${note.id}`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.w, `${scene.id}: ${note.id}`).toBeLessThanOrEqual(NARROW_VIEWBOX.width * NARROW_PAGES);
      }
    }
  });

  it('no note is drawn over another note, a band’s label or a box, wide or on a phone', () => {
    const clashes = scenes.flatMap((scene) => [
      ...clashingWords(scene).map((clash) => `${scene.id}: ${clash}`),
      ...clashingWords(scene.narrow).map((clash) => `${scene.id} (phone): ${clash}`),
    ]);
    expect(clashes).toEqual([]);
  });

  it('the key fits along the bottom of both drawings, on no more lines than each has room for', () => {
    for (const scene of scenes) {
      for (const layout of ['wide', 'narrow'] as const) {
        const frame = layout === 'wide' ? scene : scene.narrow;
        const placed = placeKey(legendEntries(frame, KEY_WORDS[lang]), layout, NOTE.fontSize);
        const where = `${scene.id} (${layout})`;
        for (const { entry, x, y } of placed) {
          // The space after an entry is not drawn; the words' descenders are.
          expect(x + keyEntryWidth(entry.label, NOTE.fontSize) - 14, `${where} ${entry.key}`).toBeLessThanOrEqual(
            VIEWBOXES[layout].width,
          );
          expect(y + NOTE.fontSize * 0.25, `${where} ${entry.key}`).toBeLessThanOrEqual(VIEWBOXES[layout].height);
        }
        expect(new Set(placed.map((p) => p.y)).size, where).toBeLessThanOrEqual(KEY_LINES[layout]);
      }
    }
  });
});

describe('scene layout', () => {
  it('node labels are 17 units: at least 12 CSS px in the phone drawing, even squeezed to 45% of a 740 px screen', () => {
    expect(LABEL.fontSize).toBeGreaterThanOrEqual(17);
    const canvas = Math.min(344 / NARROW_VIEWBOX.width, (0.45 * 740 - 3.4 * 16) / NARROW_VIEWBOX.height);
    expect(LABEL.fontSize * canvas).toBeGreaterThanOrEqual(12);
    expect(NOTE.fontSize * canvas).toBeGreaterThanOrEqual(12);
  });

  it('row() splits a span into equal boxes with fixed gaps', () => {
    const boxes = row(['a', 'b', 'c'], { x0: 0, x1: 320, y: 5, h: 10, gap: 10 });
    expect(boxes).toEqual({
      a: { x: 0, y: 5, w: 100, h: 10 },
      b: { x: 110, y: 5, w: 100, h: 10 },
      c: { x: 220, y: 5, w: 100, h: 10 },
    });
  });

  it('row() caps boxes at maxW and centres the run', () => {
    const boxes = row(['a', 'b'], { x0: 0, x1: 300, y: 0, h: 10, gap: 20, maxW: 50 });
    expect(boxes.a!.x).toBe(90);
    expect(boxes.b!.x).toBe(160);
    expect(row(['solo'], { x0: 0, x1: 100, y: 0, h: 10, maxW: 40 }).solo).toEqual({ x: 30, y: 0, w: 40, h: 10 });
  });

  it('underGaps() centres boxes under the gaps of the row above', () => {
    const above = Object.values(row(['a', 'b', 'c'], { x0: 0, x1: 320, y: 0, h: 10, gap: 10 }));
    const below = underGaps(above, ['x', 'y'], 20, 10, 40);
    expect(below.x!.x + 20).toBe(105);
    expect(below.y!.x + 20).toBe(215);
  });

  it('labelFits() measures the widest line and counts the lines', () => {
    const width = labelSize('Inventory').w + 2 * LABEL.padX;
    expect(labelFits('Inventory', { x: 0, y: 0, w: width, h: 28 })).toBe(true);
    expect(labelFits('Inventory', { x: 0, y: 0, w: width - 1, h: 28 })).toBe(false);
    expect(labelFits('Data\nsharing', { x: 0, y: 0, w: 100, h: 40 })).toBe(false);
  });
});
