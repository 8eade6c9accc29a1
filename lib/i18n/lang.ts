/**
 * The languages the explainer is written in: English at the site's root and the source of every
 * id, Chinese (simplified) under /zh/.
 */
export const LANGS = ['en', 'zh'] as const;

export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG = 'en' satisfies Lang;

/** Each language's tag (BCP 47), for <html lang> and `lang` attributes. */
export const LANG_TAGS: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

/** Whether a string names a language (for a route segment or a query value). */
export const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);
