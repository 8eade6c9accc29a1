/** The site's languages: English at the root, Chinese (Simplified) under /zh/. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];
