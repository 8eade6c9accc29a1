import type { ClientMessages } from '@/lib/i18n/messages';
import { fill } from '@/lib/i18n/template';

/**
 * The presenter view's side column: what comes next (the next step's picture, or the end of the
 * chapter) and the chapter's discussion questions.
 */
export function PresenterSide({
  next,
  nextTitle,
  nextChapter,
  discuss,
  t,
}: {
  /** Absent on the chapter's last step. */
  next?: React.ReactNode;
  nextTitle?: string;
  /** The chapter the projection goes on to after the last step, if any. */
  nextChapter?: string;
  discuss: readonly string[];
  t: ClientMessages['presenter'];
}) {
  return (
    <aside className="presenter-side" aria-label={t.side}>
      <figure className="presenter-figure presenter-next" data-next>
        <figcaption className="presenter-label">
          {t.next}
          {nextTitle ? (
            <span className="presenter-figure-title">
              {t.nextTitleBefore}
              {nextTitle}
            </span>
          ) : null}
        </figcaption>
        {next ?? (
          <div className="presenter-end">
            <p>{t.endOfChapter}</p>
            {nextChapter && <p className="presenter-end-next">{fill(t.nextChapter, nextChapter)}</p>}
          </div>
        )}
      </figure>
      {discuss.length > 0 && (
        <section className="presenter-discuss" aria-labelledby="presenter-discuss">
          <h2 id="presenter-discuss" className="presenter-label">
            {t.discussion}
          </h2>
          <ol>
            {discuss.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ol>
        </section>
      )}
    </aside>
  );
}
