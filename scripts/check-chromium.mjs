// Fails fast, in one line, when the browser the end-to-end tests drive is missing.
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH as chromium } from './chromium.mjs';

if (!existsSync(chromium)) {
  console.error(
    `Chromium not found at ${chromium}: install it with "sudo apt-get install -y chromium" (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}
