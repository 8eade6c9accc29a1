import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureFirstLoad } from '../../scripts/bench/first-load-assets.mjs';
import { FIRST_LOAD_JS_BUDGET_KB, gzipSize, loadedScripts } from '../../scripts/budgets/loaded-scripts.mjs';

describe('the first-load JS budget', () => {
  it('counts script tags, modulepreload links and script preloads, in document order', () => {
    const html = `<head>
      <link rel="preload" as="script" fetchPriority="low" href="/a.js"/>
      <link rel="modulepreload" href="/b.js">
      <link rel="preload" href="/c.js" as="script">
      <script src="/d.js" async></script>
    </head>`;
    expect(loadedScripts(html)).toEqual(['/a.js', '/b.js', '/c.js', '/d.js']);
  });

  it('counts a file once however often the page names it', () => {
    expect(loadedScripts('<link rel="preload" as="script" href="/a.js"><script src="/a.js"></script>')).toEqual([
      '/a.js',
    ]);
  });

  it('leaves out nomodule scripts, other preloads and inline scripts', () => {
    const html = `<script src="/legacy.js" nomodule></script>
      <link rel="preload" as="style" href="/s.css">
      <link rel="preload" as="font" href="/f.woff2">
      <link rel="stylesheet" href="/s.css">
      <script>self.x = '<script src="/fake.js"></script>'</script>`;
    expect(loadedScripts(html)).toEqual([]);
  });
});

describe('the bench and the budget', () => {
  it('count the same first-load JS: the scripts the budget lists, each gzipped at level 9', () => {
    const dir = mkdtempSync(join(tmpdir(), 'first-load-'));
    const page = `<link rel="stylesheet" href="/s.css"><link rel="preload" as="script" href="/a.js">
      <script src="/b.js" async></script><script src="/old.js" nomodule></script>`;
    const files: Record<string, string> = {
      'a.js': 'console.log("a");'.repeat(50),
      'b.js': 'let b = 1;',
      'old.js': 'var old;'.repeat(500),
      's.css': 'p{}',
      'index.html': page,
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    try {
      const measured = measureFirstLoad(dir, join(dir, 'index.html'));
      const budget = loadedScripts(page).reduce((sum, url) => sum + gzipSize(files[url.slice(1)]!), 0);
      expect(measured.js.map((file) => file.url).sort()).toEqual(['/a.js', '/b.js']);
      expect(measured.jsGzipBytes).toBe(budget);
      expect(measured.css.map((file) => file.url)).toEqual(['/s.css']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('hold chapters to 150 KB of gzipped JS', () => {
    expect(FIRST_LOAD_JS_BUDGET_KB).toBe(150);
  });
});
