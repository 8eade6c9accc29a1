import type { Metadata } from 'next';
import { LANG_TAGS, LANGS, type Lang } from '@/lib/i18n/lang';
import { absoluteUrl } from '@/lib/site';

/**
 * A page's canonical address in `lang` and its twins in every language (`hreflang`), with the
 * English root as `x-default`: `pathIn` gives the page's path in a language.
 */
export function languageAlternates(lang: Lang, pathIn: (lang: Lang) => string): Metadata['alternates'] {
  return {
    canonical: absoluteUrl(pathIn(lang)),
    languages: {
      ...Object.fromEntries(LANGS.map((l) => [LANG_TAGS[l], absoluteUrl(pathIn(l))])),
      'x-default': absoluteUrl(pathIn('en')),
    },
  };
}
