// Takes screenshots of a chapter as a reader sees it, at phone and desktop widths, at its
// start, middle and end: `node scripts/screenshots.mjs [baseUrl] [slug]` (site served first).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const slug = process.argv[3] ?? 'the-teardown';
const dir = 'test-results/screenshots';
mkdirSync(dir, { recursive: true });

const browser = await chromium.launch(CHROMIUM_LAUNCH);
const manifest = await (await fetch(`${base}/api/chapters.json`)).json();
const chapter = manifest.chapters.find((c) => c.slug === slug);
const picks = [chapter.steps[0], chapter.steps[Math.floor(chapter.steps.length / 2)], chapter.steps.at(-1)];
for (const [name, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
]) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await page.goto(`${base}/chapters/${slug}/`);
  await page.screenshot({ path: `${dir}/${slug}-${name}-top.png` });
  for (const [i, step] of picks.entries()) {
    await page.evaluate((id) => {
      const el = document.getElementById(id);
      const stage = document.querySelector('[data-diagram]').getBoundingClientRect();
      const resting = window.innerWidth < 768 ? stage.bottom + 24 : window.innerHeight * 0.3;
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - resting);
    }, step.id);
    await page.waitForTimeout(1100);
    await page.screenshot({ path: `${dir}/${slug}-${name}-${i}.png` });
  }
  await page.close();
}
await browser.close();
console.log(`screenshots in ${dir}`);
