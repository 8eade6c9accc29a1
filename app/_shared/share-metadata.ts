import type { Metadata } from 'next';
import type { Chapter } from '@/lib/content/types';
import { getSceneIn } from '@/content/scenes/in-lang';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';
import { absoluteUrl, cardPath, chapterPath, oembedPath, stepSharePath } from '@/lib/site';

/**
 * Everything a link unfurler reads for a chapter or one of its steps: title, description (the
 * chapter's summary, or the step's point), a 1200×630 card of that scene with its description
 * as alt text, and the canonical URL (always the chapter: a step URL is the chapter opened at a
 * place). In `lang`'s edition: give its chapter; the scene's words, the site's name and every URL
 * are that language's.
 */
export function shareMetadata(chapter: Chapter, stepId?: string, lang: Lang = DEFAULT_LANG): Metadata {
  const step = chapter.steps.find((s) => s.id === stepId);
  const scene = getSceneIn((step ?? chapter.steps[0]!).scene, lang);
  const title = step ? `${chapter.title}: ${scene.title}` : chapter.title;
  // A preview leads with why to read (the step's point); the card's alt text says what it shows.
  const description = step ? (step.point ?? scene.description) : chapter.summary;
  const url = absoluteUrl(step ? stepSharePath(chapter.slug, step.id, lang) : chapterPath(chapter.slug, lang));
  const image = {
    url: absoluteUrl(cardPath(chapter.slug, step?.id, lang)),
    width: 1200,
    height: 630,
    alt: scene.description,
  };
  return {
    title,
    description,
    alternates: {
      canonical: absoluteUrl(chapterPath(chapter.slug, lang)),
      types: { 'application/json+oembed': absoluteUrl(oembedPath(chapter.slug, lang)) },
    },
    openGraph: { type: 'article', siteName: messages(lang).site.name, title, description, url, images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}
