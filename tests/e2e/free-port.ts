import { createServer } from 'node:net';

/**
 * A free loopback port for a server a test starts itself, from HOST_TEST_PORTS ("first-last",
 * 4280-4299 by default, so that parallel checkouts on one machine can be given apart ranges).
 * `skip`: ports already handed out by this process and not yet listening.
 */
const given = new Set<number>();

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  const [first, last] = (process.env.HOST_TEST_PORTS ?? '4280-4299').split('-').map(Number) as [number, number];
  // Each Playwright worker starts at its own offset, so two workers rarely probe the same port.
  const worker = Number(process.env.TEST_PARALLEL_INDEX ?? 0);
  const span = last - first + 1;
  for (let i = 0; i < span; i += 1) {
    const port = first + ((worker * 5 + i) % span);
    if (!given.has(port) && (await isFree(port))) {
      given.add(port);
      return port;
    }
  }
  throw new Error(`No free loopback port in ${first}-${last} (HOST_TEST_PORTS)`);
}
