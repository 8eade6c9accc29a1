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

/** Each language's own name, for the switch that leads to it (an endonym, not interface text). */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', zh: '中文' };

/**
 * The same page in the other language: `/zh` prefixed to or taken from a path (the base path
 * already removed). Every route exists in both languages with the same slugs and step ids.
 */
export function twinPath(pathname: string, to: Lang): string {
  const bare = pathname === '/zh' || pathname.startsWith('/zh/') ? pathname.slice(3) || '/' : pathname;
  return to === 'zh' ? `/zh${bare}` : bare;
}
