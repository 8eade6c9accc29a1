// After `next build`: each edition's 404 page as a file, where a host looks for one. Next
// writes the English one to 404.html (app/global-not-found.tsx) and the Chinese one, an
// ordinary route, to zh/404/index.html; this moves it to zh/404.html, so that the Chinese
// edition's page for a miss is not itself an address that answers 200. The server configs
// (deploy/) send misses under /zh/ to it; a host with one 404 page serves the English one,
// which points to the Chinese edition in Chinese.
//
// Next renders app/global-not-found.tsx without the font preloads it gives every other page, and
// the faces are `font-display: optional`: a face that is not preloaded seldom arrives within the
// first paint's short wait, so the English 404 was read in the fallback faces. Each 404 page gets
// the preloads of its edition's home page that it lacks.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT, requireBuild } from '../budgets/out-dir.mjs';

requireBuild();
const built = join(OUT, 'zh', '404', 'index.html');
if (existsSync(built)) {
  renameSync(built, join(OUT, 'zh', '404.html'));
  rmSync(join(OUT, 'zh', '404'), { recursive: true });
} else if (!existsSync(join(OUT, 'zh', '404.html'))) {
  console.error(`No Chinese 404 page at ${built}: is app/zh/404/page.tsx still there?`);
  process.exit(1);
}

const FONT_PRELOAD = /<link rel="preload"[^>]*\bas="font"[^>]*\/>/g;
// Next writes the English page twice: 404.html, and 404/index.html, which a server that maps
// /404 to a folder serves.
for (const [page, home] of [
  ['404.html', 'index.html'],
  [join('404', 'index.html'), 'index.html'],
  [join('zh', '404.html'), join('zh', 'index.html')],
].filter(([page]) => existsSync(join(OUT, page)))) {
  const preloads = readFileSync(join(OUT, home), 'utf8').match(FONT_PRELOAD) ?? [];
  if (preloads.length === 0) {
    console.error(`${home} preloads no fonts: the 404 pages have none to copy`);
    process.exit(1);
  }
  const html = readFileSync(join(OUT, page), 'utf8');
  const missing = preloads.filter((link) => !html.includes(link));
  const at = html.indexOf('<link rel="stylesheet"');
  if (at < 0) {
    console.error(`${page} has no stylesheet link to put the font preloads before`);
    process.exit(1);
  }
  writeFileSync(join(OUT, page), html.slice(0, at) + missing.join('') + html.slice(at));
}
console.log('404 pages: 404.html (English), zh/404.html (Chinese), with the font preloads');
