import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/**
 * Skip link, header, the page's main content and footer. `twinIsHome`: the header's language
 * switch leads to the other edition's home (a 404 page has no twin).
 */
export function SiteChrome({
  children,
  lang = DEFAULT_LANG,
  twinIsHome = false,
}: {
  children: React.ReactNode;
  lang?: Lang;
  twinIsHome?: boolean;
}) {
  return (
    <>
      <a href="#main" className="skip-link">
        {messages(lang).chrome.skipLink}
      </a>
      <SiteHeader lang={lang} twinIsHome={twinIsHome} />
      <main id="main" tabIndex={-1} className="outline-none">
        {children}
      </main>
      <SiteFooter lang={lang} />
    </>
  );
}
