import { band, tone } from '@/lib/scene/compose';
import { arrange, FRONTS_2015, scene } from './base';
import { crackedShape } from './shapes-wide';

export const platformFull = scene('platform-full', {
  title: 'The 2015 platform',
  description:
    'Three stacked layers: a few small front-end apps along the top, a deep middle band of shared services, and cloud infrastructure along the bottom.',
});

export const platformCracks = scene(
  'platform-cracks',
  {
    title: 'The platform cracks',
    description:
      'The same picture, but the deep middle band has cracked like a wall, its pieces pulled out of line, outlined in rust as a sign of strain.',
  },
  arrange(crackedShape(FRONTS_2015)),
  band('middle', { tone: 'warn', labelAt: 'top' }),
  band('middle-2', { tone: 'warn' }),
  band('middle-3', { tone: 'warn' }),
  band('middle-4', { tone: 'warn' }),
  band('middle-5', { tone: 'warn' }),
  tone('muted', ['product', 'inventory', 'ai']),
);
