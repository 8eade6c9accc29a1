// After `next build`: every exported page loads its first-load chunks after its first paint,
// and those chunks carry V8's compile hint (why: scripts/site/script-deferral.mjs). Runs before
// scripts/security/inline-script-policy.mjs, which then allows the loader by its hash.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BASE_PATH, OUT, filesEnding, requireBuild } from '../budgets/out-dir.mjs';
import { deferScripts, withCompileHint } from './script-deferral.mjs';

requireBuild();
const chunks = new Set();
const pages = filesEnding('.html');
for (const page of pages) {
  const path = join(OUT, page);
  const { html, chunks: named } = deferScripts(readFileSync(path, 'utf8'));
  writeFileSync(path, html);
  for (const src of named) chunks.add(src);
}
for (const src of chunks) {
  if (!src.startsWith(`${BASE_PATH}/_next/`)) {
    console.error(`A page loads ${src}, which is not one of the build's chunks under ${BASE_PATH}/_next/`);
    process.exit(1);
  }
  const file = join(OUT, src.slice(BASE_PATH.length));
  writeFileSync(file, withCompileHint(readFileSync(file, 'utf8')));
}
console.log(
  `${pages.length} pages load their scripts after the first paint; ${chunks.size} chunks in ${relative(process.cwd(), OUT)}/ carry the compile hint`,
);
