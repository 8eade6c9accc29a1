import Link from 'next/link';
import type { Chapter } from '@/lib/content/types';
import { getSceneIn } from '@/content/scenes/in-lang';
import { presenterPath } from '@/lib/lecture/presenter';
import { chapterPath, lecturePath } from '@/lib/site';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { clientMessages, messages } from '@/lib/i18n/messages';
import { TeachAnswers } from './teach-answers';
import { TeachEmbed } from './teach-embed';

/** One chapter on the instructors' page: a page of the printed handout. */
export function TeachChapter({
  chapter,
  count,
  lang = DEFAULT_LANG,
}: {
  chapter: Chapter;
  count: number;
  lang?: Lang;
}) {
  const t = messages(lang).teach;
  const client = clientMessages(lang);
  const heading = `teach-${chapter.slug}`;
  const titleOf = (id: string) => {
    const step = chapter.steps.find((s) => s.id === id)!;
    return getSceneIn(step.scene, lang).title;
  };
  return (
    <article id={heading} aria-labelledby={`${heading}-title`} className="teach-chapter">
      <p className="teach-kicker">{t.kicker(chapter.order, count)}</p>
      <h2 id={`${heading}-title`} className="teach-title">
        {chapter.title}
      </h2>
      <p className="teach-summary">{chapter.summary}</p>
      <p className="teach-facts">{t.facts(chapter.readingMinutes, chapter.steps.length, chapter.check.length)}</p>
      <ul className="teach-links">
        <li>
          <Link href={chapterPath(chapter.slug, lang)}>{t.read}</Link>
        </li>
        <li>
          <Link href={lecturePath(chapter.slug, lang)}>{t.lectureMode}</Link>
        </li>
        <li>
          <Link href={presenterPath(chapter.slug, lang)}>{t.presenterView}</Link>
        </li>
      </ul>
      <div className="teach-part teach-embed-part">
        <h3>{t.embedIt}</h3>
        <TeachEmbed
          slug={chapter.slug}
          title={chapter.title}
          stepCount={chapter.steps.length}
          lang={lang}
          t={{
            embedLegend: client.teach.embedLegend,
            embedModes: client.teach.embedModes,
            embedWithCheck: client.teach.embedWithCheck,
          }}
          snippet={{
            code: client.embed.code,
            copyCode: client.embed.copyCode,
            codeCopied: client.embed.codeCopied,
            codeNotCopied: client.embed.codeNotCopied,
          }}
        />
      </div>
      <div className="teach-part">
        <h3>{t.discussion}</h3>
        <ul className="teach-discuss">
          {chapter.discuss.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
      </div>
      <div className="teach-part">
        <h3>{t.answered}</h3>
        <TeachAnswers questions={chapter.check} stepTitle={titleOf} lang={lang} />
      </div>
    </article>
  );
}
