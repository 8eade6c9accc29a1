import type { SceneWords } from '@/lib/scene/words';
import type { SceneId } from '@/lib/scene/types';

export const BIG_MIDDLE_ZH = {
  layers: {
    title: '大中台，小前台',
    description:
      '张勇“大中台、小前台”的口号定下了比例：2015年的完整平台重现，各项服务淡去，突出三层，注释点出前台之小、中台之大。',
    notes: { 'small-front': '小前台', 'big-middle': '大中台' },
  },
  'shared-capabilities': {
    title: '建一次，大家用',
    description: '一次建成、人人共享：中台的每项服务都标为复用，上面每个业务都接入同一套收银和客户数据。',
    notes: { once: { wide: '一次建成，所有业务共用', phone: '一次建成，共用' } },
  },
  'double-11': {
    title: '双11',
    description:
      '双11流量暴涨，共享的底座扛住了：上面每个业务都承受高负载，压在同一套支付和库存服务上，而中台保持着完整的厚度。',
    notes: {
      'double-11': { wide: '双11：流量暴涨', phone: '双11暴涨' },
      holds: '底座扛住了',
    },
  },
  'industry-norm': {
    title: '行业标配',
    description: '更大的公司纷纷自建中台：阿里平台旁，立着三个不标名称的小型翻版，个个前台薄、中台厚。',
    notes: { alibaba: '阿里巴巴', others: '其他公司' },
  },
} satisfies Partial<Record<SceneId, SceneWords>>;
