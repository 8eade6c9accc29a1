import type { SceneWords } from '@/lib/scene/words';
import type { SceneId } from '@/lib/scene/types';

export const TEARDOWN_ZH = {
  'platform-full': {
    title: '2015年的平台',
    description:
      '2015年，共享的中台是阿里三层中最厚的一层：上有淘宝、天猫等业务，中间是商品、支付等八项共享服务，底下是云与数据中心。',
    notes: {},
  },
  'the-intranet-post': {
    title: '一封内部信',
    description:
      '张勇的内部信把矛头指向厚重的中台：中台和它的厚度都标为承压，旁边引着他的话，底部的图例说明每种标记的含义。',
    notes: {
      'too-slow': '“太慢”',
      thinner: { wide: '中台要更薄、更敏捷、更快', phone: '更薄、更敏捷' },
    },
  },
  'platform-cracks': {
    title: '平台开裂',
    description: '外界认为阿里在“拆中台”：仍标为承压的中台裂成三块，厚度缩小，上面的业务依然屹立，预示着结局。',
    notes: { dismantled: { wide: '外界称：“拆中台”', phone: '“拆中台”' } },
  },
  'the-question': {
    title: '一开始就错了？',
    description:
      '文章自问2015年的设计是否从一开始就错了，答案是否定的：裂开的中台旁留着它2015年完整厚度的淡影，上方写着这个问题。',
    notes: { question: { wide: '五年后回看：一开始就错了？', phone: '一开始就错了？' } },
  },
} satisfies Partial<Record<SceneId, SceneWords>>;
