import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import type { ClientMessages } from '@/lib/i18n/messages';
import { chapterPath, homePath } from '@/lib/site';
import { publicHref } from './embed-footer';

/**
 * The embed's first line, its credit: the site's name over the chapter's title, the title
 * leading to the chapter and the name to the site, each in a new tab so that the course page
 * stays where it was. It is in the first screen of any frame, however small, so whoever sees the
 * picture sees whose it is. Where the package has no public address, they are words, not links.
 */
export function EmbedHeading({
  slug,
  title,
  site,
  lang = DEFAULT_LANG,
  t,
}: {
  slug: string;
  title: string;
  site: string;
  lang?: Lang;
  t: ClientMessages['embedFrame'];
}) {
  const home = publicHref(homePath(lang));
  const chapter = publicHref(chapterPath(slug, lang));
  const newTab = <span className="visually-hidden">{t.newTab}</span>;
  return (
    <header className="embed-header" data-embed-credit>
      <p className="embed-kicker">
        {home ? (
          <a href={home} target="_blank" rel="noopener">
            {site}
            {newTab}
          </a>
        ) : (
          site
        )}
      </p>
      <h1 className="embed-title">
        {chapter ? (
          <a href={chapter} target="_blank" rel="noopener">
            {title}
            {newTab}
            <span aria-hidden="true"> ↗</span>
          </a>
        ) : (
          title
        )}
      </h1>
    </header>
  );
}
