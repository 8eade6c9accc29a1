import type { Metadata } from 'next';
import { ChapterView } from '@/components/chapter/chapter-view';
import { shareMetadata } from '@/app/_shared/share-metadata';
import { chapterBySlug, loadChapters } from '@/content';
import { DEFAULT_LANG } from '@/lib/i18n/lang';

export const dynamicParams = false;

/** Every step has its own share URL: the chapter, opened at that step, with that step's card. */
export function generateStaticParams() {
  return loadChapters().flatMap((chapter) => chapter.steps.map((step) => ({ slug: chapter.slug, step: step.id })));
}

type Props = { params: Promise<{ slug: string; step: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, step } = await params;
  return shareMetadata(chapterBySlug(slug), step);
}

export default async function StepPage({ params }: Props) {
  const { slug, step } = await params;
  const chapters = loadChapters();
  return (
    <ChapterView chapter={chapterBySlug(slug, chapters)} chapters={chapters} startStep={step} lang={DEFAULT_LANG} />
  );
}
