/** Site-wide settings and URL helpers. Pure: no React, no Next. */

import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';

/**
 * Where the site is served, from the SITE_URL setting (next.config.ts checks it and passes it
 * in; README, "Deploy"). Absolute URLs (canonical, share cards, oEmbed, the manifest) start
 * here. It may end in a folder, the base path, e.g. `https://example.edu/courses/thin-middle`.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

/** The folder the site lives in on its host: '' at the root, else e.g. `/courses/thin-middle`. */
export const BASE_PATH = process.env.SITE_BASE_PATH ?? new URL(SITE_URL).pathname.replace(/\/+$/, '');

export const SITE_NAME = 'The Thinning Middle';
export const SITE_TAGLINE = 'Why Alibaba built a big middle platform, and why it is now thinning and splitting it';

/**
 * `path` (from the site's root, e.g. `/sources/`) in the edition of `lang`: English at the root,
 * Chinese under `/zh/`. Every helper below writes its path through this.
 */
export function langPath(path: string, lang: Lang = DEFAULT_LANG): string {
  return lang === DEFAULT_LANG ? path : `/${lang}${path}`;
}

/** The home page: the contents. */
export function homePath(lang: Lang = DEFAULT_LANG): string {
  return langPath('/', lang);
}

/** Sources and credits. */
export function sourcesPath(lang: Lang = DEFAULT_LANG): string {
  return langPath('/sources/', lang);
}

/** The instructors' page: lecture links, embed codes, questions, answers, the course package. */
export function teachPath(lang: Lang = DEFAULT_LANG): string {
  return langPath('/teach/', lang);
}

export function chapterPath(slug: string, lang: Lang = DEFAULT_LANG): string {
  return langPath(`/chapters/${slug}/`, lang);
}

export function stepPath(slug: string, stepId: string, lang: Lang = DEFAULT_LANG): string {
  return `${chapterPath(slug, lang)}#${stepId}`;
}

/**
 * A path on the site (as the helpers here write it, already in its language) made absolute on
 * the site's address.
 */
export function absoluteUrl(pathname: string): string {
  return `${SITE_URL}${pathname.startsWith('/') ? '' : '/'}${pathname}`;
}

/**
 * A path on the site as a browser must request it: under the base path. For plain `<a>`,
 * `<iframe src>` and fetch(); Next's <Link>, router and metadata add the base path themselves.
 * The path is already in its language (the helpers here put it there), so this takes none.
 */
export function sitePath(pathname: string): string {
  return `${BASE_PATH}${pathname.startsWith('/') ? '' : '/'}${pathname}`;
}

/** The share card of a whole chapter is `/og/<slug>/chapter.png`; a step's is `<step-id>.png`. */
export const CHAPTER_CARD = 'chapter';

export function cardPath(slug: string, stepId: string = CHAPTER_CARD, lang: Lang = DEFAULT_LANG): string {
  return langPath(`/og/${slug}/${stepId}.png`, lang);
}

/** A step's own share URL: the chapter opened at that step, with that step's card. */
export function stepSharePath(slug: string, stepId: string, lang: Lang = DEFAULT_LANG): string {
  return `${chapterPath(slug, lang)}${stepId}/`;
}

/** A chapter without site chrome, for iframes in course pages (see README, "Embedding"). */
export function embedPath(slug: string, lang: Lang = DEFAULT_LANG): string {
  return langPath(`/embed/${slug}/`, lang);
}

/** Lecture mode: the diagram fills the screen and the step's text is the caption. */
export function lecturePath(slug: string, lang: Lang = DEFAULT_LANG): string {
  return langPath(`/present/${slug}/`, lang);
}

/** The oEmbed description of a chapter. */
export function oembedPath(slug: string, lang: Lang = DEFAULT_LANG): string {
  return langPath(`/oembed/${slug}.json`, lang);
}

/** True in the LMS package's build (`npm run package:scorm`): chapters report to the LMS. */
export const IN_LMS_PACKAGE = process.env.SITE_PACKAGE === 'scorm';

/** In the LMS package, the public site's address if the package was built with one, else ''. */
export const PUBLIC_SITE_URL = (process.env.SITE_PUBLIC_URL ?? '').replace(/\/+$/, '');
