import { SiteChrome } from '@/components/site/site-chrome';

/** The Chinese reading site: header, main and footer in Chinese. */
export default function ChineseSiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome lang="zh">{children}</SiteChrome>;
}
