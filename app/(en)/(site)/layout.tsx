import { SiteChrome } from '@/components/site/site-chrome';
import { DEFAULT_LANG } from '@/lib/i18n/lang';

/** The reading site: header, main and footer. Embeds and lecture mode live outside it, bare. */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome lang={DEFAULT_LANG}>{children}</SiteChrome>;
}
