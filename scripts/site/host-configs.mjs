// After `next build`: writes the server configs for the site's base path. out/.htaccess for
// Apache travels with the site; dist/nginx.conf is for the server's configuration folder.
// Templates: deploy/htaccess and deploy/nginx.conf (`@BASE_PATH@` is '' at a host's root).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BASE_PATH, OUT, requireBuild } from '../budgets/out-dir.mjs';

/** A template with the base path filled in (its characters are URL-safe: see site-url.mjs). */
export function fillTemplate(text, basePath) {
  return text.replaceAll('@BASE_PATH@', basePath);
}

requireBuild();
const read = (file) => readFileSync(join(process.cwd(), 'deploy', file), 'utf8');
writeFileSync(join(OUT, '.htaccess'), fillTemplate(read('htaccess'), BASE_PATH));
const written = [`${relative(process.cwd(), OUT)}/.htaccess`];
// A second build beside out/ (SITE_OUT_DIR, for tests) leaves the nginx config of out/ alone.
if (!process.env.SITE_OUT_DIR) {
  const dist = join(process.cwd(), 'dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'nginx.conf'), fillTemplate(read('nginx.conf'), BASE_PATH));
  written.push('dist/nginx.conf');
}
console.log(`Server configs for base path "${BASE_PATH || '/'}": ${written.join(', ')}`);
