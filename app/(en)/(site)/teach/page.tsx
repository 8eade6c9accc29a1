import type { Metadata } from 'next';
import TeachIntro from '@/content/pages/teach.mdx';
import { CoursePackage } from '@/components/teach/course-package';
import { TeachChapter } from '@/components/teach/teach-chapter';
import { loadChapters } from '@/content';
import { readPackageInfo } from '@/lib/scorm/package-info';
import { DEFAULT_LANG } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';
import { sitePath } from '@/lib/site';

const LANG = DEFAULT_LANG;
const t = messages(LANG).teach;

export const metadata: Metadata = {
  title: t.title,
  description: t.description,
  alternates: { canonical: '/teach/' },
};

/** The instructors' page: per chapter, what it takes to teach it; and the course package. */
export default function TeachPage() {
  const chapters = loadChapters();
  const info = readPackageInfo();
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
      <CoursePackage facts={facts} lang={LANG} />
      {chapters.map((chapter) => (
        <TeachChapter key={chapter.slug} chapter={chapter} count={chapters.length} lang={LANG} />
      ))}
    </div>
  );
}
