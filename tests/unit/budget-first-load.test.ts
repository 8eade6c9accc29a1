import { describe, expect, it } from 'vitest';
import { loadedScripts } from '../../scripts/budgets/loaded-scripts.mjs';

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
