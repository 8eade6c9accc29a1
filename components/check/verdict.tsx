/**
 * A question's polite live region: the verdict on a checked answer (or a hint, or where an
 * answer moved), and words only a screen reader needs, such as the feedback the page shows
 * beside the answer itself.
 */
export function Verdict({ said, result }: { said: { shown: string; heard?: string }; result?: 'right' | 'wrong' }) {
  return (
    <p role="status" className="check-feedback" data-result={result}>
      {said.shown}
      {said.heard && <span className="visually-hidden"> {said.heard}</span>}
    </p>
  );
}
