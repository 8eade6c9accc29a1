/**
 * The presenter's clock, as text. Every value keeps its width (hours, minutes and seconds always
 * written, numbers drawn tabular by the stylesheet), so the clock never moves what is around it.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Time elapsed, as `H:MM:SS` (`0:07:05`); a negative span (a clock set back) reads as zero. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** The time of day in the reader's own way of writing it, hours and minutes always two digits. */
export function formatTimeOfDay(date: Date, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
}

/**
 * The locale to write the time of day in: the reader's own, if it is in the page's language
 * (an en-GB reader of the English page gets 15:04), else the page's language (a Chinese page
 * never says "PM", whatever the browser's language).
 */
export function clockLocale(pageLang: string, readerLangs: readonly string[]): string {
  const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();
  return readerLangs.find((tag) => primary(tag) === primary(pageLang)) ?? pageLang;
}

/** Milliseconds until the next whole second: the clock ticks with the seconds, not beside them. */
export function untilNextSecond(now: number): number {
  return 1000 - (((now % 1000) + 1000) % 1000);
}
