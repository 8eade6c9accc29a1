import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EmbedDialog } from '@/components/embed/embed-dialog';
import { EmbedFooter } from '@/components/embed/embed-footer';
import { Step } from '@/components/prose/step';
import { ChapterList } from '@/components/site/chapter-list';
import { ChapterNav } from '@/components/site/chapter-nav';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { TeachChapter } from '@/components/teach/teach-chapter';
import { loadEdition } from '@/content';
import { getSceneIn } from '@/content/scenes/in-lang';
import { embedChapters } from '@/lib/embed/embed-chapters';
import { twinPath, type Lang } from '@/lib/i18n/lang';
import { SITE_URL } from '@/lib/site';
import { clientMessages } from '@/lib/i18n/messages';

// The chapter nav prefetches its neighbours with the app router, which a test has none of.
vi.mock('next/navigation', () => ({
  useRouter: () => ({ prefetch: () => undefined }),
  // The page the components are drawn on: the language switch leads to its twin.
  usePathname: () => '/chapters/the-teardown/',
}));

// <Link> writes paths as the build does (next.config.ts: trailingSlash), not without their slash.
beforeAll(() => void vi.stubEnv('__NEXT_TRAILING_SLASH', 'true'));
afterAll(() => void vi.unstubAllEnvs());

/** Every href and src in `markup`, in order. */
const links = (markup: string) => [...markup.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);

/** What may stay at the site's root in any language: Next's assets, the icon, styles and fonts. */
const SHARED = /^\/(?:_next\/|icon\.svg$|.*\.(?:css|woff2)$)/;

/** The links of `markup` that start at the root but leave the Chinese edition. */
/** Links out of /zh/, but for the one that says it leads to another language (hreflang). */
const outsideZh = (markup: string) =>
  links(markup.replace(/<a [^>]*hreflang="[^"]*"[^>]*>/gi, '')).filter(
    (l) => l.startsWith('/') && !l.startsWith('/zh/') && !SHARED.test(l),
  );

const [first, second, ...rest] = loadEdition('zh');
const last = rest.at(-1)!;
const english = loadEdition('en');

/** Each component as a page in `lang` renders it. */
const COMPONENTS: readonly [name: string, render: (lang?: Lang) => React.ReactElement][] = [
  ['the site header', (lang) => <SiteHeader lang={lang} />],
  ['the site footer', (lang) => <SiteFooter lang={lang} />],
  ['the chapter list', (lang) => <ChapterList chapters={lang === 'zh' ? [first!, second!] : english} lang={lang} />],
  ['the nav of the first chapter', (lang) => <ChapterNav next={second} lang={lang} />],
  ['the nav of a middle chapter', (lang) => <ChapterNav previous={first} next={last} lang={lang} />],
  ['the nav of the last chapter', (lang) => <ChapterNav previous={second} lang={lang} />],
  [
    'a step’s share control',
    (lang) => (
      <Step scene="hema-assembles" id="hema-assembles" chapter="combinatorial-innovation" lang={lang}>
        <p>x</p>
      </Step>
    ),
  ],
  [
    'the embed’s credit line',
    (lang) => (
      <EmbedFooter
        slug="the-teardown"
        stepId="hema"
        title="T"
        site="S"
        lang={lang}
        t={clientMessages(lang ?? 'en').embedFrame}
      />
    ),
  ],
  ['a chapter on the instructors’ page', (lang) => <TeachChapter chapter={first!} count={7} lang={lang} />],
];

describe('a component rendered with lang="zh"', () => {
  it.each(COMPONENTS)('%s links only inside /zh/', (_, render) => {
    const markup = renderToStaticMarkup(render('zh'));
    expect(links(markup).some((l) => l.startsWith('/zh/'))).toBe(true);
    expect(outsideZh(markup)).toEqual([]);
  });
});

