import type { Metadata } from 'next';
import { bareChapterMetadata, chapterSlugParams, type BareChapterProps } from '@/app/_shared/bare-chapter-route';
import { loadChapterBody } from '@/components/chapter/load-chapter-body';
import { QueryPendingScript } from '@/components/hooks/query-pending';
import { PresenterView } from '@/components/lecture/presenter-view';
import { SLOT_COMPONENTS } from '@/components/lecture/slot-components';
import { stepPictures } from '@/components/lecture/step-pictures';
import { chapterBySlug, loadChapters } from '@/content';
import { scenesOf } from '@/content/scenes';
import '@/app/styles/presenter.css';

export const dynamicParams = false;

export const generateStaticParams = chapterSlugParams;

type Props = BareChapterProps;

export function generateMetadata(props: Props): Promise<Metadata> {
  return bareChapterMetadata(props, 'Presenter: ');
}

/** Lecture mode's second window, for the lectern: opened from /present/<slug>/ by P or its button. */
export default async function PresenterPage({ params }: Props) {
  const chapters = loadChapters();
  const chapter = chapterBySlug((await params).slug, chapters);
  const nextChapter = chapters[chapters.indexOf(chapter) + 1];
  const Body = await loadChapterBody(chapter);
  const scenes = scenesOf(chapter.steps);
  return (
    <>
      <QueryPendingScript />
      <PresenterView
        slug={chapter.slug}
        title={chapter.title}
        order={chapter.order}
        chapterCount={chapters.length}
        steps={chapter.steps}
        scenes={scenes}
        discuss={chapter.discuss}
        nextChapter={nextChapter?.title}
        pictures={stepPictures(chapter.steps, scenes)}
      >
        <Body components={SLOT_COMPONENTS} />
      </PresenterView>
    </>
  );
}
