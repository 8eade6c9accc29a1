// The one Chromium that the tests, the benchmark and the screenshot script drive: Debian's
// (`npx playwright install` cannot reach its download host here), with the flags this machine
// needs. Without the background-networking ones, Chromium's calls home are refused, many at a time.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Playwright's launch options for it. */
export const CHROMIUM_LAUNCH = { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS };
