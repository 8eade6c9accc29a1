/** The languages the explainer is written in. English is the source: every id comes from it. */
export const LANGS = ['en', 'zh'] as const;

export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG = 'en' satisfies Lang;

/** Each language's tag, for `lang` attributes (BCP 47): the Chinese edition is in simplified characters. */
export const LANG_TAGS: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

/** Whether a string names a language (for a route segment or a query value). */
export const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);
