/** Meaning-only blocks for chapter prose; their look lives in app/styles/prose.css. */

export function Quote({ by, children }: { by: string; children: React.ReactNode }) {
  return (
    <figure className="quote">
      <blockquote>“{children}”</blockquote>
      <figcaption>— {by}</figcaption>
    </figure>
  );
}

export function Takeaway({ children }: { children: React.ReactNode }) {
  return (
    <aside className="takeaway" aria-label="Takeaway">
      <strong>Takeaway</strong>
      {children}
    </aside>
  );
}

export function Discuss({ children }: { children: React.ReactNode }) {
  return (
    <details className="discuss">
      <summary>For discussion: questions for a class</summary>
      {children}
    </details>
  );
}
