import Link from 'next/link';
import { ThemeControl } from '@/components/theme/theme-control';
import { LanguageSwitch } from './language-switch';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { clientMessages, messages } from '@/lib/i18n/messages';
import { homePath, sourcesPath } from '@/lib/site';

export function SiteHeader({ lang = DEFAULT_LANG, twinIsHome = false }: { lang?: Lang; twinIsHome?: boolean }) {
  const t = messages(lang);
  return (
    <header className="site-header border-b border-rule font-ui">
      <nav
        aria-label={t.chrome.headerNav}
        className="mx-auto flex h-[3.25rem] max-w-6xl items-center justify-between gap-2.5 px-4 min-[26rem]:gap-4"
      >
        <Link
          href={homePath(lang)}
          className="whitespace-nowrap text-[0.9375rem] font-semibold text-ink no-underline hover:text-accent min-[26rem]:text-base"
        >
          {t.site.name}
        </Link>
        {/* On a phone the links and gaps tighten, so the header keeps to one line. */}
        <div className="flex items-center gap-2 min-[26rem]:gap-4">
          <ul className="flex gap-2.5 text-[0.8125rem] text-ink-soft min-[26rem]:gap-4 min-[26rem]:text-sm">
            {/* Below 24rem the site's name, which leads to the same list, stands in for it. */}
            <li className="hidden min-[24rem]:block">
              <Link href={`${homePath(lang)}#chapters`} className="hover:text-accent">
                {t.chrome.chapters}
              </Link>
            </li>
            <li>
              <Link href={sourcesPath(lang)} className="hover:text-accent">
                {t.chrome.sources}
              </Link>
            </li>
            <li>
              <LanguageSwitch to={lang === 'zh' ? 'en' : 'zh'} home={twinIsHome} />
            </li>
          </ul>
          <ThemeControl t={clientMessages(lang).theme} />
        </div>
      </nav>
    </header>
  );
}
