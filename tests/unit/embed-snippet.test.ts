import { describe, expect, it } from 'vitest';
import { loadChapters } from '@/content';
import { embedChapters } from '@/lib/embed/embed-chapters';
import { oembedFor } from '@/lib/embed/oembed';
import { defaultView } from '@/lib/embed/query';
import { embedSnippet, embedSrc, escapeAttribute } from '@/lib/embed/snippet';
import { getScene } from '@/content/scenes';
import { SITE_URL } from '@/lib/site';

describe('embedSrc', () => {
  it('is the bare embed path for the defaults and adds only what differs', () => {
    expect(embedSrc('the-teardown', defaultView(4), 4)).toBe('/embed/the-teardown/');
    expect(
      embedSrc('the-teardown', { mode: 'scroll', first: 2, last: 3, start: 2, theme: 'system', check: false }, 4),
    ).toBe('/embed/the-teardown/?mode=scroll&steps=2-3');
  });
});

describe('embedSnippet', () => {
  const snippet = embedSnippet(
    'the-teardown',
    'Tom & “Jerry” <b>',
    { mode: 'static', first: 1, last: 2, start: 1, theme: 'system', check: false },
    4,
  );

  it('is a titled, lazy, full-width frame of the embed and the host script from the site', () => {
    const [frame, script] = snippet.split('\n');
    expect(frame).toMatch(/^<iframe src="[^"]+\/embed\/the-teardown\/\?mode=static&amp;steps=1-2"/);
    expect(frame).toContain(' loading="lazy"');
    expect(frame).toContain(' width="100%"');
    expect(frame).toContain(' title="Tom &amp; “Jerry” &lt;b&gt; (The Thinning Middle)"');
    expect(script).toBe(`<script src="${SITE_URL}/embed-host.js" async></script>`);
  });
});

describe('escapeAttribute', () => {
  it('escapes what could end an attribute or start a tag', () => {
    expect(escapeAttribute('"><script>&')).toBe('&quot;&gt;&lt;script&gt;&amp;');
  });
});

describe('oembedFor', () => {
  it('describes every chapter as a rich oEmbed 1.0 whose html frames its embed', () => {
    for (const chapter of loadChapters()) {
      const answer = oembedFor(chapter);
      expect(answer).toMatchObject({ type: 'rich', version: '1.0', title: chapter.title });
      expect(answer.html).toContain(`src="${SITE_URL}/embed/${chapter.slug}/"`);
      expect(answer.width).toBeGreaterThan(0);
      expect(answer.height).toBeGreaterThan(0);
      expect(answer.provider_url).toBe(`${SITE_URL}/`);
    }
  });
});

describe('embedChapters', () => {
  it('gives the dialog every chapter with its steps named by their scenes, as plain data', () => {
    const chapters = loadChapters();
    const listed = embedChapters(chapters, getScene);
    expect(listed.map((c) => c.slug)).toEqual(chapters.map((c) => c.slug));
    expect(listed[0]!.steps[0]).toEqual({
      id: chapters[0]!.steps[0]!.id,
      title: getScene(chapters[0]!.steps[0]!.scene).title,
    });
    expect(JSON.parse(JSON.stringify(listed))).toEqual(listed);
  });
});
