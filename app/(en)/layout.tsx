import type { Metadata } from 'next';
import { SITE_NAME, SITE_TAGLINE, SITE_URL } from '@/lib/site';
import { RootDocument } from '../_shared/root-document';

export { viewport } from '../_shared/root-document';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: `${SITE_NAME}: ${SITE_TAGLINE}`, template: `%s · ${SITE_NAME}` },
  description:
    'A scroll-driven explainer of one argument: why Alibaba built a big middle platform, what it was good at, why it could not carry disruptive innovation, and why it is getting thinner.',
};

/** The English site's document, at the root of the site. */
export default function EnglishLayout({ children }: { children: React.ReactNode }) {
  return <RootDocument lang="en">{children}</RootDocument>;
}
