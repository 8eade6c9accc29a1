import { Resvg } from '@resvg/resvg-js';
import path from 'node:path';
import type { ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { CARD, ShareCard } from './share-card';

const FONTS = ['400Regular/Inter_400Regular.ttf', '600SemiBold/Inter_600SemiBold.ttf', '700Bold/Inter_700Bold.ttf'].map(
  (file) => path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'inter', file),
);

/** Draws a share card to PNG at build time, with a bundled font so every machine draws the same. */
export function renderCardPng(card: ComponentProps<typeof ShareCard>): Uint8Array {
  const svg = renderToStaticMarkup(<ShareCard {...card} />);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD.width },
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Inter' },
  });
  return resvg.render().asPng();
}
