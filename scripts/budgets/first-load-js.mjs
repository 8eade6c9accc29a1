// Budget: the JavaScript a chapter page loads before a reader can use it, gzipped at level 9,
// stays at or under 160 KB. Counted: every <script src>, <link rel="modulepreload"> and
// <link rel="preload" as="script"> of out/chapters/<slug>/index.html, each file once (a preloaded
// script is fetched at first load whether or not it runs then). Not counted: <script nomodule>, which the
// browsers that run the site's modules skip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadedScripts } from './loaded-scripts.mjs';
import { OUT, fileOfPath, filesEnding, printTable, requireBuild } from './out-dir.mjs';

const KB = 1024;
const BUDGET_KB = 160;

function gzipSize(file) {
  return gzipSync(readFileSync(join(OUT, file)), { level: 9 }).length;
}

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
    bytes += gzipSize(file);
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
