import type { Metadata } from 'next';
import { chapterBySlug, loadEdition } from '@/content';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { chapterPath } from '@/lib/site';

/**
 * What the bare chapter routes (embeds and lecture mode) share: one page per chapter, and
 * metadata that points search engines at the chapter itself and keeps the bare copy out of them.
 */
export type BareChapterProps = { params: Promise<{ slug: string }> };

/**
 * `title` makes the page's title from the chapter's (lecture mode's says it is a lecture); `lang`
 * is the edition, whose chapter it names and points at.
 */
export async function bareChapterMetadata(
  { params }: BareChapterProps,
  title: (chapter: string) => string = (chapter) => chapter,
  lang: Lang = DEFAULT_LANG,
): Promise<Metadata> {
  const chapter = chapterBySlug((await params).slug, loadEdition(lang));
  return {
    title: title(chapter.title),
    description: chapter.summary,
    alternates: { canonical: chapterPath(chapter.slug, lang) },
    robots: { index: false, follow: true },
  };
}
