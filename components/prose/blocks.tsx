/** Meaning-only blocks for chapter prose; their look lives in app/styles/prose.css. */
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';

export function Quote({ by, children }: { by: string; children: React.ReactNode }) {
  return (
    <figure className="quote">
      <blockquote>“{children}”</blockquote>
      <figcaption>— {by}</figcaption>
    </figure>
  );
}

export function Takeaway({ children, lang = DEFAULT_LANG }: { children: React.ReactNode; lang?: Lang }) {
  const word = messages(lang).prose.takeaway;
  return (
    <aside className="takeaway" aria-label={word}>
      <strong>{word}</strong>
      {children}
    </aside>
  );
}

export function Discuss({ children, lang = DEFAULT_LANG }: { children: React.ReactNode; lang?: Lang }) {
  return (
    <details className="discuss">
      <summary>{messages(lang).prose.discuss}</summary>
      {children}
    </details>
  );
}
