import { chapterPath, IN_LMS_PACKAGE, PUBLIC_SITE_URL, SITE_NAME, sitePath, stepPath } from '@/lib/site';

/**
 * The way out of the frame: the full chapter (at the current step, in stepper mode) in a new
 * tab, so that the course page stays where it was. In the LMS package the full chapter is the
 * public site's, when the package was built with its address; without one there is no link.
 */
export function EmbedFooter({ slug, stepId }: { slug: string; stepId?: string }) {
  const path = stepId ? stepPath(slug, stepId) : chapterPath(slug);
  const href = IN_LMS_PACKAGE ? PUBLIC_SITE_URL && `${PUBLIC_SITE_URL}${path}` : sitePath(path);
  return (
    <footer className="embed-footer">
      {href && (
        <a href={href} target="_blank" rel="noopener">
          Read the full chapter<span className="visually-hidden"> (opens in a new tab)</span>
          <span aria-hidden="true"> ↗</span>
        </a>
      )}
      <span className="embed-site">{SITE_NAME}</span>
    </footer>
  );
}
