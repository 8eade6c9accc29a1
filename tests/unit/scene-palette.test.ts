import { describe, expect, it } from 'vitest';
import {
  BAND_FILL,
  BAND_LABEL_INK,
  bandColors,
  contrast,
  edgeColor,
  mixColors,
  nodeColors,
  PAGE,
  TONES,
} from '@/lib/scene/palette';
import { legendEntries } from '@/lib/scene/legend';
import { getScene } from '@/content/scenes';
import type { NodeKind, Tone } from '@/lib/scene/types';

const tones = Object.keys(TONES) as Tone[];
const kinds: NodeKind[] = ['frontend', 'capability', 'infrastructure', 'stack', 'company', 'initiative'];

describe('palette', () => {
  it('every node label reads at 4.5:1 on its fill', () => {
    for (const kind of kinds) {
      for (const tone of tones) {
        const c = nodeColors(kind, tone);
        expect(contrast(c.text, c.fill), `${kind}/${tone}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('every box outline and line reads at 3:1 on the page', () => {
    for (const tone of tones) {
      expect(contrast(TONES[tone].stroke, PAGE), tone).toBeGreaterThanOrEqual(3);
      expect(contrast(edgeColor(tone), PAGE), tone).toBeGreaterThanOrEqual(3);
    }
  });

  it('band labels and annotations read at 4.5:1 on the page and on every band', () => {
    for (const fill of [PAGE, ...Object.values(BAND_FILL)]) {
      expect(contrast(BAND_LABEL_INK, fill)).toBeGreaterThanOrEqual(4.5);
      for (const tone of tones) expect(contrast(TONES[tone].text, fill), tone).toBeGreaterThanOrEqual(4.5);
    }
    for (const tone of tones) {
      const c = bandColors('frame', tone);
      expect(contrast(c.text, PAGE), tone).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('a half-blended tone lies between its two tones, not off to one side', () => {
    const mid = mixColors([
      [TONES.base.stroke, 0.5],
      [TONES.accent.stroke, 0.5],
    ]);
    expect(nodeColors('capability', 'base', { base: 0.5, accent: 0.5 }).stroke).toBe(mid);
    expect(contrast(mid, TONES.base.stroke)).toBeLessThan(contrast(TONES.accent.stroke, TONES.base.stroke));
    expect(mixColors([[TONES.new.fill, 1]])).toBe(TONES.new.fill);
  });

  it('the legend lists only the tones a scene uses', () => {
    expect(legendEntries(getScene('platform-full'))).toEqual([]);
    expect(legendEntries(getScene('six-services')).map((e) => e.label)).toEqual(['Reused', 'Built anew', 'Uses']);
    expect(legendEntries(getScene('double-11')).map((e) => e.label)).toEqual(['Reused', 'Heavy load']);
    expect(legendEntries(getScene('platform-cracks')).map((e) => e.label)).toEqual(['Under strain']);
  });
});
