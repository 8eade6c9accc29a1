import type { Lang } from '@/lib/i18n/lang';
import type { SceneId } from '@/lib/scene/types';

/** One panel of the home page's picture: a scene, when it stands, and what it shows. */
export interface HeroPanel {
  scene: SceneId;
  when: string;
  caption: string;
}

/** The story in one picture: the diagram's first shape beside its last, in each language. */
export const HOME_HERO = {
  en: {
    label: 'The story in one picture: Alibaba’s architecture in 2015 and now',
    panels: [
      { scene: 'platform-full', when: '2015', caption: 'A deep shared middle under small front ends' },
      { scene: 'fragmented', when: 'Now', caption: 'Taller front ends over a thinner middle, in pieces' },
    ],
  },
  zh: {
    label: '一张图看懂这个故事：阿里巴巴的架构，2015 年与现在',
    panels: [
      { scene: 'platform-full', when: '2015 年', caption: '小小的前台之下，一层厚厚的共享中台' },
      { scene: 'fragmented', when: '现在', caption: '前台变高，中台变薄，而且分成几块' },
    ],
  },
} as const satisfies Record<Lang, { label: string; panels: readonly HeroPanel[] }>;
