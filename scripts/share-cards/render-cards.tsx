// Writes every share card (1200×630 PNG) into out/og/ after `next build`: one per chapter and
// one per step, drawn from the same scene data as the pages. Runs outside Next because the
// App Router does not allow react-dom/server in routes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadChapters } from '@/content';
import { getScene } from '@/content/scenes';
import { CHAPTER_CARD, cardPath } from '@/lib/site';
import { renderCardPng } from './card-png';

const out = path.join(process.cwd(), process.env.SITE_OUT_DIR || 'out');
const chapters = loadChapters();
let count = 0;
for (const chapter of chapters) {
  const place = { order: chapter.order, count: chapters.length };
  const cards = [
    { id: CHAPTER_CARD, step: chapter.steps[0]! },
    ...chapter.steps.map((step) => ({ id: step.id, step })),
  ];
  for (const { id, step } of cards) {
    const scene = getScene(step.scene);
    const png =
      id === CHAPTER_CARD
        ? renderCardPng({ chapter: place, headline: chapter.title, summary: chapter.summary, scene })
        : renderCardPng({
            chapter: { ...place, title: chapter.title },
            headline: step.point ?? scene.description,
            scene,
          });
    const file = path.join(out, cardPath(chapter.slug, id));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, png);
    count += 1;
  }
}
console.log(`share cards: ${count} written to ${path.relative(process.cwd(), out)}/og/`);
