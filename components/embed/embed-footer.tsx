import { chapterPath, SITE_NAME, stepPath } from '@/lib/site';

/**
 * The embed's credit line: the chapter, the site it comes from and the way out of the frame to
 * the full chapter (at the current step, in stepper mode), each in a new tab so that the course
 * page stays where it was. `title` is the chapter's; without it the line names the site alone.
 */
export function EmbedFooter({ slug, stepId, title }: { slug: string; stepId?: string; title?: string }) {
  return (
    <footer className="embed-footer">
      <p className="embed-credit">
        {title ? <span className="embed-chapter">“{title}”, from </span> : 'From '}
        <a className="embed-site" href="/" target="_blank" rel="noopener">
          {SITE_NAME}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
      <a
        className="embed-read"
        href={stepId ? stepPath(slug, stepId) : chapterPath(slug)}
        target="_blank"
        rel="noopener"
      >
        Read the full chapter<span className="visually-hidden"> (opens in a new tab)</span>
        <span aria-hidden="true"> ↗</span>
      </a>
    </footer>
  );
}
