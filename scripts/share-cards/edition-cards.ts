import type { ComponentProps } from 'react';
import type { Chapter } from '@/lib/content/types';
import type { Lang } from '@/lib/i18n/lang';
import type { SceneId } from '@/lib/scene/types';
import { CHAPTER_CARD } from '@/lib/site';
import type { ShareCard } from './share-card';

type CardProps = ComponentProps<typeof ShareCard>;

/** The scene a card draws, as the card needs it: the caller may pass one with localised words. */
export type CardScene = CardProps['scene'];

/** One card of an edition: where it goes (`/og/<slug>/<id>.png`) and what it shows. */
export interface EditionCard {
  slug: string;
  id: string;
  card: CardProps;
}

/**
 * Every card of one language's chapters: one per chapter (its title, summary and first scene)
 * and one per step (its point, else its scene's description, under the chapter's title).
 */
export function editionCards(
  chapters: readonly Chapter[],
  lang: Lang,
  sceneFor: (id: SceneId) => CardScene,
): EditionCard[] {
  return chapters.flatMap((chapter) => {
    const place = { order: chapter.order, count: chapters.length };
    const chapterScene = sceneFor(chapter.steps[0]!.scene);
    return [
      {
        slug: chapter.slug,
        id: CHAPTER_CARD,
        card: { lang, chapter: place, headline: chapter.title, summary: chapter.summary, scene: chapterScene },
      },
      ...chapter.steps.map((step) => {
        const scene = sceneFor(step.scene);
        return {
          slug: chapter.slug,
          id: step.id,
          card: { lang, chapter: { ...place, title: chapter.title }, headline: step.point ?? scene.description, scene },
        };
      }),
    ];
  });
}
