import type { Metadata } from 'next';
import TeachIntroEn from '@/content/pages/teach.mdx';
import TeachIntroZh from '@/content/zh/pages/teach.mdx';
import { CoursePackage } from '@/components/teach/course-package';
import { TeachChapter } from '@/components/teach/teach-chapter';
import { loadEdition } from '@/content';
import { readPackageInfo } from '@/lib/scorm/package-info';
import type { Lang } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';
import { sitePath, teachPath } from '@/lib/site';
import { languageAlternates } from './alternates';

const PAGES = { en: TeachIntroEn, zh: TeachIntroZh } satisfies Record<Lang, React.ComponentType>;

export function teachMetadata(lang: Lang): Metadata {
  const t = messages(lang).teach;
  return { title: t.title, description: t.description, alternates: languageAlternates(lang, teachPath) };
}

/** The instructors' page: per chapter, what it takes to teach it; and the course package. */
export function TeachPage({ lang }: { lang: Lang }) {
  const t = messages(lang).teach;
  const TeachIntro = PAGES[lang];
  const chapters = loadEdition(lang);
  const info = readPackageInfo(process.cwd(), lang);
  const facts = info && {
    href: sitePath(`/${info.file}`),
    bytes: info.bytes,
    scormVersion: info.scormVersion,
    masteryScore: info.masteryScore,
    chapters: info.chapters,
  };
  return (
    <div className="teach mx-auto max-w-4xl px-4 py-12">
      <div className="prose prose-lg max-w-none">
        <h1>{t.title}</h1>
        <TeachIntro />
      </div>
      <nav aria-label={t.toc} className="teach-toc">
        <ol>
          {chapters.map((chapter) => (
            <li key={chapter.slug}>
              <a href={`#teach-${chapter.slug}`}>{chapter.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      <CoursePackage facts={facts} lang={lang} />
      {chapters.map((chapter) => (
        <TeachChapter key={chapter.slug} chapter={chapter} count={chapters.length} lang={lang} />
      ))}
    </div>
  );
}
