import type { Metadata } from 'next';
import Link from 'next/link';
import { ChapterList } from '@/components/site/chapter-list';
import { SiteChrome } from '@/components/site/site-chrome';
import { loadChapters } from '@/content';
import { messages } from '@/lib/i18n/messages';
import { RootDocument } from './_shared/root-document';

// One 404 for the whole site (a static host serves one 404.html), outside both root layouts.
const LANG = 'en';
const t = messages(LANG);

export const metadata: Metadata = { title: t.site.pageTitle(t.notFound.heading) };

export default function NotFound() {
  return (
    <RootDocument lang={LANG}>
      <SiteChrome lang={LANG}>
        <div className="mx-auto max-w-3xl px-4 py-12">
          <h1 className="font-prose text-3xl font-bold">{t.notFound.heading}</h1>
          <p className="mt-3 text-lg text-ink-soft">
            {t.notFound.before}
            <Link href="/" className="text-accent underline">
              {t.notFound.link}
            </Link>
            {t.notFound.after}
          </p>
          <div className="mt-8">
            <ChapterList chapters={loadChapters()} headingLevel={2} lang={LANG} />
          </div>
        </div>
      </SiteChrome>
    </RootDocument>
  );
}
