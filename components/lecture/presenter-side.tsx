/**
 * The presenter view's side column: what comes next (the next step's picture, or the end of the
 * chapter) and the chapter's discussion questions.
 */
export function PresenterSide({
  next,
  nextTitle,
  nextChapter,
  discuss,
}: {
  /** Absent on the chapter's last step. */
  next?: React.ReactNode;
  nextTitle?: string;
  /** The chapter the projection goes on to after the last step, if any. */
  nextChapter?: string;
  discuss: readonly string[];
}) {
  return (
    <aside className="presenter-side" aria-label="Next step and discussion">
      <figure className="presenter-figure presenter-next" data-next>
        <figcaption className="presenter-label">
          Next{nextTitle ? <span className="presenter-figure-title">: {nextTitle}</span> : null}
        </figcaption>
        {next ?? (
          <div className="presenter-end">
            <p>End of chapter</p>
            {nextChapter && <p className="presenter-end-next">Next chapter: {nextChapter}</p>}
          </div>
        )}
      </figure>
      {discuss.length > 0 && (
        <section className="presenter-discuss" aria-labelledby="presenter-discuss">
          <h2 id="presenter-discuss" className="presenter-label">
            Discussion questions
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
