import { expect, type Page } from '@playwright/test';
import { diagram, drawingLive } from './helpers';
import { settleScroll } from './reliability-helpers';

/** What the sticky drawing showed, run by run: a scene, 'between' two, or nothing yet. */
export interface FrameRun {
  shows: string;
  frames: number;
}

interface Recorder {
  /** Each distinct state of the drawing, in the order first seen ('absent', 'hidden', or its markup). */
  states: string[];
  /** Consecutive frames (and changes between frames) in the same state, as [state index, count]. */
  runs: [number, number][];
  /** Changes made to the diagram's two drawings once the page had been parsed. */
  written: number;
}

/**
 * From before the page's first frame: in every frame (a requestAnimationFrame loop) and after
 * every change to the page once it has been parsed (a MutationObserver, which catches what a
 * script writes between two frames), which drawing the sticky diagram shows on this screen
 * (CSS picks the wide or the phone one) and its markup; or 'absent' before the parser has put
 * it in, 'hidden' while it is not visible. Kept as runs of the same state, so a long test
 * stores little. It also counts what is written into the drawings once the page is parsed.
 */
function recordFrames() {
  const recorder: Recorder = { states: [], runs: [], written: 0 };
  (window as unknown as { arrivalFrames: Recorder }).arrivalFrames = recorder;
  const known = new Map<string, number>();
  const state = () => {
    const canvas = document.querySelector('[data-diagram] .diagram-canvas');
    const narrow = canvas?.querySelector('.diagram-narrow');
    const layout = narrow && getComputedStyle(narrow).display !== 'none' ? 'narrow' : 'wide';
    const drawing = canvas?.querySelector(`.diagram-${layout} > g`);
    if (!drawing) return 'absent';
    if (getComputedStyle(drawing).visibility === 'hidden') return 'hidden';
    return `${layout} ${drawing.innerHTML}`;
  };
  const note = () => {
    const now = state();
    let index = known.get(now);
    if (index === undefined) {
      index = recorder.states.push(now) - 1;
      known.set(now, index);
    }
    const last = recorder.runs.at(-1);
    if (last && last[0] === index) last[1] += 1;
    else recorder.runs.push([index, 1]);
  };
  const frame = () => {
    note();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // A page the browser kept whole (the back/forward cache) comes back as the reader left it: the
  // arrival to record starts there.
  addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    Object.assign(recorder, { runs: [], written: 0 });
    note();
  });
  document.addEventListener('DOMContentLoaded', () => {
    note();
    new MutationObserver((records) => {
      for (const { target } of records) {
        const element = target instanceof Element ? target : target.parentElement;
        if (element?.closest('[data-diagram] :is(.diagram-wide, .diagram-narrow)')) recorder.written += 1;
      }
      note();
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
}

/** Starts recording in every document the page opens from now on. */
export const recordArrivals = (page: Page) => page.addInitScript(recordFrames);

/**
 * The runs recorded in this document, each state named by the chapter's step figures: the scene
 * whose figure has the same markup, `partial <scene>` for a drawing the parser had put in only
 * part of (a beginning of that figure's markup; `partial <a>|<b>` when it begins several
 * figures alike), 'between' for anything else (a morph's frame).
 */
export async function recordedRuns(page: Page): Promise<{ runs: FrameRun[]; written: number }> {
  return page.evaluate(() => {
    const { states, runs, written } = (window as unknown as { arrivalFrames: Recorder }).arrivalFrames;
    const figures = [...document.querySelectorAll<HTMLElement>('.scrolly-prose [data-step]')].flatMap((step) =>
      (['wide', 'narrow'] as const).map((layout) => ({
        scene: step.dataset.scene!,
        markup: `${layout} ${step.querySelector(`.step-figure .diagram-${layout} > g`)!.innerHTML}`,
      })),
    );
    const name = (state: string) => {
      if (state === 'absent' || state === 'hidden') return state;
      const same = figures.find((figure) => figure.markup === state);
      if (same) return same.scene;
      // A drawing caught mid-parse serializes with its open elements closed, so compare what the
      // two hold in order (their opening tags and text), not where elements end.
      const opening = (markup: string) => markup.replace(/<\/[^>]+>/g, '');
      // The beginning of a drawing can be the beginning of several scenes' (the same bands,
      // the same first boxes): it is named for all of them, `partial a|b`.
      const begun = [
        ...new Set(figures.filter((f) => opening(f.markup).startsWith(opening(state))).map((f) => f.scene)),
      ];
      return begun.length ? `partial ${begun.join('|')}` : 'between';
    };
    const named: FrameRun[] = [];
    for (const [state, frames] of runs) {
      const shows = name(states[state]!);
      const last = named.at(-1);
      if (last?.shows === shows) last.frames += frames;
      else named.push({ shows, frames });
    }
    return { runs: named, written };
  });
}

/** The runs as one line: `hidden ×2, five-new ×40`. */
export const describeRuns = (runs: readonly FrameRun[]) => runs.map((run) => `${run.shows} ×${run.frames}`).join(', ');

/**
 * What the reader saw once something was drawn: the runs after the first ones, where the page
 * had not yet put its drawing in, was keeping it hidden, or was still parsing `scene`'s.
 */
export function afterFirstDrawing(runs: readonly FrameRun[], scene: string): string[] {
  const waiting = (shows: string) =>
    shows === 'absent' ||
    shows === 'hidden' ||
    (shows.startsWith('partial ') && shows.slice(8).split('|').includes(scene));
  const first = runs.findIndex((run) => !waiting(run.shows));
  return first === -1 ? [] : runs.slice(first).map((run) => run.shows);
}

/**
 * Waits until the arrival is over: the drawing code has taken over, the page has loaded (the
 * browser stops scrolling to the address's #fragment then) and stopped scrolling, no morph is
 * under way, and the page has been idle once (when the drawing is adopted).
 */
export async function arrivalOver(page: Page) {
  await drawingLive(page);
  // The diagram's own live region (a share URL's page has another): it speaks once hydrated.
  await expect(diagram(page).locator('[aria-live="polite"]')).toHaveText(/^Step \d+ of/);
  await page.waitForLoadState('load');
  await settleScroll(page);
  await expect(diagram(page).locator('[data-morphing]')).toHaveCount(0);
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestIdleCallback(() => requestAnimationFrame(() => setTimeout(resolve)), { timeout: 3000 }),
      ),
  );
}
