import type { Chapter } from '@/lib/content/types';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { absoluteUrl, CHAPTER_CARD, cardPath, homePath, SITE_NAME, SITE_URL } from '@/lib/site';
import { defaultView } from './query';
import { embedSnippet, FRAME_HEIGHTS } from './snippet';

/** The oEmbed 1.0 answer for a chapter (https://oembed.com, section 2.3.4.4, type "rich"). */
export interface OEmbed {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** The width a consumer should reserve; the frame itself is fluid (width 100%). */
const OEMBED_WIDTH = 720;

/** The oEmbed answer for `chapter` in the edition of `lang`: its frame, card and provider URL there. */
export function oembedFor(chapter: Pick<Chapter, 'slug' | 'title' | 'steps'>, lang: Lang = DEFAULT_LANG): OEmbed {
  const view = defaultView(chapter.steps.length);
  return {
    type: 'rich',
    version: '1.0',
    title: chapter.title,
    provider_name: SITE_NAME,
    provider_url: absoluteUrl(homePath(lang)),
    html: embedSnippet(chapter.slug, chapter.title, view, chapter.steps.length, SITE_URL, lang),
    width: OEMBED_WIDTH,
    height: FRAME_HEIGHTS[view.mode],
    thumbnail_url: absoluteUrl(cardPath(chapter.slug, CHAPTER_CARD, lang)),
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}
