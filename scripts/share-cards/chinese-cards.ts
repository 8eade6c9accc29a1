import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadEdition } from '@/content';
import { getScene } from '@/content/scenes';
import type { Chapter } from '@/lib/content/types';
import type { SceneId } from '@/lib/scene/types';
import { cardPath } from '@/lib/site';
import { cardSvg, svgToPng } from './card-png';
import { type CjkFont, charsOf, describeCjkFont, drawnText, subsetCjkFont } from './cjk-font';
import { type CardScene, editionCards } from './edition-cards';

export interface ChineseCardsOptions {
  /** The site's output folder; cards go to `<outDir>/zh/og/<slug>/<id>.png`. */
  outDir: string;
  /** The scene each card draws; pass the scene with its Chinese words (default: as in English). */
  sceneFor?: (id: SceneId) => CardScene;
  /** Any more text the font must hold beyond what the cards draw (e.g. every Chinese label). */
  extraText?: readonly string[];
  /** The Chinese chapters (default: content/zh/chapters, checked against English). */
  chapters?: readonly Chapter[];
  /** Where cut fonts are cached (default .cache/card-fonts). */
  cacheDir?: string;
}

/** Every Chinese card laid out, with its SVG (the font is cut to what these draw). */
export function chineseCards(chapters: readonly Chapter[], sceneFor: (id: SceneId) => CardScene) {
  return editionCards(chapters, 'zh', sceneFor).map((card) => ({ ...card, svg: cardSvg(card.card) }));
}

/**
 * Draws every Chinese share card: the cards are laid out first, the font is cut to the
 * characters they draw (plus `extraText`), then each is drawn to PNG with it.
 */
export async function renderChineseCards({
  outDir,
  sceneFor = getScene,
  extraText = [],
  chapters = loadEdition('zh'),
  cacheDir,
}: ChineseCardsOptions): Promise<{ count: number; font: CjkFont }> {
  const cards = chineseCards(chapters, sceneFor);
  const font = await subsetCjkFont(charsOf([...cards.flatMap((card) => drawnText(card.svg)), ...extraText]), cacheDir);
  console.log(`share cards (zh): ${describeCjkFont(font)}`);
  for (const { slug, id, svg } of cards) {
    const file = path.join(outDir, 'zh', cardPath(slug, id));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, svgToPng(svg, 'zh', font.files));
  }
  return { count: cards.length, font };
}
