// After `next build`: each edition's 404 page as a file, where a host looks for one. Next
// writes the English one to 404.html (app/global-not-found.tsx) and the Chinese one, an
// ordinary route, to zh/404/index.html; this moves it to zh/404.html, so that the Chinese
// edition's page for a miss is not itself an address that answers 200. The server configs
// (deploy/) send misses under /zh/ to it; a host with one 404 page serves the English one,
// which points to the Chinese edition in Chinese.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { OUT, requireBuild } from '../budgets/out-dir.mjs';

requireBuild();
const built = join(OUT, 'zh', '404', 'index.html');
if (!existsSync(built)) {
  console.error(`No Chinese 404 page at ${built}: is app/zh/404/page.tsx still there?`);
  process.exit(1);
}
renameSync(built, join(OUT, 'zh', '404.html'));
rmSync(join(OUT, 'zh', '404'), { recursive: true });
console.log('404 pages: 404.html (English), zh/404.html (Chinese)');
