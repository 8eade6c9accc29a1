import type { Metadata } from 'next';
import Link from 'next/link';
import HowToRead from '@/content/pages/how-to-read.mdx';
import Introduction from '@/content/pages/introduction.mdx';
import HowToReadZh from '@/content/zh/pages/how-to-read.mdx';
import IntroductionZh from '@/content/zh/pages/introduction.mdx';
import { HOME_HERO } from '@/content/pages/home-hero';
import { ChapterList } from '@/components/site/chapter-list';
import { HomeHero } from '@/components/site/home-hero';
import { loadEdition } from '@/content';
import { SOURCE, totalMinutes } from '@/lib/content/source';
import type { Lang } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';
import { chapterPath, homePath } from '@/lib/site';
import { languageAlternates } from './alternates';

/** Each language's words of the home page. */
const PAGES = {
  en: { Introduction, HowToRead },
  zh: { Introduction: IntroductionZh, HowToRead: HowToReadZh },
} satisfies Record<Lang, Record<string, React.ComponentType>>;

/** The home page's address in every language. */
export const homeMetadata = (lang: Lang): Metadata => ({ alternates: languageAlternates(lang, homePath) });

/** The home page in `lang` (app/(en)/(site)/page.tsx and app/zh/(site)/page.tsx). */
export function HomePage({ lang }: { lang: Lang }) {
  const chapters = loadEdition(lang);
  const t = messages(lang);
  const { Introduction, HowToRead } = PAGES[lang];
  return (
    <div className="home mx-auto max-w-6xl px-4 pt-10 pb-4 sm:pt-14">
      <header className="max-w-4xl">
        <h1 className="font-prose text-4xl font-bold leading-tight sm:text-5xl">{t.site.name}</h1>
        <p className="mt-3 text-xl leading-snug text-ink-soft sm:text-2xl">
          {t.site.tagline}
          {t.home.taglineEnd}
        </p>
        <p className="home-byline mt-4 max-w-3xl font-ui text-sm text-ink-soft">
          <span className="font-semibold text-ink">{t.home.counts(chapters.length, totalMinutes(chapters))}</span>{' '}
          {t.home.retold(SOURCE.title, t.site.sourceKind, SOURCE.publisher)}
        </p>
      </header>
      <HomeHero {...HOME_HERO[lang]} lang={lang} />
      <div className="home-body">
        <div className="home-intro">
          <div className="prose prose-lg max-w-none">
            <Introduction />
          </div>
          <p className="mt-6 font-ui">
            <Link
              href={chapterPath(chapters[0]!.slug, lang)}
              className="inline-block rounded-md bg-accent px-5 py-2.5 font-semibold text-on-accent hover:bg-accent-deep"
            >
              {t.home.startReading}
            </Link>
          </p>
          <div className="home-how mt-6 font-ui text-sm leading-relaxed text-ink-soft">
            <HowToRead />
          </div>
        </div>
        <section aria-labelledby="chapters" className="home-chapters">
          <h2 id="chapters" className="mb-2 font-ui text-sm font-semibold uppercase tracking-wider text-ink-soft">
            {t.home.chapters}
          </h2>
          <ChapterList chapters={chapters} lang={lang} />
        </section>
      </div>
    </div>
  );
}
