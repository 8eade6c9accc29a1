// Writes every share card (1200×630 PNG) into out/og/ after `next build`: one per chapter and
// one per step, drawn from the same scene data as the pages. Runs outside Next because the
// App Router does not allow react-dom/server in routes. The Chinese edition's cards go into
// out/zh/og/, their diagrams in Chinese, in a CJK font cut to the characters they draw.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadChapters } from '@/content';
import { getScene } from '@/content/scenes';
import { getSceneIn } from '@/content/scenes/in-lang';
import { cardPath } from '@/lib/site';
import { renderCardPng } from './card-png';
import { renderChineseCards } from './chinese-cards';
import { editionCards } from './edition-cards';

const out = path.join(process.cwd(), process.env.SITE_OUT_DIR || 'out');
const cards = editionCards(loadChapters(), 'en', getScene);
for (const { slug, id, card } of cards) {
  const file = path.join(out, cardPath(slug, id));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, renderCardPng(card));
}
console.log(`share cards: ${cards.length} written to ${path.relative(process.cwd(), out)}/og/`);

const start = performance.now();
const { count } = await renderChineseCards({ outDir: out, sceneFor: (id) => getSceneIn(id, 'zh') });
console.log(
  `share cards (zh): ${count} written to ${path.relative(process.cwd(), out)}/zh/og/ in ${Math.round(performance.now() - start)} ms`,
);
