import { describe, expect, it } from 'vitest';
import { bareChapterMetadata } from '@/app/_shared/bare-chapter-route';
import { shareMetadata } from '@/app/_shared/share-metadata';
import { loadEdition } from '@/content';
import { getScene } from '@/content/scenes';
import { getSceneIn } from '@/content/scenes/in-lang';
import { oembedFor } from '@/lib/embed/oembed';
import { defaultView } from '@/lib/embed/query';
import { embedSnippet, embedSrc } from '@/lib/embed/snippet';
import type { Lang } from '@/lib/i18n/lang';
import { presenterPath } from '@/lib/lecture/presenter';
import { buildManifest } from '@/lib/manifest';
import {
  absoluteUrl,
  cardPath,
  chapterPath,
  embedPath,
  homePath,
  lecturePath,
  oembedPath,
  SITE_URL,
  sourcesPath,
  stepPath,
  stepSharePath,
  teachPath,
} from '@/lib/site';

/** Each path helper, called as a page in `lang` calls it, with the English path it has always written. */
const HELPERS: readonly [name: string, path: (lang?: Lang) => string, english: string][] = [
  ['homePath', (lang) => homePath(lang), '/'],
  ['sourcesPath', (lang) => sourcesPath(lang), '/sources/'],
  ['teachPath', (lang) => teachPath(lang), '/teach/'],
  ['chapterPath', (lang) => chapterPath('the-teardown', lang), '/chapters/the-teardown/'],
  ['stepPath', (lang) => stepPath('the-teardown', 'hema', lang), '/chapters/the-teardown/#hema'],
  ['stepSharePath', (lang) => stepSharePath('the-teardown', 'hema', lang), '/chapters/the-teardown/hema/'],
  ['cardPath', (lang) => cardPath('the-teardown', undefined, lang), '/og/the-teardown/chapter.png'],
  ['cardPath of a step', (lang) => cardPath('the-teardown', 'hema', lang), '/og/the-teardown/hema.png'],
  ['embedPath', (lang) => embedPath('the-teardown', lang), '/embed/the-teardown/'],
  ['lecturePath', (lang) => lecturePath('the-teardown', lang), '/present/the-teardown/'],
  ['presenterPath', (lang) => presenterPath('the-teardown', lang), '/present/the-teardown/presenter/'],
  ['oembedPath', (lang) => oembedPath('the-teardown', lang), '/oembed/the-teardown.json'],
];

describe('the path helpers', () => {
  it.each(HELPERS)('%s writes the same English path as before, with or without lang="en"', (_, path, english) => {
    expect(path()).toBe(english);
    expect(path('en')).toBe(english);
  });

  it.each(HELPERS)('%s writes the same path under /zh/ for Chinese', (_, path, english) => {
    expect(path('zh')).toBe(`/zh${english}`);
  });

  it('give the Chinese home, sources, teach, chapter and presenter paths the brief names', () => {
    expect(homePath('zh')).toBe('/zh/');
    expect(sourcesPath('zh')).toBe('/zh/sources/');
    expect(teachPath('zh')).toBe('/zh/teach/');
    expect(chapterPath('the-teardown', 'zh')).toBe('/zh/chapters/the-teardown/');
    expect(presenterPath('the-teardown', 'zh')).toBe('/zh/present/the-teardown/presenter/');
    expect(oembedPath('the-teardown', 'zh')).toBe('/zh/oembed/the-teardown.json');
    expect(cardPath('the-teardown', 'hema', 'zh')).toBe('/zh/og/the-teardown/hema.png');
  });
});

