// Runs the browser suite several times with CPU-burning processes beside it, as a busy CI
// machine would, and prints how many runs were green and which tests failed in the others.
//
//   npm run test:e2e:stress                      10 runs, 2 burners, on the existing out/
//   npm run test:e2e:stress -- --runs 3 --burners 1 -- tests/e2e/embed.spec.ts
//
// Everything after a lone `--` goes to `playwright test`. Build first (`npm run build`).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const split = process.argv.indexOf('--', 2);
const own = split === -1 ? process.argv.slice(2) : process.argv.slice(2, split);
const forwarded = split === -1 ? [] : process.argv.slice(split + 1);
const { values } = parseArgs({
  args: own,
  options: { runs: { type: 'string', default: '10' }, burners: { type: 'string', default: '2' } },
});
const runs = Number(values.runs);
const burnerCount = Number(values.burners);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(burnerCount) || burnerCount < 0) {
  console.error('test:e2e:stress: --runs takes a whole number from 1 and --burners one from 0');
  process.exit(2);
}
if (!existsSync('out/index.html')) {
  console.error('test:e2e:stress: no out/ to test: run `npm run build` first');
  process.exit(2);
}

const burners = Array.from({ length: burnerCount }, () =>
  spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }),
);
const stopBurners = () => burners.forEach((b) => b.kill('SIGKILL'));
process.on('exit', stopBurners);
process.on('SIGINT', () => process.exit(130));

/** One run of the suite; resolves with its exit code and the titles of the tests that failed. */
function runSuite() {
  return new Promise((resolve) => {
    const child = spawn('npx', ['playwright', 'test', '--reporter=line', ...forwarded], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const failed = [...output.matchAll(/^\s+\d+\) (\[[^\]]+\] › .+?)\s*$/gm)].map((m) => m[1]);
      resolve({ code, output, failed: [...new Set(failed)], tail: output.trim().split('\n').slice(-3).join(' | ') });
    });
  });
}

/** Where the whole output of each red run is kept (test-results/ is emptied by the next run). */
const LOGS = 'stress-results';
mkdirSync(LOGS, { recursive: true });

let green = 0;
const failures = new Map();
for (let run = 1; run <= runs; run += 1) {
  const started = Date.now();
  const { code, failed, tail, output } = await runSuite();
  const seconds = Math.round((Date.now() - started) / 1000);
  if (code === 0) green += 1;
  for (const title of failed) failures.set(title, (failures.get(title) ?? 0) + 1);
  console.log(`run ${run}/${runs}: ${code === 0 ? 'green' : `red (exit ${code})`} in ${seconds} s — ${tail}`);
  for (const title of failed) console.log(`  failed: ${title}`);
  if (code !== 0) {
    writeFileSync(`${LOGS}/run-${run}.log`, output);
    console.log(`  whole output: ${LOGS}/run-${run}.log`);
  }
}

console.log(`\n${green} of ${runs} runs green with ${burnerCount} CPU-burning processes beside the suite`);
for (const [title, count] of failures) console.log(`  ${count}× ${title}`);
console.log(`stress: ${green} passed, ${runs - green} failed`);
process.exit(green === runs ? 0 : 1);
