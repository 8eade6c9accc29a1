import Link from 'next/link';
import type { Chapter } from '@/lib/content/types';
import { getScene } from '@/content/scenes';
import { chapterPath, lecturePath } from '@/lib/site';
import { TeachAnswers } from './teach-answers';
import { TeachEmbed } from './teach-embed';

/** One chapter on the instructors' page: a page of the printed handout. */
export function TeachChapter({ chapter, count }: { chapter: Chapter; count: number }) {
  const heading = `teach-${chapter.slug}`;
  const titleOf = (id: string) => {
    const step = chapter.steps.find((s) => s.id === id)!;
    return getScene(step.scene).title;
  };
  return (
    <article id={heading} aria-labelledby={`${heading}-title`} className="teach-chapter">
      <p className="teach-kicker">
        Chapter {chapter.order} of {count}
      </p>
      <h2 id={`${heading}-title`} className="teach-title">
        {chapter.title}
      </h2>
      <p className="teach-summary">{chapter.summary}</p>
      <p className="teach-facts">
        {chapter.readingMinutes} min to read · {chapter.steps.length} steps · {chapter.check.length} self-check
        questions
      </p>
      <ul className="teach-links">
        <li>
          <Link href={chapterPath(chapter.slug)}>Read the chapter</Link>
        </li>
        <li>
          <Link href={lecturePath(chapter.slug)}>Lecture mode</Link>
        </li>
      </ul>
      <div className="teach-part teach-embed-part">
        <h3>Embed it</h3>
        <TeachEmbed slug={chapter.slug} title={chapter.title} stepCount={chapter.steps.length} />
      </div>
      <div className="teach-part">
        <h3>Questions for discussion</h3>
        <ul className="teach-discuss">
          {chapter.discuss.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
      </div>
      <div className="teach-part">
        <h3>The self-check, answered</h3>
        <TeachAnswers questions={chapter.check} stepTitle={titleOf} />
      </div>
    </article>
  );
}
