import Link from 'next/link';
import type { Chapter } from '@/lib/content/types';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';
import { chapterPath } from '@/lib/site';

/**
 * The table of contents: every chapter as one link, the whole row clickable, with its number,
 * title, summary and reading time.
 */
export function ChapterList({
  chapters,
  headingLevel = 3,
  lang = DEFAULT_LANG,
}: {
  chapters: readonly Chapter[];
  headingLevel?: 2 | 3;
  lang?: Lang;
}) {
  const t = messages(lang).chapterList;
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
              <Link href={chapterPath(chapter.slug, lang)} className="chapter-link text-ink">
                <span className="visually-hidden">{t.number(chapter.order)}</span>
                {chapter.title}
              </Link>
            </Heading>
            <p className="mt-1 text-ink-soft">{chapter.summary}</p>
          </div>
          <p className="chapter-minutes font-ui text-sm text-ink-faint">
            {t.minutes(chapter.readingMinutes)}
            <span className="visually-hidden">{t.minutesAfter}</span>
          </p>
        </li>
      ))}
    </ol>
  );
}
