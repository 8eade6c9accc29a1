// Budget: the JavaScript a chapter page loads before a reader can use it, gzipped at level 9,
// stays at or under FIRST_LOAD_JS_BUDGET_KB (150 KB) on every page under out/chapters/<slug>/.
// What counts and how it is weighed is loaded-scripts.mjs, which `npm run bench` uses too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_LOAD_JS_BUDGET_KB as BUDGET_KB, KB, gzipSize, loadedScripts } from './loaded-scripts.mjs';
import { OUT, fileOfPath, filesEnding, printTable, requireBuild } from './out-dir.mjs';

requireBuild();
const chapters = filesEnding('.html').filter((file) => /^chapters\/[^/]+\/index\.html$/.test(file));
if (chapters.length === 0) {
  console.error('No chapter pages found under out/chapters/: the first-load JS budget has nothing to measure.');
  process.exit(1);
}

const rows = [['chapter', 'scripts', 'gzip KB', `budget ${BUDGET_KB} KB`]];
const breaches = [];
for (const page of chapters) {
  const slug = page.split('/')[1];
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
  rows.push([slug, scripts.length, kb.toFixed(1), kb <= BUDGET_KB ? 'ok' : 'OVER']);
  if (kb > BUDGET_KB) breaches.push(`${slug}: ${kb.toFixed(1)} KB of gzipped JS on first load, over ${BUDGET_KB} KB`);
}

console.log('First-load JS per chapter (gzip -9, 1 KB = 1,024 bytes)');
printTable(rows);
if (breaches.length > 0) {
  console.error(`\nFirst-load JS budget broken:\n  ${breaches.join('\n  ')}`);
  process.exit(1);
}
