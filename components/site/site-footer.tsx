import Link from 'next/link';
import { SOURCE } from '@/lib/content/source';

export function SiteFooter() {
  return (
    <footer className="site-footer mt-16 border-t border-rule font-ui text-sm text-ink-soft">
      <div className="mx-auto max-w-6xl px-4 py-8">
        <p className="max-w-prose">
          Retold from “{SOURCE.title}” ({SOURCE.publisher}), {SOURCE.kind}. Diagrams and interpretations are this
          explainer’s own.{' '}
          <Link href="/sources/" className="text-accent underline">
            Sources and credits
          </Link>
        </p>
        <nav aria-label="Footer" className="mt-3">
          <Link href="/" className="underline">
            Contents
          </Link>
          {' · '}
          <Link href="/teach/" className="underline">
            For instructors
          </Link>
        </nav>
      </div>
    </footer>
  );
}