describe('the URL builders of lib/ in Chinese', () => {
  const zh = loadEdition('zh');
  const chapter = zh[0]!;
  const onSite = (path: string) => path.startsWith(`${SITE_URL}/`);
  const inChinese = (url: string) => url.startsWith(absoluteUrl('/zh/'));

  it('the manifest points every chapter, step, embed, lecture and the teach page under /zh/', () => {
    const manifest = buildManifest(zh, (id) => getSceneIn(id, 'zh'), 'zh');
    expect(manifest.teachUrl).toBe(absoluteUrl('/zh/teach/'));
    for (const entry of manifest.chapters) {
      for (const url of [entry.url, entry.embedUrl, entry.presentUrl]) expect(inChinese(url), url).toBe(true);
      for (const step of entry.steps) {
        expect(step.url).toBe(`${entry.url}#${step.id}`);
        expect(step.shareUrl).toBe(`${entry.url}${step.id}/`);
      }
    }
  });

  it('the manifest without a language is in English, as before', () => {
    const english = loadEdition('en');
    expect(buildManifest(english, getScene)).toEqual(buildManifest(english, getScene, 'en'));
    expect(buildManifest(english, getScene).teachUrl).toBe(absoluteUrl('/teach/'));
  });

  it('the embed code frames the Chinese embed, and keeps the one host script at the root', () => {
    const view = defaultView(chapter.steps.length);
    expect(embedSrc(chapter.slug, view, chapter.steps.length, 'zh')).toBe(`/zh/embed/${chapter.slug}/`);
    const [frame, script] = embedSnippet(chapter.slug, chapter.title, view, 4, SITE_URL, 'zh').split('\n');
    expect(frame).toContain(`src="${SITE_URL}/zh/embed/${chapter.slug}/"`);
    expect(script).toBe(`<script src="${SITE_URL}/embed-host.js" async></script>`);
    expect(embedSnippet(chapter.slug, chapter.title, view, 4, SITE_URL)).toBe(
      embedSnippet(chapter.slug, chapter.title, view, 4, SITE_URL, 'en'),
    );
  });

  it('the oEmbed answer of a Chinese chapter frames, pictures and credits the Chinese edition', () => {
    const answer = oembedFor(chapter, 'zh');
    expect(answer.provider_url).toBe(absoluteUrl('/zh/'));
    expect(answer.thumbnail_url).toBe(absoluteUrl(`/zh/og/${chapter.slug}/chapter.png`));
    expect(answer.html).toContain(`${SITE_URL}/zh/embed/${chapter.slug}/`);
    expect(onSite(answer.provider_url)).toBe(true);
    expect(oembedFor(chapter)).toEqual(oembedFor(chapter, 'en'));
    expect(oembedFor(chapter, 'en').provider_url).toBe(`${SITE_URL}/`);
  });
});

describe('the chapter pages’ metadata in Chinese', () => {
  const zh = loadEdition('zh');
  const english = loadEdition('en');
  const chapter = zh[1]!;
  const step = chapter.steps[1]!;

  it('a Chinese chapter’s or step’s share metadata points its page, card, canonical and oEmbed under /zh/', () => {
    for (const metadata of [shareMetadata(chapter, undefined, 'zh'), shareMetadata(chapter, step.id, 'zh')]) {
      const { openGraph, alternates } = metadata as {
        openGraph: { url: string; images: { url: string }[] };
        alternates: { canonical: string; types: Record<string, string> };
      };
      for (const url of [
        openGraph.url,
        openGraph.images[0]!.url,
        alternates.canonical,
        ...Object.values(alternates.types),
      ])
        expect(url.startsWith(absoluteUrl('/zh/')), url).toBe(true);
    }
    const { openGraph } = shareMetadata(chapter, step.id, 'zh') as { openGraph: { url: string } };
    expect(openGraph.url).toBe(absoluteUrl(`/zh/chapters/${chapter.slug}/${step.id}/`));
  });

  it('share metadata without a language is the English one, as before', () => {
    const first = english[1]!;
    expect(shareMetadata(first, first.steps[1]!.id)).toEqual(shareMetadata(first, first.steps[1]!.id, 'en'));
    expect(shareMetadata(first).alternates?.canonical).toBe(absoluteUrl(`/chapters/${first.slug}/`));
  });

  it('a bare page (embed, lecture) of a Chinese chapter names it in Chinese and points at /zh/', async () => {
    const props = { params: Promise.resolve({ slug: chapter.slug }) };
    const metadata = await bareChapterMetadata(props, undefined, 'zh');
    expect(metadata.title).toBe(chapter.title);
    expect(metadata.alternates?.canonical).toBe(`/zh/chapters/${chapter.slug}/`);
    const inEnglish = await bareChapterMetadata({ params: Promise.resolve({ slug: chapter.slug }) });
    expect(inEnglish.alternates?.canonical).toBe(`/chapters/${chapter.slug}/`);
  });
});