describe('the language switch', () => {
  it('leads from a page to its twin in the other language, and back', () => {
    const zh = renderToStaticMarkup(<SiteHeader lang="en" />);
    expect(zh).toMatch(/<a href="\/zh\/chapters\/the-teardown\/" hrefLang="zh-Hans" lang="zh-Hans"[^>]*>中文<\/a>/);
    expect(twinPath('/zh/chapters/the-teardown/the-question/', 'en')).toBe('/chapters/the-teardown/the-question/');
    expect(twinPath('/chapters/the-teardown/the-question/', 'zh')).toBe('/zh/chapters/the-teardown/the-question/');
    expect(twinPath('/zh/', 'en')).toBe('/');
    expect(twinPath('/', 'zh')).toBe('/zh/');
    expect(twinPath('/zh/', 'zh')).toBe('/zh/');
  });
});

describe('a component rendered in English', () => {
  it.each(COMPONENTS)('%s is the same with lang="en" as with no language', (_, render) => {
    expect(renderToStaticMarkup(render('en'))).toBe(renderToStaticMarkup(render()));
  });

  it('the header, footer and chapter nav link where they always have', () => {
    expect(links(renderToStaticMarkup(<SiteHeader />))).toEqual([
      '/',
      '/#chapters',
      '/sources/',
      '/zh/chapters/the-teardown/',
    ]);
    expect(links(renderToStaticMarkup(<SiteFooter />))).toEqual(['/sources/', '/', '/teach/']);
    expect(links(renderToStaticMarkup(<ChapterNav next={english[1]} />))).toEqual([
      '/',
      `/chapters/${english[1]!.slug}/`,
    ]);
    expect(links(renderToStaticMarkup(<ChapterNav previous={english[0]} />))).toEqual([
      `/chapters/${english[0]!.slug}/`,
      '/sources/',
    ]);
  });

  it('the chapter list, a step’s share control and the embed’s credit line link where they always have', () => {
    expect(links(renderToStaticMarkup(<ChapterList chapters={english} />))).toEqual(
      english.map((c) => `/chapters/${c.slug}/`),
    );
    const step = renderToStaticMarkup(
      <Step scene="hema-assembles" id="hema-assembles" chapter="combinatorial-innovation">
        <p>x</p>
      </Step>,
    );
    expect(links(step)).toContain('/chapters/combinatorial-innovation/hema-assembles/');
    const footer = renderToStaticMarkup(
      <EmbedFooter slug="the-teardown" stepId="hema" title="T" site="S" t={clientMessages('en').embedFrame} />,
    );
    expect(links(footer)).toEqual(['/', '/chapters/the-teardown/#hema']);
  });

  it('a chapter on the instructors’ page links to its English reading, lecture and presenter views', () => {
    const chapter = english[0]!;
    const hrefs = links(renderToStaticMarkup(<TeachChapter chapter={chapter} count={7} />));
    for (const path of ['chapters', 'present']) expect(hrefs).toContain(`/${path}/${chapter.slug}/`);
    expect(hrefs).toContain(`/present/${chapter.slug}/presenter/`);
    expect(hrefs.filter((l) => l.startsWith('/zh/'))).toEqual([]);
  });
});

describe('the Embed dialog', () => {
  const dialog = (lang?: Lang) =>
    renderToStaticMarkup(
      <EmbedDialog
        open={false}
        chapters={embedChapters(lang === 'zh' ? [first!, second!] : english, (id) => getSceneIn(id, lang ?? 'en'))}
        slug={first!.slug}
        onClose={() => undefined}
        lang={lang}
        t={clientMessages(lang ?? 'en').embed}
      />,
    );

  it('in Chinese gives code that frames the Chinese embed', () => {
    expect(dialog('zh')).toContain(`${SITE_URL}/zh/embed/${first!.slug}/`);
    expect(dialog('zh')).not.toContain(`${SITE_URL}/embed/`);
  });

  it('in English gives the same code as before, with or without lang="en"', () => {
    expect(dialog('en')).toContain(`${SITE_URL}/embed/${first!.slug}/`);
    expect(dialog('en')).toBe(dialog());
  });
});
