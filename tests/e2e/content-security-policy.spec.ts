import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, diagram, pathOf, readManifest, ready, scrollToStep, type ManifestChapter } from './helpers';
import { headersFor, parseHeadersFile } from './host-headers';

/** The headers out/_headers gives the hosts that read it (copied there from public/). */
const rules = parseHeadersFile(readFileSync(path.join(process.cwd(), 'out', '_headers'), 'utf8'));
const COURSE = 'http://course.example';

/**
 * Serves the site with the headers a host would add from out/_headers, records every CSP
 * violation the page reports, and answers for a course page on another site (never fetched).
 */
async function serveLikeAHost(page: Page, site: string) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${location.pathname}`),
    );
  });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === COURSE) {
      const src = url.searchParams.get('frame') ?? '/';
      const body = `<!doctype html><title>Course</title><iframe id="frame" src="${site}${src}" title="Embedded"></iframe>`;
      return route.fulfill({ contentType: 'text/html', body });
    }
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(rules, url.pathname) } });
  });
}

// A test that ends while a response is still being passed on must not fail on it.
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

/** A chapter whose first two steps show different scenes, so a move is visible. */
function changingChapter(chapters: ManifestChapter[]): ManifestChapter {
  return chapters.find((c) => c.steps.length >= 3 && c.steps[0]!.scene !== c.steps[1]!.scene)!;
}

test('a chapter runs under the policy with no violation, and its diagram still morphs', async ({
  page,
  request,
  baseURL,
}) => {
  const chapter = changingChapter((await readManifest(request)).chapters);
  await serveLikeAHost(page, baseURL!);
  const errors = collectErrors(page);
  const response = await page.goto(pathOf(chapter.url));
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /sha256-/);
  await expect(diagram(page)).toHaveAttribute('data-active-scene', chapter.steps[0]!.scene);
  const before = await diagram(page).locator('svg').first().innerHTML();
  await scrollToStep(page, chapter.steps[1]!.id);
  await expect(diagram(page)).toHaveAttribute('data-active-scene', chapter.steps[1]!.scene);
  await expect.poll(() => diagram(page).locator('svg').first().innerHTML()).not.toBe(before);
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('an embed and lecture mode opened at a step run under the policy with no violation', async ({
  page,
  request,
  baseURL,
}) => {
  const chapter = changingChapter((await readManifest(request)).chapters);
  await serveLikeAHost(page, baseURL!);
  const errors = collectErrors(page);
  // A query makes these pages hide the page with a <style> added at run time until it is applied.
  for (const [url, framing] of [
    [chapter.embedUrl, 'frame-ancestors *'],
    [chapter.presentUrl, "frame-ancestors 'self'"],
  ] as const) {
    const response = await page.goto(`${pathOf(url)}?step=2`);
    expect(response?.headers()['content-security-policy'], url).toContain(framing);
    await expect(diagram(page), url).toHaveAttribute('data-active-scene', chapter.steps[1]!.scene);
    expect(await violations(page), url).toEqual([]);
  }
  await page.goto(pathOf(chapter.embedUrl));
  await ready(page);
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(diagram(page)).toHaveAttribute('data-active-scene', chapter.steps[1]!.scene);
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('an inline script that the build did not hash is refused', async ({ page, request, baseURL }) => {
  const { chapters } = await readManifest(request);
  await serveLikeAHost(page, baseURL!);
  await page.goto(pathOf(chapters[0]!.url));
  await expect(diagram(page)).toHaveAttribute('data-active-scene', chapters[0]!.steps[0]!.scene);
  const ran = await page.evaluate(async () => {
    // The browser reports the refusal as an event: wait for it, not for a while.
    const refused = new Promise((resolve) =>
      document.addEventListener('securitypolicyviolation', resolve, { once: true }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
    await refused;
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
  expect((await violations(page)).join('\n')).toMatch(/script-src/);
});

test('another site can frame an embed but not a chapter', async ({ page, request, baseURL }) => {
  const chapter = (await readManifest(request)).chapters[0]!;
  await serveLikeAHost(page, baseURL!);
  const frame = page.frameLocator('#frame');
  await page.goto(`${COURSE}/?frame=${encodeURIComponent(pathOf(chapter.embedUrl))}`);
  await expect(frame.locator('[data-diagram]')).toHaveAttribute('data-active-scene', chapter.steps[0]!.scene);
  await page.goto(`${COURSE}/?frame=${encodeURIComponent(pathOf(chapter.url))}`);
  await expect(page.locator('#frame')).toBeAttached();
  // Chromium replaces a refused frame with its own error page.
  await expect
    .poll(() =>
      page
        .frames()
        .find((f) => f.parentFrame())
        ?.url(),
    )
    .toMatch(/^chrome-error:/);
  await expect(frame.locator('[data-diagram]')).toHaveCount(0);
});
