import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectChapterWorks, expectHostHeaders } from './host-checks';
import { checkApacheConfig, shippedConfig, startApache, type HostServer } from './host-servers';

// out/ served by Debian's Apache, which reads the .htaccess that `npm run build` wrote there.
const OUT = join(process.cwd(), 'out');
let apache: HostServer;

test.beforeAll(async () => {
  apache = await startApache(OUT);
});

test.afterAll(async () => {
  await apache?.stop();
});

test('the build writes the shipped .htaccess into out/, and apache2 -t accepts it', () => {
  expect(readFileSync(join(OUT, '.htaccess'), 'utf8')).toBe(shippedConfig('htaccess'));
  const check = checkApacheConfig(OUT);
  expect(check.ok, check.output).toBe(true);
});

test('Apache with the .htaccess sends the security, framing and cache headers, types and a real 404', async ({
  request,
}) => {
  await expectHostHeaders(request, apache.origin);
});

test('Apache with the .htaccess serves a chapter and lecture mode that work in the browser', async ({ page }) => {
  await expectChapterWorks(page, apache.origin);
});
