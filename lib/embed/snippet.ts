import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { BASE_PATH, embedPath, SITE_NAME, SITE_URL, sitePath } from '@/lib/site';
import { embedQuery, type EmbedMode, type EmbedView } from './query';

/** A frame's starting height before the embed reports its own (and without the host script). */
export const FRAME_HEIGHTS: Readonly<Record<EmbedMode, number>> = { stepper: 640, scroll: 640, static: 900 };

/** The script a host page loads once to apply the embeds' height messages. */
const HOST_SCRIPT_PATH = '/embed-host.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** Makes text safe inside a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&"<>]/g, (c) => ESCAPES[c]!);
}

/**
 * The embed's path and query for `view`, as a browser requests it (under the base path), e.g.
 * `/embed/the-teardown/?steps=2-3` (in Chinese, `/zh/embed/the-teardown/?steps=2-3`).
 */
export function embedSrc(slug: string, view: EmbedView, stepCount: number, lang: Lang = DEFAULT_LANG): string {
  return sitePath(`${embedPath(slug, lang)}${embedQuery(view, stepCount)}`);
}

/**
 * The address embed code points at. In the browser (the Embed dialog), the address the page
 * was opened from: the code is right wherever the site is served, whatever the build was told.
 * Elsewhere (oEmbed, written at build time), the SITE_URL setting.
 */
function currentSiteUrl(): string {
  return typeof window === 'undefined' ? SITE_URL : `${window.location.origin}${BASE_PATH}`;
}

/** `src` (from embedSrc or sitePath) as an absolute URL on the site `site`. */
function onSite(site: string, src: string): string {
  return `${new URL(site).origin}${src}`;
}

/** The accessible name of an embed's frame. */
function frameTitle(chapterTitle: string): string {
  return `${chapterTitle} (${SITE_NAME})`;
}

/** Just the `<iframe>` of an embed, with an absolute URL. */
function embedIframe(
  slug: string,
  chapterTitle: string,
  view: EmbedView,
  stepCount: number,
  site: string,
  lang: Lang,
): string {
  const src = onSite(site, embedSrc(slug, view, stepCount, lang));
  return [
    `<iframe src="${escapeAttribute(src)}"`,
    ` title="${escapeAttribute(frameTitle(chapterTitle))}"`,
    ` width="100%" height="${FRAME_HEIGHTS[view.mode]}" loading="lazy"`,
    ` style="display:block;width:100%;border:0"></iframe>`,
  ].join('');
}

/**
 * What a course page pastes: the frame (of the chapter in `lang`'s edition) and, once per page,
 * the script that sizes it, which is the same for every language.
 */
export function embedSnippet(
  slug: string,
  chapterTitle: string,
  view: EmbedView,
  stepCount: number,
  site: string = currentSiteUrl(),
  lang: Lang = DEFAULT_LANG,
): string {
  const script = `<script src="${escapeAttribute(onSite(site, sitePath(HOST_SCRIPT_PATH)))}" async></script>`;
  return `${embedIframe(slug, chapterTitle, view, stepCount, site, lang)}\n${script}`;
}
