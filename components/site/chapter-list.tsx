import Link from 'next/link';
import type { Chapter } from '@/lib/content/types';
import { chapterPath } from '@/lib/site';

/** The table of contents: every chapter with its summary and reading time. */
export function ChapterList({ chapters, headingLevel = 3 }: { chapters: readonly Chapter[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="divide-y divide-rule border-y border-rule">
      {chapters.map((chapter) => (
        <li key={chapter.slug} className="py-4">
          <Heading className="font-prose text-xl font-semibold leading-snug">
            <Link href={chapterPath(chapter.slug)} className="text-ink hover:text-accent">
              <span className="mr-2 font-ui text-sm font-normal text-ink-faint">{chapter.order}.</span>
              {chapter.title}
            </Link>
          </Heading>
          <p className="mt-1 text-ink-soft">{chapter.summary}</p>
          <p className="mt-1 font-ui text-xs text-ink-faint">
            {chapter.readingMinutes} min read · {chapter.steps.length} steps
          </p>
        </li>
      ))}
    </ol>
  );
}
