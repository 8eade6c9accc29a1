// Budget: the JavaScript a chapter page loads before a reader can use it, gzipped at level 9,
// stays at or under FIRST_LOAD_JS_BUDGET_KB (150 KB) on every page under out/chapters/<slug>/.
// What counts and how it is weighed is loaded-scripts.mjs, which `npm run bench` uses too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_LOAD_JS_BUDGET_KB as BUDGET_KB, KB, gzipSize, loadedScripts } from './loaded-scripts.mjs';
import { OUT, fileOfPath, filesEnding, printTable, requireBuild } from './out-dir.mjs';

requireBuild();
// Every chapter in both languages: the English ones at chapters/<slug>/, their Chinese twins at
// zh/chapters/<slug>/. A Chinese chapter may load at most TWIN_SLACK_KB more than its twin: what
// it adds is its words, not code.
const TWIN_SLACK_KB = 2;
const chapters = filesEnding('.html').filter((file) => /^(zh\/)?chapters\/[^/]+\/index\.html$/.test(file));
if (chapters.length === 0) {
  console.error('No chapter pages found under out/chapters/: the first-load JS budget has nothing to measure.');
  process.exit(1);
}

const rows = [['chapter', 'scripts', 'gzip KB', `budget ${BUDGET_KB} KB`]];
const kbOf = new Map();
const breaches = [];
for (const page of chapters) {
  const slug = page
    .replace(/\/index\.html$/, '')
    .replace(/^chapters\//, '')
    .replace(/^zh\/chapters\//, 'zh/');
  const scripts = loadedScripts(readFileSync(join(OUT, page), 'utf8'));
  let bytes = 0;
  for (const url of scripts) {
    const file = fileOfPath(new URL(url, 'http://site.invalid/').pathname);
    if (!file) {
      breaches.push(`${slug}: loads ${url}, which is not in out/`);
      continue;
    }
    bytes += gzipSize(readFileSync(join(OUT, file)));
  }
  const kb = bytes / KB;
  kbOf.set(slug, kb);
  rows.push([slug, scripts.length, kb.toFixed(1), kb <= BUDGET_KB ? 'ok' : 'OVER']);
  if (kb > BUDGET_KB) breaches.push(`${slug}: ${kb.toFixed(1)} KB of gzipped JS on first load, over ${BUDGET_KB} KB`);
}

console.log('First-load JS per chapter (gzip -9, 1 KB = 1,024 bytes)');
printTable(rows);

const twins = [['Chinese chapter', 'gzip KB', 'English twin KB', `difference (at most +${TWIN_SLACK_KB} KB)`]];
for (const [slug, kb] of kbOf) {
  if (!slug.startsWith('zh/')) continue;
  const english = kbOf.get(slug.slice(3));
  if (english === undefined) {
    breaches.push(`${slug}: no English twin at chapters/${slug.slice(3)}/`);
    continue;
  }
  const more = kb - english;
  twins.push([slug, kb.toFixed(1), english.toFixed(1), `${more >= 0 ? '+' : ''}${more.toFixed(2)}`]);
  if (more > TWIN_SLACK_KB)
    breaches.push(`${slug}: ${more.toFixed(2)} KB more first-load JS than its English twin, over ${TWIN_SLACK_KB} KB`);
}
if (twins.length === 1) breaches.push('No Chinese chapters under out/zh/chapters/: the twins cannot be compared.');
console.log('\nChinese chapters against their English twins');
printTable(twins);
if (breaches.length > 0) {
  console.error(`\nFirst-load JS budget broken:\n  ${breaches.join('\n  ')}`);
  process.exit(1);
}
