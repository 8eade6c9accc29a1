import type { SceneWords } from '@/lib/scene/words';
import type { SceneId } from '@/lib/scene/types';

export const DISRUPTIVE_ZH = {
  'combine-vs-disrupt': {
    title: '组合还是颠覆',
    description:
      '两种创新之别，在于改变深入到哪一层：左边盒马连向复用服务的线重现，一个从上到下全部新建的新业务取代了特价版。',
    notes: { combine: '组合' },
  },
  recombining: {
    title: '再看重组',
    description: '重组不改变前台以下的任何东西：回到原大的盒马，注释指出只有前台是新的，复用的服务原样不动。',
    notes: {
      'only-new': { wide: '新：只有前台', phone: '只有这里是新的' },
      unchanged: { wide: '不变：原样复用', phone: '原样复用' },
    },
  },
  'cutting-through': {
    title: '一路贯穿',
    description: '犀牛属于颠覆式创新：平台的服务淡去，平台三层延伸过去，接上犀牛自己的各层，从业务到技术全部新建。',
    notes: { 'every-layer': { wide: '每一层都是新的 →', phone: '每一层 →' } },
  },
  'in-its-dna': {
    title: '基因使然',
    description:
      '文章认为，局限写在平台的基因里：回到新业务旁，平台的服务标为复用，中台标为承压，它生来求稳，颠覆却要重建。',
    notes: { dna: { wide: '生来求稳：这是它的基因', phone: '生来求稳' } },
  },
} satisfies Partial<Record<SceneId, SceneWords>>;
