import type { Metadata } from 'next';
import { messages } from '@/lib/i18n/messages';
import { SITE_URL } from '@/lib/site';
import { RootDocument } from '../_shared/root-document';

export { viewport } from '../_shared/root-document';

const t = messages('zh').site;

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: t.homeTitle, template: t.pageTitle('%s') },
  description: t.description,
};

/** The Chinese edition's document, under /zh/: <html lang="zh-Hans">. */
export default function ChineseLayout({ children }: { children: React.ReactNode }) {
  return <RootDocument lang="zh">{children}</RootDocument>;
}
