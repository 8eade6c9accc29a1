import type { Chapter } from '@/lib/content/types';
import { absoluteUrl, cardPath, SITE_NAME, SITE_URL } from '@/lib/site';
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

export function oembedFor(chapter: Pick<Chapter, 'slug' | 'title' | 'steps'>): OEmbed {
  const view = defaultView(chapter.steps.length);
  return {
    type: 'rich',
    version: '1.0',
    title: chapter.title,
    provider_name: SITE_NAME,
    provider_url: `${SITE_URL}/`,
    html: embedSnippet(chapter.slug, chapter.title, view, chapter.steps.length, SITE_URL),
    width: OEMBED_WIDTH,
    height: FRAME_HEIGHTS[view.mode],
    thumbnail_url: absoluteUrl(cardPath(chapter.slug)),
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}
