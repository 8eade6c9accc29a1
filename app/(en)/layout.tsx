import type { Metadata } from 'next';
import { messages } from '@/lib/i18n/messages';
import { SITE_URL } from '@/lib/site';
import { RootDocument } from '../_shared/root-document';

export { viewport } from '../_shared/root-document';

const t = messages('en').site;

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: t.homeTitle, template: t.pageTitle('%s') },
  description: t.description,
};

/** The English site's document, at the root of the site. */
export default function EnglishLayout({ children }: { children: React.ReactNode }) {
  return <RootDocument lang="en">{children}</RootDocument>;
}
