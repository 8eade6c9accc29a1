import Link from 'next/link';
import { ChapterList } from '@/components/site/chapter-list';
import { SiteChrome } from '@/components/site/site-chrome';
import { loadChapters } from '@/content';
import { RootDocument } from './_shared/root-document';

export const metadata = { title: 'Not found · The Thinning Middle' };

export default function NotFound() {
  return (
    <RootDocument lang="en">
      <SiteChrome>
        <div className="mx-auto max-w-3xl px-4 py-12">
          <h1 className="font-prose text-3xl font-bold">This page is not part of the explainer</h1>
          <p className="mt-3 text-lg text-ink-soft">
            The link may be old or mistyped. Start from the{' '}
            <Link href="/" className="text-accent underline">
              contents
            </Link>
            , or pick a chapter:
          </p>
          <div className="mt-8">
            <ChapterList chapters={loadChapters()} headingLevel={2} />
          </div>
        </div>
      </SiteChrome>
    </RootDocument>
  );
}
