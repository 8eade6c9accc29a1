/** The site's languages: English at the root, Chinese (Simplified) under /zh/. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';
/** The value of <html lang> for each language. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };
