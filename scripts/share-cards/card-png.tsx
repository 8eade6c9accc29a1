import { Resvg } from '@resvg/resvg-js';
import path from 'node:path';
import type { ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DIAGRAM_LIGHT } from '@/lib/design/diagram-colors';
import { resolveColors } from '@/lib/scene/palette';
import { CARD, ShareCard } from './share-card';

const FONTS = ['400Regular/Inter_400Regular.ttf', '600SemiBold/Inter_600SemiBold.ttf', '700Bold/Inter_700Bold.ttf'].map(
  (file) => path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'inter', file),
);

/**
 * Draws a share card to PNG at build time, with a bundled font so every machine draws the same.
 * A card is always light (a feed shows it on its own ground): the diagram's named colours are
 * written in from the light palette, since the renderer knows no stylesheet.
 */
export function cardSvg(card: ComponentProps<typeof ShareCard>): string {
  return resolveColors(renderToStaticMarkup(<ShareCard {...card} />), DIAGRAM_LIGHT);
}

export function renderCardPng(card: ComponentProps<typeof ShareCard>): Uint8Array {
  const resvg = new Resvg(cardSvg(card), {
    fitTo: { mode: 'width', value: CARD.width },
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Inter' },
  });
  return resvg.render().asPng();
}
