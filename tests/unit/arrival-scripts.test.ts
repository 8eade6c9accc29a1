import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { takeArrival } from '@/components/scrolly/arrival-state';
import { ARRIVAL_AFTER_STEPS, ARRIVAL_BEFORE_STAGE, ARRIVAL_STYLE_ID, STEP_STATE_KEY } from '@/lib/scrolly/arrival';

/** jsdom's page constructor (the package has no types here): it parses and runs the scripts. */
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (
    html: string,
    options: { url: string; runScripts: 'dangerously'; beforeParse(window: Window): void },
  ) => {
    window: Window;
  };
};

const STEPS = ['one', 'two', 'three'];

/** A step's drawings, wide and phone, as distinct markup per step. */
const drawings = (step: string) =>
  `<svg class="diagram-dual"><svg class="diagram-wide"><g><rect data-node="${step}-wide"></rect></g></svg>` +
  `<svg class="diagram-narrow"><g><rect data-node="${step}-narrow"></rect></g></svg></svg>`;

/**
 * A chapter page as the server writes it, at `start` (the step it drew), with the arrival
 * scripts where the chapter puts them, and a probe after the diagram that notes the arrival
 * style as the parser passes: what a frame painted there would show.
 */
const chapterPage = (start: string) => `<!doctype html><html><head></head><body><main id="main">
<div class="scrolly">
<script data-start="${start}">${ARRIVAL_BEFORE_STAGE}</script>
<div class="scrolly-stage"><div data-diagram><div class="diagram-canvas">${drawings(start)}</div>
<div class="step-controls"><p class="step-kicker">1 / 3</p></div></div></div>
<script>window.probe = document.getElementById('${ARRIVAL_STYLE_ID}')?.textContent ?? null</script>
<div class="scrolly-prose">${STEPS.map(
  (id) => `<section id="${id}" data-step><p>Text</p><figure class="step-figure">${drawings(id)}</figure></section>`,
).join('')}</div>
<script>${ARRIVAL_AFTER_STEPS}</script>
</div><p id="elsewhere">After the steps</p></main></body></html>`;

/** Opens the page at `hash`, as a navigation of `type`, with `state` in its history entry. */
function open({
  hash = '',
  start = 'one',
  state = null as unknown,
  type = 'navigate',
}: { hash?: string; start?: string; state?: unknown; type?: string } = {}) {
  const dom = new JSDOM(chapterPage(start), {
    url: `https://example.org/chapters/x/${hash}`,
    runScripts: 'dangerously',
    beforeParse(window: Window) {
      window.history.replaceState(state, '');
      window.performance.getEntriesByType = () => [{ type }] as unknown as PerformanceEntryList;
    },
  });
  const { document } = dom.window;
  const shown = (layout: 'wide' | 'narrow') =>
    document.querySelector(`[data-diagram] .diagram-${layout} > g`)!.innerHTML;
  return {
    window: dom.window,
    /** Which step's drawings the sticky diagram shows, wide and phone. */
    shows: () => STEPS.find((id) => shown('wide').includes(`${id}-wide`) && shown('narrow').includes(`${id}-narrow`)),
    /** What the arrival style said while the parser was between the diagram and the steps. */
    probe: (dom.window as unknown as { probe: string | null }).probe,
    /** What it says now that the page has been parsed. */
    style: () => document.getElementById(ARRIVAL_STYLE_ID)?.textContent ?? null,
  };
}

describe('the arrival scripts', () => {
  it('paint a #step link’s scene into the diagram, which stays hidden until it is there', () => {
    const page = open({ hash: '#three' });
    expect(page.probe).toBe('[data-diagram] .diagram-canvas{visibility:hidden}');
    expect(page.shows()).toBe('three');
    expect(page.style()).toBe('[data-diagram] .step-kicker{visibility:hidden}');
  });

  it('paint the step kept in the history entry, before the address’s #fragment', () => {
    expect(open({ hash: '#three', state: { __NA: true, [STEP_STATE_KEY]: 'two' }, type: 'reload' }).shows()).toBe(
      'two',
    );
    expect(open({ state: { [STEP_STATE_KEY]: 'three' }, type: 'back_forward' }).shows()).toBe('three');
  });

  it('leave the server’s drawing to a reload or a return with no step kept, whatever the #fragment', () => {
    for (const type of ['reload', 'back_forward']) {
      const page = open({ hash: '#three', type });
      expect([page.probe, page.shows(), page.style()]).toEqual([null, 'one', null]);
    }
  });

  it('change nothing for the step the server drew, a page with no #fragment, or a #fragment that is not a step', () => {
    for (const page of [open({ hash: '#one' }), open(), open({ start: 'two', hash: '#two' })])
      expect([page.probe, page.style()]).toEqual([null, null]);
    for (const hash of ['#main', '#elsewhere', '#nothing-here']) {
      const page = open({ hash });
      expect([page.shows(), page.style()]).toEqual(['one', null]);
    }
  });

  it('leave a share URL’s page at its step, and open it at another when asked', () => {
    expect(open({ start: 'two' }).shows()).toBe('two');
    expect(open({ start: 'two', hash: '#three' }).shows()).toBe('three');
  });
});

describe('taking the arrival over', () => {
  it('gives the step the page arrived at, once, and shows the diagram’s kicker again', () => {
    const { window } = open({ hash: '#three' });
    const { document } = globalThis as { document?: Document };
    Object.assign(globalThis, { document: window.document });
    try {
      expect(takeArrival(STEPS)).toBe(2);
      expect(window.document.getElementById(ARRIVAL_STYLE_ID)).toBeNull();
      expect(takeArrival(STEPS)).toBe(-1);
    } finally {
      Object.assign(globalThis, { document });
    }
  });
});
