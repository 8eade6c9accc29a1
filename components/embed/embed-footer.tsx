import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import type { ClientMessages } from '@/lib/i18n/messages';
import { fill } from '@/lib/i18n/template';
import { chapterPath, homePath, IN_LMS_PACKAGE, PUBLIC_SITE_URL, sitePath, stepPath } from '@/lib/site';

/** Where a path of the public site is, seen from inside the frame; none in an LMS package built without its address. */
export function publicHref(path: string): string | undefined {
  if (!IN_LMS_PACKAGE) return sitePath(path);
  return PUBLIC_SITE_URL ? `${PUBLIC_SITE_URL}${path}` : undefined;
}

/**
 * The embed's credit line: the chapter, the site it comes from and the way out of the frame to
 * the full chapter (at the current step, in stepper mode), each in a new tab so that the course
 * page stays where it was. `title` is the chapter's; without it the line names the site alone.
 * In the LMS package the links go to the public site when the package was built with its
 * address; without one the line names the site and links nowhere. `t`: its words, and `site`
 * the site's name, in the page's language; `lang`, the edition its links lead to.
 */
export function EmbedFooter({
  slug,
  stepId,
  title,
  site,
  lang = DEFAULT_LANG,
  t,
}: {
  slug: string;
  stepId?: string;
  title?: string;
  site: string;
  lang?: Lang;
  t: ClientMessages['embedFrame'];
}) {
  const newTab = <span className="visually-hidden">{t.newTab}</span>;
  const home = publicHref(homePath(lang));
  const chapter = publicHref(stepId ? stepPath(slug, stepId, lang) : chapterPath(slug, lang));
  return (
    <footer className="embed-footer">
      <p className="embed-credit">
        {title ? <span className="embed-chapter">{fill(t.creditChapter, title)}</span> : t.creditSite}
        {home ? (
          <a className="embed-site" href={home} target="_blank" rel="noopener">
            {site}
            {newTab}
          </a>
        ) : (
          <span className="embed-site">{site}</span>
        )}
      </p>
      {chapter && (
        <a className="embed-read" href={chapter} target="_blank" rel="noopener">
          {t.readFull}
          {newTab}
          <span aria-hidden="true"> ↗</span>
        </a>
      )}
    </footer>
  );
}
