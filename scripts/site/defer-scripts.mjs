// After `next build`: every exported page loads its first-load chunks after its first paint,
// and every chunk carries V8's compile hint (why: scripts/site/script-deferral.mjs). Runs before
// scripts/security/inline-script-policy.mjs, which then allows the loader by its hash.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { OUT, filesEnding, requireBuild } from '../budgets/out-dir.mjs';
import { deferScripts, withCompileHint } from './script-deferral.mjs';

requireBuild();
const pages = filesEnding('.html');
for (const page of pages) {
  const path = join(OUT, page);
  writeFileSync(path, deferScripts(readFileSync(path, 'utf8')).html);
}
// Every chunk, not only the first-load ones: those a chapter fetches later (the drawing code,
// the animation engine, the explorable) run their module functions as soon as they arrive too.
const hinted = filesEnding('.js', join(OUT, '_next/static/chunks'));
for (const chunk of hinted) {
  const file = join(OUT, chunk);
  writeFileSync(file, withCompileHint(readFileSync(file, 'utf8')));
}
console.log(
  `${pages.length} pages load their scripts after the first paint; ${hinted.length} chunks in ${relative(process.cwd(), OUT)}/_next/static/chunks/ carry the compile hint`,
);
