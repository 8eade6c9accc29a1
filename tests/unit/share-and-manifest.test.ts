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

  it('breaks Chinese between characters, a character as wide as 5/3 of a Latin one', () => {
    expect(wrapText('大中台，小前台', 8)).toEqual(['大中台，', '小前台']);
    expect(wrapText('双11流量暴涨', 8)).toEqual(['双11流量', '暴涨']);
  });

  it('never starts a Chinese line with closing punctuation, and keeps Latin names whole', () => {
    expect(wrapText('一二三，四', 5).every((line) => !line.startsWith('，'))).toBe(true);
    expect(wrapText('面临更多颠覆的BAT和TMD', 10)).toEqual(['面临更多颠覆', '的BAT和TMD']);
  });

  it('ends a cut Chinese text with an ellipsis, not a comma and an ellipsis', () => {
    expect(wrapLines('大中台，小前台，快', 8, 1)).toEqual(['大中台…']);
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
