import { SelfCheck } from '@/components/check/self-check';
import { ChapterNav } from '@/components/site/chapter-nav';
import { loadChapterBody } from './load-chapter-body';
import { PrintPage } from './print-page';
import { EmbedButton } from '@/components/embed/embed-button';
import { blocksAt, NO_STEP } from '@/components/prose/mdx-blocks';
import { Step } from '@/components/prose/step';
import { ArrivalAfterSteps, ArrivalBeforeStage } from '@/components/scrolly/arrival-scripts';
import { ScrollyDiagram } from '@/components/scrolly/scrolly-diagram';
import { CopyLink } from '@/components/share/copy-link';
import { LinkGlyph } from '@/components/share/link-glyph';
import { getSceneIn, scenesOfIn } from '@/content/scenes/in-lang';
import { embedChapters } from '@/lib/embed/embed-chapters';
import { EXPLORABLE_ID } from '@/components/explorable/explorable-id';
import { chapterPath, lecturePath, sitePath } from '@/lib/site';
import type { Chapter } from '@/lib/content/types';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { clientMessages, messages } from '@/lib/i18n/messages';

/**
 * A chapter as a reader sees it: header, prose steps beside the sticky live diagram, and
 * links to its neighbours. `startStep` (a share URL) opens it at that step, drawn in that scene;
 * `lang` is the language of its interface.
 */
export async function ChapterView({
  chapter,
  chapters,
  startStep,
  lang = DEFAULT_LANG,
}: {
  chapter: Chapter;
  chapters: readonly Chapter[];
  startStep?: string;
  lang?: Lang;
}) {
  const t = messages(lang).chapter;
  const client = clientMessages(lang);
  const Body = await loadChapterBody(chapter);
  const index = chapters.indexOf(chapter);
  const nav = messages(lang).chapterNav;
  const following = chapters[index + 1];
  // The last step leads on: to the next chapter, or in the last chapter, whose last step hands
  // over to the explorable below it, to the explorable.
  const onward = following
    ? {
        href: sitePath(chapterPath(following.slug, lang)),
        word: nav.next,
        after: `${nav.titleAfter}${following.title}`,
      }
    : { href: `#${EXPLORABLE_ID}`, word: nav.tryIt, after: '' };
  // The body is drawn twice: its steps beside the sticky diagram, then what follows the steps
  // (the explorable, the takeaway, the questions) below it, where the diagram no longer sticks.
  const steps = {
    ...blocksAt('step', lang),
    Step: (props: React.ComponentProps<typeof Step>) => <Step {...props} chapter={chapter.slug} lang={lang} />,
  };
  const checkSteps = chapter.steps.map((step, i) => ({
    id: step.id,
    number: i + 1,
    title: getSceneIn(step.scene, lang).title,
  }));
  const tail = {
    ...blocksAt('tail', lang),
    ...NO_STEP,
    SelfCheck: () => <SelfCheck slug={chapter.slug} questions={chapter.check} steps={checkSteps} lang={lang} />,
  };
  return (
    <article className="chapter mx-auto max-w-6xl px-4">
      <PrintPage chapter={chapter} lang={lang} />
      <div className="scrolly">
        <header className="scrolly-header pt-10 pb-4">
          <p className="font-ui text-sm text-ink-faint">
            {t.kicker(chapter.order, chapters.length)} · {t.readingTime(chapter.readingMinutes)}
          </p>
          <h1 className="mt-1 font-prose text-3xl font-bold leading-tight sm:text-4xl">{chapter.title}</h1>
          <p className="mt-2 text-lg text-ink-soft">{chapter.summary}</p>
          <p className="chapter-actions no-print">
            <CopyLink
              path={chapterPath(chapter.slug, lang)}
              title={chapter.title}
              label={t.copyLinkLabel}
              text={t.copyLink}
              glyph={<LinkGlyph />}
              className="chapter-action"
              t={client.share}
            />
            <a href={sitePath(lecturePath(chapter.slug, lang))} className="chapter-action">
              {t.lectureMode}
            </a>
            <EmbedButton
              chapters={embedChapters(chapters, (id) => getSceneIn(id, lang))}
              slug={chapter.slug}
              className="chapter-action"
              lang={lang}
              t={client.embed}
            />
          </p>
        </header>
        {/* A #step link, a reload or a return paints its step's scene first: see lib/scrolly/arrival. */}
        <ArrivalBeforeStage start={startStep ?? chapter.steps[0]!.id} />
        <div className="scrolly-stage">
          <ScrollyDiagram
            steps={chapter.steps}
            scenes={scenesOfIn(chapter.steps, lang)}
            label={t.diagramLabel}
            startStep={startStep}
            onward={onward}
            story={{
              chapter: chapter.order,
              chapters: chapters.length,
              label: t.kicker(chapter.order, chapters.length),
            }}
            t={client.scrolly}
          />
        </div>
        <div className="scrolly-prose prose prose-lg max-w-none">
          <Body components={steps} />
        </div>
        <ArrivalAfterSteps />
      </div>
      <div className="chapter-tail prose prose-lg mx-auto max-w-3xl">
        <Body components={tail} />
      </div>
      <ChapterNav previous={chapters[index - 1]} next={chapters[index + 1]} lang={lang} />
    </article>
  );
}
