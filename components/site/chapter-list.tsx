import Link from 'next/link';
import type { Chapter } from '@/lib/content/types';
import { chapterPath } from '@/lib/site';

/**
 * The table of contents: every chapter as one link, the whole row clickable, with its number,
 * title, summary and reading time.
 */
export function ChapterList({ chapters, headingLevel = 3 }: { chapters: readonly Chapter[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="chapter-list border-t border-rule">
      {chapters.map((chapter) => (
        <li key={chapter.slug} className="chapter-item relative border-b border-rule">
          <span className="chapter-number font-prose" aria-hidden="true">
            {chapter.order}
          </span>
          <div className="chapter-body">
            <Heading className="font-prose text-xl font-semibold leading-snug">
              <Link href={chapterPath(chapter.slug)} className="chapter-link text-ink">
                <span className="visually-hidden">Chapter {chapter.order}: </span>
                {chapter.title}
              </Link>
            </Heading>
            <p className="mt-1 text-ink-soft">{chapter.summary}</p>
          </div>
          <p className="chapter-minutes font-ui text-sm text-ink-faint">
            {chapter.readingMinutes} min<span className="visually-hidden"> read</span>
          </p>
        </li>
      ))}
    </ol>
  );
}
