// Writes every share card (1200×630 PNG) into out/og/ after `next build`: one per chapter and
// one per step, drawn from the same scene data as the pages. Runs outside Next because the
// App Router does not allow react-dom/server in routes. The Chinese cards (out/zh/og/) are
// drawn only with SHARE_CARDS_ZH=1 until the Chinese routes that link them exist.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadChapters } from '@/content';
import { getScene } from '@/content/scenes';
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

if (process.env.SHARE_CARDS_ZH === '1') {
  const start = performance.now();
  const { count } = await renderChineseCards({ outDir: out });
  console.log(
    `share cards (zh): ${count} written to ${path.relative(process.cwd(), out)}/zh/og/ in ${Math.round(performance.now() - start)} ms`,
  );
}
