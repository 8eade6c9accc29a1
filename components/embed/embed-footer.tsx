import { chapterPath, IN_LMS_PACKAGE, PUBLIC_SITE_URL, SITE_NAME, sitePath, stepPath } from '@/lib/site';

/** Where a path of the public site is, seen from inside the frame; none in an LMS package built without its address. */
function publicHref(path: string): string | undefined {
  if (!IN_LMS_PACKAGE) return sitePath(path);
  return PUBLIC_SITE_URL ? `${PUBLIC_SITE_URL}${path}` : undefined;
}

const NEW_TAB = <span className="visually-hidden"> (opens in a new tab)</span>;

/**
 * The embed's credit line: the chapter, the site it comes from and the way out of the frame to
 * the full chapter (at the current step, in stepper mode), each in a new tab so that the course
 * page stays where it was. `title` is the chapter's; without it the line names the site alone.
 * In the LMS package the links go to the public site when the package was built with its
 * address; without one the line names the site and links nowhere.
 */
export function EmbedFooter({ slug, stepId, title }: { slug: string; stepId?: string; title?: string }) {
  const home = publicHref('/');
  const chapter = publicHref(stepId ? stepPath(slug, stepId) : chapterPath(slug));
  return (
    <footer className="embed-footer">
      <p className="embed-credit">
        {title ? <span className="embed-chapter">“{title}”, from </span> : 'From '}
        {home ? (
          <a className="embed-site" href={home} target="_blank" rel="noopener">
            {SITE_NAME}
            {NEW_TAB}
          </a>
        ) : (
          <span className="embed-site">{SITE_NAME}</span>
        )}
      </p>
      {chapter && (
        <a className="embed-read" href={chapter} target="_blank" rel="noopener">
          Read the full chapter{NEW_TAB}
          <span aria-hidden="true"> ↗</span>
        </a>
      )}
    </footer>
  );
}
