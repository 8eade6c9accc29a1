import type { Metadata } from 'next';
import { ChapterView } from '@/components/chapter/chapter-view';
import { shareMetadata } from '@/app/_shared/share-metadata';
import { chapterBySlug, loadChapters } from '@/content';
import { DEFAULT_LANG } from '@/lib/i18n/lang';

export const dynamicParams = false;

export function generateStaticParams() {
  return loadChapters().map((chapter) => ({ slug: chapter.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return shareMetadata(chapterBySlug((await params).slug));
}

export default async function ChapterPage({ params }: Props) {
  const chapters = loadChapters();
  return <ChapterView chapter={chapterBySlug((await params).slug, chapters)} chapters={chapters} lang={DEFAULT_LANG} />;
}
