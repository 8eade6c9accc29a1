import { describe, expect, it } from 'vitest';
import { inlineScripts } from '../../scripts/budgets/html-tags.mjs';
import { loadedScripts } from '../../scripts/budgets/loaded-scripts.mjs';
import {
  AFTER_PAINT_TYPE,
  COMPILE_HINT,
  LOADER,
  chunksOf,
  deferScripts,
  withCompileHint,
} from '../../scripts/site/script-deferral.mjs';

/** The head as Next 16 writes it for an exported page. */
const NEXT_HEAD = `<head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/s.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/page.js"/><script src="/_next/static/chunks/react.js" async=""></script><script src="/_next/static/chunks/router.js" async=""></script><title>T</title><script src="/_next/static/chunks/legacy.js" noModule=""></script></head><body><script>self.__next_f.push([1,"x"])</script></body>`;

describe('loading a page’s scripts after its first paint', () => {
  it('names each first-load chunk in a data block and adds one loader after the last of them', () => {
    const { html, chunks } = deferScripts(NEXT_HEAD);
    expect(chunks).toEqual([
      '/_next/static/chunks/page.js',
      '/_next/static/chunks/react.js',
      '/_next/static/chunks/router.js',
    ]);
    expect(html).not.toMatch(/<script src="\/_next\/static\/chunks\/(react|router)\.js"/);
    expect(html).not.toContain('rel="preload" as="script"');
    expect(html).toContain(
      `<script type="${AFTER_PAINT_TYPE}" data-src="/_next/static/chunks/router.js"></script><script>${LOADER}</script><title>`,
    );
    expect(html).toContain(
      `<script type="${AFTER_PAINT_TYPE}" data-src="/_next/static/chunks/page.js" data-preload=""></script>`,
    );
  });

  it('leaves the nomodule script, the stylesheet and the inline payload where Next put them', () => {
    const { html } = deferScripts(NEXT_HEAD);
    expect(html).toContain('<script src="/_next/static/chunks/legacy.js" noModule=""></script>');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/s.css" data-precedence="next"/>');
    expect(html).toContain('<script>self.__next_f.push([1,"x"])</script>');
  });

  it('leaves a page already deferred, or one without chunks, as it was', () => {
    const once = deferScripts(NEXT_HEAD).html;
    expect(deferScripts(once)).toEqual({ html: once, chunks: chunksOf(once) });
    const plain = '<head><title>T</title></head>';
    expect(deferScripts(plain)).toEqual({ html: plain, chunks: [] });
  });

  it('is still counted in full by the first-load budget', () => {
    expect(loadedScripts(deferScripts(NEXT_HEAD).html)).toEqual(loadedScripts(NEXT_HEAD));
  });

  it('gives the content security policy the loader to hash, and not the data blocks, which never run', () => {
    expect(inlineScripts(deferScripts(NEXT_HEAD).html)).toEqual([LOADER, 'self.__next_f.push([1,"x"])']);
  });

  /** Runs the loader against a stand-in page that records what it adds and what it waits for. */
  function runLoader({ paintTiming }: { paintTiming: boolean }) {
    const added: Record<string, unknown>[] = [];
    const queued: { why: string; run: () => void }[] = [];
    const observers: PerformanceObserver[] = [];
    const blocks = [{ dataset: { src: '/p.js', preload: '' } }, { dataset: { src: '/a.js' } }];
    const document = {
      querySelectorAll: (selector: string) => (selector.includes(AFTER_PAINT_TYPE) ? blocks : []),
      createElement: (tag: string) => ({ tag }),
      head: { appendChild: (element: Record<string, unknown>) => added.push(element) },
    };
    class PerformanceObserver {
      static supportedEntryTypes = paintTiming ? ['paint'] : [];
      disconnected = false;
      constructor(readonly callback: (list: unknown, observer: PerformanceObserver) => void) {
        observers.push(this);
      }
      observe() {}
      disconnect() {
        this.disconnected = true;
      }
    }
    const paint = (name: string) => {
      const list = { getEntriesByName: (wanted: string) => (wanted === name ? [{ name }] : []) };
      for (const observer of observers) if (!observer.disconnected) observer.callback(list, observer);
    };
    new Function('document', 'self', 'PerformanceObserver', 'requestAnimationFrame', 'setTimeout', LOADER)(
      document,
      { PerformanceObserver },
      PerformanceObserver,
      (run: () => void) => queued.push({ why: 'frame', run }),
      (run: () => void, ms = 0) => queued.push({ why: `timer ${ms}`, run }),
    );
    return { added, queued, paint };
  }

  it('adds each chunk once, in the task after the first paint', () => {
    const { added, queued, paint } = runLoader({ paintTiming: true });
    expect(queued.map((q) => q.why)).toEqual(['timer 3000']);
    paint('first-paint');
    paint('first-contentful-paint');
    expect(queued.map((q) => q.why)).toEqual(['timer 3000', 'timer 0']);
    expect(added).toEqual([]);
    queued.pop()!.run();
    expect(added).toEqual([
      { tag: 'link', rel: 'preload', as: 'script', href: '/p.js' },
      { tag: 'script', src: '/a.js', async: true },
    ]);
    queued.pop()!.run(); // the three-second fallback adds nothing more
    expect(added).toHaveLength(2);
  });

  it('waits for the next frame where paint timing is unknown, and for three seconds at most', () => {
    const { added, queued } = runLoader({ paintTiming: false });
    expect(queued.map((q) => q.why)).toEqual(['frame', 'timer 3000']);
    queued[1]!.run();
    expect(added).toHaveLength(2);
  });
});

describe('the compile hint', () => {
  it('is a chunk’s first line, once', () => {
    const source = '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push([]);';
    expect(withCompileHint(source)).toBe(`//# allFunctionsCalledOnLoad\n${source}`);
    expect(withCompileHint(withCompileHint(source))).toBe(withCompileHint(source));
    expect(COMPILE_HINT.startsWith('//# allFunctionsCalledOnLoad')).toBe(true);
  });
});
