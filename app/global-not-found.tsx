import type { Metadata } from 'next';
import { SiteChrome } from '@/components/site/site-chrome';
import { NotFoundPage, notFoundMetadata } from './_shared/routes/not-found';
import { RootDocument } from './_shared/root-document';

// The English 404 (404.html), outside both root layouts: a static host serves it at any unknown
// address. The Chinese edition's is app/zh/404/, which the build moves to zh/404.html.
const LANG = 'en';

export const metadata: Metadata = notFoundMetadata(LANG);

export default function NotFound() {
  return (
    <RootDocument lang={LANG}>
      <SiteChrome lang={LANG} twinIsHome>
        <NotFoundPage lang={LANG} />
      </SiteChrome>
    </RootDocument>
  );
}
