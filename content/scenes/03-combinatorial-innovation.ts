import { connect, tone } from '@/lib/scene/compose';
import { arrange, HEMA_REUSES, scene } from './base';
import { wideShape } from './shapes-wide';

export const hemaAssembles = scene(
  'hema-assembles',
  {
    title: 'Hema assembles',
    description:
      'Hema Fresh joins the row of front ends and plugs into six services that already exist (product, inventory, user, payment, AI and security), all highlighted in blue.',
  },
  arrange(wideShape(['taobao', 'tmall', 'hema', 'more-lines'])),
  tone('accent', ['hema', ...HEMA_REUSES]),
  connect('hema', HEMA_REUSES, 'accent'),
);
