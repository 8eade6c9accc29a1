import { join } from 'node:path';
import { test } from '@playwright/test';
import { expectChapterWorks, expectHostHeaders } from './host-checks';
import { startNginx, type HostServer } from './host-servers';

// out/ served by Debian's nginx with the shipped server block (deploy/nginx.conf).
let nginx: HostServer;

test.beforeAll(async () => {
  nginx = await startNginx(join(process.cwd(), 'out'));
});

test.afterAll(async () => {
  await nginx?.stop();
});

test('nginx with the shipped config sends the security, framing and cache headers, types and a real 404', async ({
  request,
}) => {
  await expectHostHeaders(request, nginx.origin);
});

test('nginx with the shipped config serves a chapter and lecture mode that work in the browser', async ({ page }) => {
  await expectChapterWorks(page, nginx.origin);
});
