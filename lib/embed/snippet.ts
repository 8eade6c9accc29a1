import { absoluteUrl, embedPath, SITE_NAME } from '@/lib/site';
import { embedQuery, type EmbedMode, type EmbedView } from './query';

/** A frame's starting height before the embed reports its own (and without the host script). */
export const FRAME_HEIGHTS: Readonly<Record<EmbedMode, number>> = { stepper: 640, scroll: 640, static: 900 };

/** The script a host page loads once to apply the embeds' height messages. */
export const HOST_SCRIPT_PATH = '/embed-host.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** Makes text safe inside a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&"<>]/g, (c) => ESCAPES[c]!);
}

/** The embed's path and query for `view`, e.g. `/embed/the-teardown/?steps=2-3`. */
export function embedSrc(slug: string, view: EmbedView, stepCount: number): string {
  return `${embedPath(slug)}${embedQuery(view, stepCount)}`;
}

/** The accessible name of an embed's frame. */
export function frameTitle(chapterTitle: string): string {
  return `${chapterTitle} (${SITE_NAME})`;
}

/** Just the `<iframe>` of an embed, with an absolute URL. */
export function embedIframe(slug: string, chapterTitle: string, view: EmbedView, stepCount: number): string {
  const src = absoluteUrl(embedSrc(slug, view, stepCount));
  return [
    `<iframe src="${escapeAttribute(src)}"`,
    ` title="${escapeAttribute(frameTitle(chapterTitle))}"`,
    ` width="100%" height="${FRAME_HEIGHTS[view.mode]}" loading="lazy"`,
    ` style="display:block;width:100%;border:0"></iframe>`,
  ].join('');
}

/** What a course page pastes: the frame and, once per page, the script that sizes it. */
export function embedSnippet(slug: string, chapterTitle: string, view: EmbedView, stepCount: number): string {
  const script = `<script src="${escapeAttribute(absoluteUrl(HOST_SCRIPT_PATH))}" async></script>`;
  return `${embedIframe(slug, chapterTitle, view, stepCount)}\n${script}`;
}
