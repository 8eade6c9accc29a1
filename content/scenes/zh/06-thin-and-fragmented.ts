import type { SceneWords } from '@/lib/scene/words';
import type { SceneId } from '@/lib/scene/types';

export const THIN_ZH = {
  thinning: {
    title: '变薄',
    description:
      '一位阿里架构师主张中台只留最抽象的部分：商品、库存和AI移入变高的前台，下面变浅的中台只剩通用服务，标为复用。',
    notes: { abstract: { wide: '“只留最抽象的部分”', phone: '最抽象的部分' } },
  },
  'three-gains': {
    title: '三重收益',
    description: '架构师期待薄中台带来三重收益：每个业务都连向它，注释写着效率更高、中台人更少、人员上移为各业务定制。',
    notes: {
      efficient: { wide: '效率更高', phone: '高效' },
      'fewer-people': { wide: '中台的人更少', phone: '精简' },
      'move-up': { wide: '人员上移到前台', phone: '人员上移' },
    },
  },
  'scenario-changed': {
    title: '场景变了',
    description: '文章说，平台并未失灵，是情况变了：犀牛自己新建的各层立在变薄的平台旁，注释说变的是任务而非平台。',
    notes: { changed: { wide: '没坏，是任务变了', phone: '任务变了' } },
  },
  fragmented: {
    title: '碎片化',
    description:
      '文章预见一个更轻、分成几块的平台：薄中台裂成三块，各块只供部分业务使用，业务更高；与第一章的裂缝不同，每块都在用。',
    notes: { pieces: '更轻，分成几块' },
  },
} satisfies Partial<Record<SceneId, SceneWords>>;
