import Link from 'next/link';
import Introduction from '@/content/pages/introduction.mdx';
import { ChapterList } from '@/components/site/chapter-list';
import { loadChapters } from '@/lib/content/load-chapters';
import { SITE_NAME, SITE_TAGLINE, chapterPath } from '@/lib/site';

export default function Home() {
  const chapters = loadChapters();
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <p className="font-ui text-sm uppercase tracking-wider text-ink-faint">An explainer in seven chapters</p>
      <h1 className="mt-2 font-prose text-4xl font-bold leading-tight sm:text-5xl">{SITE_NAME}</h1>
      <p className="mt-3 text-xl text-ink-soft">{SITE_TAGLINE}.</p>
      <div className="prose prose-lg mt-8 max-w-none">
        <Introduction />
      </div>
      <p className="mt-8 font-ui">
        <Link
          href={chapterPath(chapters[0]!.slug)}
          className="inline-block rounded-md bg-accent px-4 py-2 font-semibold text-white hover:bg-ink"
        >
          Start reading
        </Link>
      </p>
      <h2 id="chapters" className="mt-14 mb-4 font-ui text-sm font-semibold uppercase tracking-wider text-ink-soft">
        Chapters
      </h2>
      <ChapterList chapters={chapters} />
    </div>
  );
}
