import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { BAND_LABEL, KEY_TEXT, LABEL, NOTE } from '@/lib/scene/label';
import { DIAGRAM } from '@/lib/design/tokens';
import { DIAGRAM_LIGHT } from '@/lib/design/diagram-colors';
import { getScene } from '@/content/scenes';
import { cardSvg, svgToPng } from '@/scripts/share-cards/card-png';
import { CARD, CARD_DIAGRAM } from '@/scripts/share-cards/share-card';

/** About how wide a feed (a timeline, a chat preview) shows a 1200-wide card. */
const FEED_WIDTH = 500;

describe('share cards', () => {
  const scale = (CARD_DIAGRAM.height / DIAGRAM.narrow.height) * (FEED_WIDTH / CARD.width);

  it('keep box labels at 12 px and notes at 11 px when a feed shows the card 500 px wide', () => {
    expect(LABEL.fontSize * scale).toBeGreaterThanOrEqual(12);
    expect(NOTE.fontSize * scale).toBeGreaterThanOrEqual(11);
  });

  it('draw the diagram’s words in Inter at each weight the diagram sets them in', () => {
    const drawing = (weight: number) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="120"><text x="20" y="80" font-size="60" font-weight="${weight}">Inventory</text></svg>`;
      const png = svgToPng(svg);
      return createHash('sha256').update(png).digest('hex');
    };
    const drawn = [LABEL.weight, LABEL.frontWeight, KEY_TEXT.weight, NOTE.weight, BAND_LABEL.weight].map(drawing);
    // A weight the cards have no face for would be drawn in the nearest one, and look the same.
    expect(new Set(drawn).size).toBe(3);
    expect(drawn[0]).not.toBe(drawn[1]);
    expect(drawn[0]).not.toBe(drawn[2]);
  });

  it('fit the phone drawing inside the card without distorting it', () => {
    expect(CARD_DIAGRAM.width / CARD_DIAGRAM.height).toBeCloseTo(DIAGRAM.narrow.width / DIAGRAM.narrow.height);
    expect(CARD_DIAGRAM.x + CARD_DIAGRAM.width).toBeLessThanOrEqual(CARD.width);
    expect(CARD_DIAGRAM.y + CARD_DIAGRAM.height).toBeLessThanOrEqual(CARD.height);
  });

  it('are drawn in the light palette with every colour written in, since a PNG renderer knows no stylesheet', () => {
    const svg = cardSvg({ chapter: { order: 3, count: 7 }, headline: 'Hema', scene: getScene('six-services') });
    expect(svg).not.toMatch(/var\(--dg-|color-mix\(/);
    expect(svg).toContain(`fill="${DIAGRAM_LIGHT.tones.accent.fill}"`);
    expect(svg).toContain(`fill="${DIAGRAM_LIGHT.tones.new.fill}"`);
  });
});
