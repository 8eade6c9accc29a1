import Link from 'next/link';
import { SITE_NAME } from '@/lib/site';

export function SiteHeader() {
  return (
    <header className="site-header border-b border-rule font-ui">
      <nav aria-label="Site" className="mx-auto flex h-[3.25rem] max-w-6xl items-center justify-between gap-4 px-4">
        <Link href="/" className="font-semibold text-ink no-underline hover:text-accent">
          {SITE_NAME}
        </Link>
        <ul className="flex gap-4 text-sm text-ink-soft">
          <li>
            <Link href="/#chapters" className="hover:text-accent">
              Chapters
            </Link>
          </li>
          <li>
            <Link href="/sources/" className="hover:text-accent">
              Sources
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
