import Link from 'next/link';
import { ChapterList } from '@/components/site/chapter-list';
import { SiteChrome } from '@/components/site/site-chrome';
import { loadChapters } from '@/content';
import { DEFAULT_LANG } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';

const LANG = DEFAULT_LANG;

export default function NotFound() {
  const t = messages(LANG).notFound;
  return (
    <SiteChrome lang={LANG}>
      <div className="mx-auto max-w-3xl px-4 py-12">
        <h1 className="font-prose text-3xl font-bold">{t.heading}</h1>
        <p className="mt-3 text-lg text-ink-soft">
          {t.before}
          <Link href="/" className="text-accent underline">
            {t.link}
          </Link>
          {t.after}
        </p>
        <div className="mt-8">
          <ChapterList chapters={loadChapters()} headingLevel={2} lang={LANG} />
        </div>
      </div>
    </SiteChrome>
  );
}
