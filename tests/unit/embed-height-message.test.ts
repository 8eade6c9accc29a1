import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE, heightMessage, isHeightMessage, isMeasureRequest } from '@/lib/embed/height-message';

describe('heightMessage', () => {
  it('names its type, rounds the height up to a whole pixel and says which chapter', () => {
    expect(heightMessage(612.2, 'the-teardown')).toEqual({ type: HEIGHT_MESSAGE, height: 613, slug: 'the-teardown' });
  });
});

describe('isHeightMessage', () => {
  it('accepts the message the embed sends', () => {
    expect(isHeightMessage(heightMessage(480, 'x'))).toBe(true);
  });

  it('refuses anything else: other types, missing fields, heights that are not sensible', () => {
    const bad: unknown[] = [
      null,
      'thin-middle:height',
      { type: 'other', height: 300, slug: 'x' },
      { type: HEIGHT_MESSAGE, height: 300 },
      { type: HEIGHT_MESSAGE, height: '300', slug: 'x' },
      { type: HEIGHT_MESSAGE, height: 0, slug: 'x' },
      { type: HEIGHT_MESSAGE, height: -5, slug: 'x' },
      { type: HEIGHT_MESSAGE, height: Number.NaN, slug: 'x' },
      { type: HEIGHT_MESSAGE, height: Infinity, slug: 'x' },
      { type: HEIGHT_MESSAGE, height: 1e9, slug: 'x' },
    ];
    for (const data of bad) expect(isHeightMessage(data), JSON.stringify(data)).toBe(false);
  });
});

describe('isMeasureRequest', () => {
  it('recognises the host script’s request and nothing else', () => {
    expect(isMeasureRequest({ type: 'thin-middle:measure' })).toBe(true);
    expect(isMeasureRequest({ type: HEIGHT_MESSAGE })).toBe(false);
    expect(isMeasureRequest(undefined)).toBe(false);
  });
});
