import type { SceneWords } from '@/lib/scene/words';
import type { SceneId } from '@/lib/scene/types';

export const SECOND_CURVE_ZH = {
  'five-new': {
    title: '五新',
    description: '文章认为，阿里的下一步“五新”整体指向颠覆和第二曲线：从新零售到新能源这五项立在平台旁。',
    notes: { curve: { wide: '押注第二曲线 →', phone: '第二曲线 →' } },
  },
  'a-fair-test': {
    title: '公平的检验',
    description:
      '对平台的公平检验是：它若适合新事物，别的新业务就该像盒马那样接入，于是盒马连向复用服务的线在五新旁重现，注释提出此问。',
    notes: { test: '像盒马一样接入？' },
  },
  'rhino-independent': {
    title: '犀牛独立',
    description:
      '犀牛智造的负责人要求成为独立组织，像一家单独的公司：犀牛取代五新站在平台旁，业务、产品、研发、技术自成一套，全部新建。',
    notes: { own: { wide: '“独立组织” →', phone: '独立 →' } },
  },
  'why-inefficient': {
    title: '为何不接入？',
    description:
      '文章说，对年轻的新业务而言共享资源效率低：高负载的连线试图把犀牛接到商品、库存和支付，这些为淘宝、天猫调校的服务标为承压。',
    notes: { slow: { wide: '对新业务：“效率低”', phone: '“效率低”' } },
  },
  'special-edition-independent': {
    title: '特价版也独立',
    description:
      '淘宝特价版是阿里对拼多多的回应，为求深度和速度也独立出来：自有的产品、运营、技术各层标为新建，站到犀牛原来的位置。',
    notes: { speed: { wide: '深度和速度 →', phone: '速度 →' } },
  },
} satisfies Partial<Record<SceneId, SceneWords>>;
