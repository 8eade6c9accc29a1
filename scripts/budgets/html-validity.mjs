// Budget: zero errors from the W3C Nu HTML checker (the vnu-jar package, run with the machine's
// Java) on every exported page. Warnings and info messages are not counted.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { OUT, filesEnding, printTable, requireBuild } from './out-dir.mjs';

function javaWorks() {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return !result.error && result.status === 0;
}

requireBuild();
if (!javaWorks()) {
  console.error(
    'Java not found: the HTML checker (vnu.jar) needs it. Install it with "apt-get install -y default-jre-headless".',
  );
  process.exit(1);
}

const jar = String(createRequire(import.meta.url)('vnu-jar'));
const pages = filesEnding('.html');
const run = spawnSync(
  'java',
  ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', ...pages.map((page) => join(OUT, page))],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
let report;
try {
  report = JSON.parse(run.stderr || run.stdout);
} catch {
  console.error(`The HTML checker did not report as expected (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  process.exit(1);
}

// Nothing is filtered: the markup Next.js writes for this site passes as it is.
const errors = report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal');

console.log('W3C Nu HTML checker (errors only)');
printTable([
  ['pages', 'errors'],
  [pages.length, errors.length],
]);
if (errors.length > 0 || run.status !== 0) {
  const where = (m) => `${m.url.replace(`file:${OUT}/`, '')}:${m.lastLine ?? '?'}`;
  const lines = errors.map((m) => `${where(m)} ${m.message}`);
  console.error(`\nHTML errors:\n  ${lines.join('\n  ') || `the checker exited ${run.status}`}`);
  process.exit(1);
}
