import type { Lang } from '@/lib/i18n/lang';

/**
 * An unhurried reading pace: words a minute in English, characters a minute in Chinese (where
 * a word is not a unit a reader counts in; about 300–500 characters a minute is usual).
 */
export const READING_PACE: Record<Lang, number> = { en: 220, zh: 400 };

const HAN = /\p{Script=Han}/gu;

/**
 * The length of reading prose in the unit its pace counts: words in English; in Chinese, each
 * Han character, with each run of Latin letters or digits inside the text (AI, TMD, 2015) as one.
 */
export function readingLength(text: string, lang: Lang): number {
  const words = (s: string) => s.split(/[^\p{L}\p{N}’'-]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (lang === 'en') return text.split(/\s+/).filter(Boolean).length;
  return (text.match(HAN)?.length ?? 0) + words(text.replace(HAN, ' '));
}

/** Minutes at the language's pace, at least one. */
export function readingMinutes(length: number, lang: Lang): number {
  return Math.max(1, Math.round(length / READING_PACE[lang]));
}
