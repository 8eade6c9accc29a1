import type { SceneWords } from '@/lib/scene/words';
import type { SceneId } from '@/lib/scene/types';

export const COMBINATORIAL_ZH = {
  'hema-assembles': {
    title: '盒马鲜生登场',
    description: '文章把盒马鲜生的快速起步归功于中台：平台恢复原大，前台多了标为新建的盒马，注释说它线上线下一体。',
    notes: { hema: { wide: '新：线上线下一体', phone: '线上线下一体' } },
  },
  'six-services': {
    title: '复用六项服务',
    description:
      '盒马复用了中台的六项服务：除数据共享和统一技术架构外，盒马连向每项服务，这六项标为复用，其他业务淡去。',
    notes: { six: '复用六项服务' },
  },
  combinatorial: {
    title: '一套标准件',
    description:
      '组合式创新重组标准件，而标准件正是平台所提供的：淘宝、天猫也像盒马一样连向这些复用服务，任何团队都能在上面搭建。',
    notes: { kit: { wide: '标准件，新组合', phone: '标准件' } },
  },
} satisfies Partial<Record<SceneId, SceneWords>>;
