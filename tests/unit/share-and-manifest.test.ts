import { describe, expect, it } from 'vitest';
import { loadChapters } from '@/content';
import { getScene } from '@/content/scenes';
import { buildManifest } from '@/lib/manifest';
import { wrapLines, wrapText } from '@/lib/share/wrap-text';

describe('wrapText(text, width)', () => {
  it('breaks between words within the width', () => {
    expect(wrapText('big middle platform small front end', 12)).toEqual([
      'big middle',
      'platform',
      'small front',
      'end',
    ]);
  });

  it('gives a word longer than the width a line of its own', () => {
    expect(wrapText('a extraordinarily b', 5)).toEqual(['a', 'extraordinarily', 'b']);
  });

  it('ends a cut text with an ellipsis', () => {
    expect(wrapLines('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
  });
});

describe('buildManifest(chapters)', () => {
  const manifest = buildManifest(loadChapters(), getScene);

  it('lists every chapter with its page, embed and lecture URLs', () => {
    for (const chapter of manifest.chapters) {
      expect(chapter.url).toMatch(new RegExp(`/chapters/${chapter.slug}/$`));
      expect(chapter.embedUrl).toMatch(new RegExp(`/embed/${chapter.slug}/$`));
      expect(chapter.presentUrl).toMatch(new RegExp(`/present/${chapter.slug}/$`));
    }
  });

  it('gives every step its scene’s description, an anchor URL and a share URL', () => {
    for (const chapter of manifest.chapters) {
      for (const step of chapter.steps) {
        expect(step.description.split(' ').length).toBeGreaterThan(5);
        expect(step.url).toBe(`${chapter.url}#${step.id}`);
        expect(step.shareUrl).toBe(`${chapter.url}${step.id}/`);
      }
    }
  });
});
