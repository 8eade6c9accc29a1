import { describe, expect, it } from 'vitest';
import { clockLocale, formatElapsed, formatTimeOfDay, untilNextSecond } from '@/lib/lecture/clock';

describe('the presenter’s clock', () => {
  it('writes time elapsed as hours, minutes and seconds, always the same width under ten hours', () => {
    expect(formatElapsed(0)).toBe('0:00:00');
    expect(formatElapsed(999)).toBe('0:00:00');
    expect(formatElapsed(65_000)).toBe('0:01:05');
    expect(formatElapsed(3_600_000 + 59 * 60_000 + 59_000)).toBe('1:59:59');
    for (const ms of [0, 61_000, 3_599_999, 9 * 3_600_000]) expect(formatElapsed(ms)).toHaveLength(7);
  });

  it('reads a clock set back as no time elapsed', () => {
    expect(formatElapsed(-5_000)).toBe('0:00:00');
  });

  it('writes the time of day with two-digit hours and minutes, in the reader’s way', () => {
    const morning = new Date(2026, 0, 5, 9, 7, 30);
    expect(formatTimeOfDay(morning, 'en-GB')).toBe('09:07');
    expect(formatTimeOfDay(morning, 'en-US')).toMatch(/^09:07\sAM$/);
  });

  it('waits for the next whole second before ticking', () => {
    expect(untilNextSecond(10_000)).toBe(1000);
    expect(untilNextSecond(10_250)).toBe(750);
    expect(untilNextSecond(10_999)).toBe(1);
  });
});

describe('clockLocale(pageLang, readerLangs)', () => {
  it('keeps the reader’s own way of writing the time when it is in the page’s language', () => {
    expect(clockLocale('en', ['en-GB', 'fr'])).toBe('en-GB');
    expect(clockLocale('zh-Hans', ['en-US', 'zh-TW'])).toBe('zh-TW');
  });

  it('writes the page’s language otherwise: a Chinese page never says PM', () => {
    expect(clockLocale('zh-Hans', ['en-US'])).toBe('zh-Hans');
    expect(formatTimeOfDay(new Date(2026, 0, 1, 15, 4), clockLocale('zh-Hans', ['en-US']))).not.toMatch(/[A-Za-z]/);
    expect(formatTimeOfDay(new Date(2026, 0, 1, 15, 4), clockLocale('en', ['en-US']))).toMatch(/PM/);
  });
});
