import type { SceneId } from '@/lib/scene/types';

/** One panel of the home page's picture: a scene, when it stands, and what it shows. */
export interface HeroPanel {
  scene: SceneId;
  when: string;
  caption: string;
}

/** The story in one picture: the diagram's first shape beside its last. */
export const HOME_HERO = {
  label: 'The story in one picture: Alibaba’s architecture in 2015 and now',
  panels: [
    { scene: 'platform-full', when: '2015', caption: 'A deep shared middle under small front ends' },
    { scene: 'fragmented', when: 'Now', caption: 'Taller front ends over a thinner middle, in pieces' },
  ],
} as const satisfies { label: string; panels: readonly HeroPanel[] };
