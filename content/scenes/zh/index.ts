import type { SceneId } from '@/lib/scene/types';
import type { DiagramWords, SceneWords } from '@/lib/scene/words';
import { BANDS_ZH, KEY_ZH, NODES_ZH } from './catalogue';
import { TEARDOWN_ZH } from './01-the-teardown';
import { BIG_MIDDLE_ZH } from './02-big-middle-small-front';
import { COMBINATORIAL_ZH } from './03-combinatorial-innovation';
import { SECOND_CURVE_ZH } from './04-the-second-curve';
import { DISRUPTIVE_ZH } from './05-disruptive-innovation';
import { THIN_ZH } from './06-thin-and-fragmented';
import { WHAT_IT_MEANS_ZH } from './07-what-it-means';

/** The diagram in Chinese: every scene's words (a scene left out does not compile), labels and key. */
export const ZH: DiagramWords<SceneId> = {
  lang: 'zh',
  nodes: NODES_ZH,
  bands: BANDS_ZH,
  key: KEY_ZH,
  scenes: {
    ...TEARDOWN_ZH,
    ...BIG_MIDDLE_ZH,
    ...COMBINATORIAL_ZH,
    ...SECOND_CURVE_ZH,
    ...DISRUPTIVE_ZH,
    ...THIN_ZH,
    ...WHAT_IT_MEANS_ZH,
  } satisfies Record<SceneId, SceneWords>,
};
