import { Resvg } from '@resvg/resvg-js';
import path from 'node:path';
import type { ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DIAGRAM_LIGHT } from '@/lib/design/diagram-colors';
import type { Lang } from '@/lib/i18n/lang';
import { resolveColors } from '@/lib/scene/palette';
import { CARD_WORDS } from './card-words';
import { CARD, ShareCard } from './share-card';

/**
 * Inter at the weights a card draws: the diagram's key (400), its service labels (500), its front
 * ends, band labels and notes (600), the card's headline (700). The same design as the pages'
 * self-hosted Inter, whose advance widths the diagram's labels are fitted to (lib/scene/label.ts).
 */
const FONTS = ['400Regular', '500Medium', '600SemiBold', '700Bold'].map((weight) =>
  path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'inter', weight, `Inter_${weight}.ttf`),
);

type CardProps = ComponentProps<typeof ShareCard>;

/**
 * Draws a share card to PNG at build time, with a bundled font so every machine draws the same.
 * A card is always light (a feed shows it on its own ground): the diagram's named colours are
 * written in from the light palette, since the renderer knows no stylesheet.
 */
export function cardSvg(card: CardProps): string {
  return resolveColors(renderToStaticMarkup(<ShareCard {...card} />), DIAGRAM_LIGHT);
}

/**
 * A card's SVG as PNG. English is drawn in Inter. Chinese needs `cjkFontFiles` (the cut Noto Sans
 * SC of ./cjk-font.ts) and makes it the default family too, since resvg does not fall back from
 * one font to another for a missing glyph: the diagram's labels, whose family the renderer cannot
 * read (a CSS variable), would otherwise be drawn as boxes.
 */
export function svgToPng(svg: string, lang: Lang = 'en', cjkFontFiles: readonly string[] = []): Uint8Array {
  if (lang !== 'en' && cjkFontFiles.length === 0) throw new Error(`A ${lang} card needs the CJK font files`);
  const font =
    lang === 'en'
      ? { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Inter' }
      : {
          fontFiles: [...FONTS, ...cjkFontFiles],
          loadSystemFonts: false,
          defaultFontFamily: CARD_WORDS[lang].fontFamily,
        };
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD.width }, font }).render().asPng();
}

/** A card as PNG, in its language (`card.lang`, English if unset); see svgToPng. */
export function renderCardPng(card: CardProps, cjkFontFiles: readonly string[] = []): Uint8Array {
  return svgToPng(cardSvg(card), card.lang, cjkFontFiles);
}
