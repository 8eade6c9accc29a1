// `npm run build:subpath`: the site built as it would be for a course folder,
// SITE_URL=https://example.org/courses/thin-middle, into .hosts/subpath/ (out/ is left alone).
// Then checks what the address must have reached: no file mentions a localhost address, and
// every internal link, card and JSON URL names a file under the base path. The browser test
// tests/e2e/subpath.spec.ts serves this folder at /courses/thin-middle/.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const SUBPATH_SITE_URL = 'https://example.org/courses/thin-middle';
export const SUBPATH_OUT_DIR = '.hosts/subpath';

// SCORM_REUSE: the site's build starts with the SCORM package, which is the same whatever folder
// the site is served from (its pages use relative paths); the package `npm run build` left in
// dist/ is offered again rather than built a third time. Without one, it is built.
const env = { ...process.env, SITE_URL: SUBPATH_SITE_URL, SITE_OUT_DIR: SUBPATH_OUT_DIR, SCORM_REUSE: '1' };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
for (const [command, args] of [
  [npm, ['run', 'build']],
  [process.execPath, ['scripts/budgets/internal-links.mjs']],
]) {
  const run = spawnSync(command, args, { stdio: 'inherit', env });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// An address on localhost, in any form a URL takes. (A bundled URL parser compares host names
// with the word "localhost"; that is code, not an address, and is not matched.)
const LOCAL = /\/\/localhost\b|localhost:\d|127\.0\.0\.1|\/\/\[::1\]/;
const root = join(process.cwd(), SUBPATH_OUT_DIR);
const leaks = files(root).filter((file) => LOCAL.test(readFileSync(file, 'latin1')));
if (leaks.length > 0) {
  console.error(`A local address is in ${leaks.map((f) => relative(root, f)).join(', ')}`);
  process.exit(1);
}
console.log(`No file in ${SUBPATH_OUT_DIR}/ names a local address`);
