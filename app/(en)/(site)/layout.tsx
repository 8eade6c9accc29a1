import { SiteChrome } from '@/components/site/site-chrome';

/** The reading site: header, main and footer. Embeds and lecture mode live outside it, bare. */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
