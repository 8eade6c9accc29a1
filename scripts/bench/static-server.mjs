// Serves the static export the way a host would (gzip on, via `serve`), on a free loopback port.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';

const serveBin = createRequire(import.meta.url).resolve('serve/build/main.js');

/** Asks the kernel for a free port on 127.0.0.1, then gives it back for `serve` to take. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(origin, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`serve exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`serve did not answer on ${origin} within ${timeoutMs} ms`);
}

/**
 * Starts `serve` on `dir`. Node runs serve's own entry directly (no npx, no shell), so that
 * `stop` ends exactly the process it started.
 */
export async function startStaticServer(dir) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [serveBin, dir, '--listen', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-port-switching'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const origin = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    await waitUntilUp(origin, child, 15_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, port, stop };
}
