import type { SceneWords } from '@/lib/scene/words';
import type { SceneId } from '@/lib/scene/types';

export const WHAT_IT_MEANS_ZH = {
  'two-shapes': {
    title: '两种形态',
    description:
      '两种形态回答不同的问题，没有哪种绝对正确：阿里正在走向的更薄、分块的形态占据平台的位置，缩小的2015年设计放在一旁。',
    notes: { then: '2015年', now: { wide: '阿里正在走向这里', phone: '阿里的方向' } },
  },
  'still-useful': {
    title: '各适合谁',
    description:
      '文章认为，2015年的形态仍适合许多大公司，BAT和TMD则面临更多颠覆：2015年的小形态亮起，注释说明各自适合谁。',
    notes: {
      then: '2015年',
      'large-firms': { wide: '适合许多大公司', phone: '大公司' },
      'bat-tmd': { wide: 'BAT、TMD：颠覆', phone: 'BAT、TMD' },
    },
  },
  'no-blind-following': {
    title: '不要盲从',
    description:
      '文章最后向其他企业的管理者进言，落在新形态上：说明各适合谁的注释换成两条新的，一条反对照搬，一条主张长期主义。',
    notes: {
      then: '2015年',
      'no-copy': { wide: '别为模仿而变薄', phone: '别照搬' },
      'long-term': { wide: '坚持长期主义', phone: '着眼长期' },
    },
  },
  'try-it': {
    title: '动手试试',
    description:
      '现在在本章结尾的更薄形态上检验你自己的业务：标为新建的你的业务加入前台，调用薄核心的三项服务，下方的互动模型让你选它的需求。',
    notes: { try: { wide: '在下方互动模型里试试 ↓', phone: '在下方试试 ↓' } },
  },
} satisfies Partial<Record<SceneId, SceneWords>>;
