import Link from 'next/link';
import type { Chapter } from '@/lib/content/types';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';
import { chapterPath, homePath, sourcesPath } from '@/lib/site';
import { PrefetchWhenIdle } from './prefetch-when-idle';

/**
 * Previous/next chapter links at the foot of a chapter. They are prefetched when the browser is
 * idle after load rather than when they scroll into view, which is mid-fling (see PrefetchWhenIdle).
 */
export function ChapterNav({
  previous,
  next,
  lang = DEFAULT_LANG,
}: {
  previous?: Chapter;
  next?: Chapter;
  lang?: Lang;
}) {
  const t = messages(lang).chapterNav;
  const hrefs = [
    previous ? chapterPath(previous.slug, lang) : homePath(lang),
    next ? chapterPath(next.slug, lang) : sourcesPath(lang),
  ];
  return (
    <nav aria-label={t.label} className="no-print mx-auto mt-12 grid max-w-3xl gap-4 font-ui sm:grid-cols-2">
      <PrefetchWhenIdle hrefs={hrefs} />
      {previous ? (
        <Link
          href={chapterPath(previous.slug, lang)}
          prefetch={false}
          rel="prev"
          className="rounded-lg border border-rule p-4 hover:border-accent"
        >
          <span className="block text-xs uppercase tracking-wider text-ink-faint">{t.previous}</span>
          <span className="mt-1 block font-prose text-lg text-ink">{previous.title}</span>
        </Link>
      ) : (
        <Link href={homePath(lang)} prefetch={false} className="rounded-lg border border-rule p-4 hover:border-accent">
          <span className="block text-xs uppercase tracking-wider text-ink-faint">{t.backTo}</span>
          <span className="mt-1 block font-prose text-lg text-ink">{t.contents}</span>
        </Link>
      )}
      {next ? (
        <Link
          href={chapterPath(next.slug, lang)}
          prefetch={false}
          rel="next"
          className="rounded-lg border border-rule p-4 text-right hover:border-accent"
        >
          <span className="block text-xs uppercase tracking-wider text-ink-faint">{t.next}</span>
          <span className="mt-1 block font-prose text-lg text-ink">{next.title}</span>
        </Link>
      ) : (
        <Link
          href={sourcesPath(lang)}
          prefetch={false}
          className="rounded-lg border border-rule p-4 text-right hover:border-accent"
        >
          <span className="block text-xs uppercase tracking-wider text-ink-faint">{t.readNext}</span>
          <span className="mt-1 block font-prose text-lg text-ink">{t.sources}</span>
        </Link>
      )}
    </nav>
  );
}
