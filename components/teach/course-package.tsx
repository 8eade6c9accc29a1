import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';

/** What the instructors' page says of the course package: none when the build made none. */
export interface CoursePackageFacts {
  href: string;
  bytes: number;
  scormVersion: string;
  masteryScore: number;
  chapters: number;
}

/** The course package: the download, its size, its SCORM version, and what it reports. */
export function CoursePackage({ facts, lang = DEFAULT_LANG }: { facts: CoursePackageFacts | null; lang?: Lang }) {
  const t = messages(lang).teach;
  return (
    <section aria-labelledby="teach-package" className="teach-package">
      <h2 id="teach-package">{t.packageHeading}</h2>
      {facts ? (
        <>
          <p>
            <a className="teach-download" href={facts.href} download>
              {t.download(facts.scormVersion)}
            </a>{' '}
            <span className="teach-size">{t.size(Math.round(facts.bytes / 1024))}</span>
          </p>
          <ul>
            <li>{t.perChapter(facts.chapters)}</li>
            <li>{t.reports(facts.masteryScore)}</li>
            <li>{t.resumes}</li>
            <li>{t.private}</li>
          </ul>
        </>
      ) : (
        <p>{t.noPackage}</p>
      )}
    </section>
  );
}
