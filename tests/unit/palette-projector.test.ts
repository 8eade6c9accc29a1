import { rgb } from 'd3-color';
import { describe, expect, it } from 'vitest';
import { DIAGRAM_DARK, DIAGRAM_LIGHT } from '@/lib/design/diagram-colors';
import { contrast, edgeColor, nodeColors, resolveColors } from '@/lib/scene/palette';
import type { NodeKind, Tone } from '@/lib/scene/types';

/**
 * A projector in a lit room lifts its blacks: every colour on the screen moves toward white.
 * `washed` models that as a 30% mix toward white (in sRGB, as the eye sees the light added);
 * lecture mode's diagram must still read through it, in the light scheme and in the dark one
 * (lecture mode follows the reader's scheme like every page).
 */
const WASH = 0.3;
const washed = (color: string) => {
  const c = rgb(color);
  return rgb(c.r + (255 - c.r) * WASH, c.g + (255 - c.g) * WASH, c.b + (255 - c.b) * WASH).formatHex();
};

/** Large text's WCAG floor for labels; and lines must still stand out from the page. */
const LABEL_MIN = 3;
const LINE_MIN = 2;

const kinds: NodeKind[] = ['frontend', 'capability', 'infrastructure', 'stack', 'company', 'initiative'];

for (const [scheme, colors] of [
  ['light', DIAGRAM_LIGHT],
  ['dark', DIAGRAM_DARK],
] as const) {
  const washedContrast = (a: string, b: string) =>
    contrast(washed(resolveColors(a, colors)), washed(resolveColors(b, colors)));
  const tones = Object.keys(colors.tones) as Tone[];

  describe(`the ${scheme} palette on a washed-out projector`, () => {
    it(`every node label reads at ${LABEL_MIN}:1 on its fill`, () => {
      for (const kind of kinds) {
        for (const tone of tones) {
          const c = nodeColors(kind, tone);
          expect(washedContrast(c.text, c.fill), `${kind}/${tone}`).toBeGreaterThanOrEqual(LABEL_MIN);
        }
      }
    });

    it(`band labels and annotations read at ${LABEL_MIN}:1 on the page and on every band`, () => {
      for (const fill of [colors.page, ...Object.values(colors.bandFill)]) {
        const label = washedContrast(colors.bandLabel, fill);
        expect(label, `band label on ${fill}`).toBeGreaterThanOrEqual(LABEL_MIN);
        for (const tone of tones)
          expect(washedContrast(colors.tones[tone].text, fill), `${tone} on ${fill}`).toBeGreaterThanOrEqual(LABEL_MIN);
      }
    });

    it(`box outlines and lines stand out at ${LINE_MIN}:1 from the page and from the boxes' fills`, () => {
      for (const tone of tones) {
        const outline = washedContrast(colors.tones[tone].stroke, colors.page);
        expect(outline, `${tone} outline`).toBeGreaterThanOrEqual(LINE_MIN);
        expect(washedContrast(edgeColor(tone), colors.page), `${tone} line`).toBeGreaterThanOrEqual(LINE_MIN);
        for (const kind of kinds) {
          const c = nodeColors(kind, tone);
          const onFill = washedContrast(c.stroke, c.fill);
          expect(onFill, `${kind}/${tone} outline on fill`).toBeGreaterThanOrEqual(LINE_MIN);
        }
      }
    });
  });
}
