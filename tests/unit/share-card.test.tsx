import { describe, expect, it } from 'vitest';
import { LABEL, NOTE } from '@/lib/scene/label';
import { DIAGRAM } from '@/lib/design/tokens';
import { DIAGRAM_LIGHT } from '@/lib/design/diagram-colors';
import { getScene } from '@/content/scenes';
import { cardSvg } from '@/scripts/share-cards/card-png';
import { CARD, CARD_DIAGRAM } from '@/scripts/share-cards/share-card';

/** About how wide a feed (a timeline, a chat preview) shows a 1200-wide card. */
const FEED_WIDTH = 500;

describe('share cards', () => {
  const scale = (CARD_DIAGRAM.height / DIAGRAM.narrow.height) * (FEED_WIDTH / CARD.width);

  it('keep box labels at 12 px and notes at 11 px when a feed shows the card 500 px wide', () => {
    expect(LABEL.fontSize * scale).toBeGreaterThanOrEqual(12);
    expect(NOTE.fontSize * scale).toBeGreaterThanOrEqual(11);
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
