import type { Metadata } from 'next';
import Link from 'next/link';
import { ChapterList } from '@/components/site/chapter-list';
import { loadEdition } from '@/content';
import { LANG_TAGS, LANGS, type Lang } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';
import { homePath } from '@/lib/site';

export function notFoundMetadata(lang: Lang): Metadata {
  const t = messages(lang);
  return { title: t.site.pageTitle(t.notFound.heading), robots: { index: false } };
}

/**
 * The page for an address that is not part of the explainer, in `lang`: the way back to the
 * contents, the chapters, and a line in each other language pointing to its own edition (a
 * reader who mistyped a Chinese address on a host with one 404 page still finds the Chinese
 * edition). The build puts the English one at 404.html and the Chinese one at zh/404.html
 * (scripts/site/not-found-pages.mjs), where the server configs send each edition's misses.
 */
export function NotFoundPage({ lang }: { lang: Lang }) {
  const t = messages(lang).notFound;
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="font-prose text-3xl font-bold">{t.heading}</h1>
      <p className="mt-3 text-lg text-ink-soft">
        {t.before}
        <Link href={homePath(lang)} className="text-accent underline">
          {t.link}
        </Link>
        {t.after}
      </p>
      {LANGS.filter((other) => other !== lang).map((other) => {
        const elsewhere = messages(other).notFound.edition;
        return (
          <p key={other} lang={LANG_TAGS[other]} className="mt-2 text-ink-soft">
            {elsewhere.before}
            <Link href={homePath(other)} hrefLang={LANG_TAGS[other]} className="text-accent underline">
              {elsewhere.link}
            </Link>
            {elsewhere.after}
          </p>
        );
      })}
      <div className="mt-8">
        <ChapterList chapters={loadEdition(lang)} headingLevel={2} lang={lang} />
      </div>
    </div>
  );
}
