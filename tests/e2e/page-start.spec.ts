import { expect, test } from '@playwright/test';
import { drawingLive, pathOf, readManifest, ready } from './helpers';
import { diagramDrawing } from './reliability-helpers';

test('a chapter asks for no script until it has painted, then hydrates', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  await page.goto(pathOf(chapters[0]!.url));
  await ready(page);
  const { firstPaint, scripts } = await page.evaluate(() => ({
    firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? Infinity,
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => ({ name: entry.name, startTime: entry.startTime })),
  }));
  expect(firstPaint).toBeLessThan(Infinity);
  expect(scripts.length).toBeGreaterThan(3);
  for (const script of scripts) expect(script.startTime, script.name).toBeGreaterThanOrEqual(firstPaint);
});

test('the chunks a page loads first carry V8’s compile hint', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  await page.goto(pathOf(chapters[0]!.url));
  const chunks = await page
    .locator('script[type="text/x-after-first-paint"]')
    .evaluateAll((blocks) => blocks.map((block) => (block as HTMLScriptElement).dataset.src!));
  expect(chunks.length).toBeGreaterThan(3);
  for (const chunk of chunks) {
    const source = await (await request.get(chunk)).text();
    expect(source.startsWith('//# allFunctionsCalledOnLoad\n'), chunk).toBe(true);
  }
});

test('the drawing code takes over the server’s drawing without drawing it again', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  // Every change inside the sticky diagram's drawing once the parser has put it in, while the
  // server's drawing is still the one on screen.
  await page.addInitScript(() => {
    const seen = { changes: [] as string[], drawingAtStart: '' };
    (window as unknown as { seen: typeof seen }).seen = seen;
    document.addEventListener('DOMContentLoaded', () => {
      seen.drawingAtStart = document.querySelector('[data-diagram]')?.getAttribute('data-drawing') ?? '';
      new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target instanceof Element ? record.target : record.target.parentElement;
          if (target?.closest('[data-diagram] .diagram-canvas svg'))
            seen.changes.push(`${record.type} ${record.attributeName ?? ''}`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  });
  await page.goto(pathOf(chapters[0]!.url));
  await drawingLive(page);
  // A pause for something that must not happen: anything the arrival might still do (a layout
  // effect, the engine's prefetch when idle) has had time to show here.
  await page.waitForTimeout(1500);
  const seen = () =>
    page.evaluate(() => (window as unknown as { seen: { changes: string[]; drawingAtStart: string } }).seen);
  expect((await seen()).drawingAtStart).toBe('server');
  expect((await seen()).changes).toEqual([]);
  // It is the live drawing: the next step morphs it.
  await page.getByRole('link', { name: 'Next step' }).click();
  await expect(page.locator('[data-diagram]')).toHaveAttribute('data-active-scene', chapters[0]!.steps[1]!.scene);
  await expect.poll(async () => (await seen()).changes.length).toBeGreaterThan(0);
});

test('a #step link’s scene is shown at once when the drawing code arrives, not morphed to', async ({
  page,
  request,
}) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters.find((c) => new Set(c.steps.map((s) => s.scene)).size >= 3)!;
  const step = chapter.steps.at(-1)!;
  // The server draws the step's scene for its share URL: the picture to arrive at.
  await page.goto(pathOf(step.shareUrl));
  await drawingLive(page);
  const arrived = await diagramDrawing(page);
  // A #step link is served the chapter's first scene; the drawing code paints the step's.
  await page.goto(`${pathOf(chapter.url)}#${step.id}`);
  await drawingLive(page);
  expect(await page.locator('[data-diagram] [data-morphing]').count()).toBe(0);
  expect(await diagramDrawing(page)).toBe(arrived);
});

for (const kind of ['embed', 'lecture'] as const) {
  test(`a${kind === 'embed' ? 'n' : ''} ${kind} page opened at a step is shown by its script, at that step`, async ({
    page,
    request,
  }) => {
    const { chapters } = await readManifest(request);
    const chapter = chapters.find((c) => new Set(c.steps.map((s) => s.scene)).size >= 3)!;
    // The page hides itself until its script has shown the step (components/hooks/query-pending):
    // note what the diagram shows when it is shown again. Were its script held back until a
    // contentful paint that a hidden page never makes, a timer would show it, at step 1.
    await page.addInitScript(() => {
      const seen = { sceneWhenShown: '' };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver((records, observer) => {
        const removed = records.some((r) =>
          [...r.removedNodes].some((n) => (n as Element).id === 'deck-query-pending'),
        );
        if (!removed) return;
        seen.sceneWhenShown = document.querySelector('[data-diagram]')?.getAttribute('data-active-scene') ?? 'none';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${pathOf(kind === 'embed' ? chapter.embedUrl : chapter.presentUrl)}?step=3`);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { seen: { sceneWhenShown: string } }).seen.sceneWhenShown))
      .toBe(chapter.steps[2]!.scene);
  });
}
