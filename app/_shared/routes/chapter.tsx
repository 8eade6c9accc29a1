import type { Metadata } from 'next';
import { ChapterView } from '@/components/chapter/chapter-view';
import { chapterBySlug, loadEdition } from '@/content';
import type { Lang } from '@/lib/i18n/lang';
import { chapterPath } from '@/lib/site';
import { shareMetadata } from '../share-metadata';
import { languageAlternates } from './alternates';

type ChapterProps = { params: Promise<{ slug: string }> };
type StepProps = { params: Promise<{ slug: string; step: string }> };

/** A chapter's page and its steps' share pages, in `lang`'s edition (app/(en)/ and app/zh/). */
export function chapterRoutes(lang: Lang) {
  const metadata = (slug: string, step?: string): Metadata => {
    const meta = shareMetadata(chapterBySlug(slug, loadEdition(lang)), step, lang);
    return { ...meta, alternates: { ...meta.alternates, ...languageAlternates(lang, (l) => chapterPath(slug, l)) } };
  };
  return {
    chapter: {
      generateStaticParams: () => loadEdition(lang).map((chapter) => ({ slug: chapter.slug })),
      generateMetadata: async ({ params }: ChapterProps) => metadata((await params).slug),
      Page: async function ChapterPage({ params }: ChapterProps) {
        const chapters = loadEdition(lang);
        return <ChapterView chapter={chapterBySlug((await params).slug, chapters)} chapters={chapters} lang={lang} />;
      },
    },
    /** Every step has its own share URL: the chapter, opened at that step, with that step's card. */
    step: {
      generateStaticParams: () =>
        loadEdition(lang).flatMap((chapter) => chapter.steps.map((step) => ({ slug: chapter.slug, step: step.id }))),
      generateMetadata: async ({ params }: StepProps) => {
        const { slug, step } = await params;
        return metadata(slug, step);
      },
      Page: async function StepPage({ params }: StepProps) {
        const { slug, step } = await params;
        const chapters = loadEdition(lang);
        return <ChapterView chapter={chapterBySlug(slug, chapters)} chapters={chapters} startStep={step} lang={lang} />;
      },
    },
  };
}
