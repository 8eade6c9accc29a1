import { chapterPath, SITE_NAME, sitePath, stepPath } from '@/lib/site';

/**
 * The way out of the frame: the full chapter (at the current step, in stepper mode) in a new
 * tab, so that the course page stays where it was.
 */
export function EmbedFooter({ slug, stepId }: { slug: string; stepId?: string }) {
  return (
    <footer className="embed-footer">
      <a href={sitePath(stepId ? stepPath(slug, stepId) : chapterPath(slug))} target="_blank" rel="noopener">
        Read the full chapter<span className="visually-hidden"> (opens in a new tab)</span>
        <span aria-hidden="true"> ↗</span>
      </a>
      <span className="embed-site">{SITE_NAME}</span>
    </footer>
  );
}
