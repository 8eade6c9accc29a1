import { band, connect, pipe, tone, type Change } from '@/lib/scene/compose';
import { arrange, GENERIC_CORE, scene } from './base';
import { fragmentedShape, thinningShape } from './shapes-wide';

const FRONTS = ['taobao', 'tmall', 'hema', 'more-lines'] as const;
/** Business-specific modules that move up into the front ends (an interpretation). */
const MOVED_UP = ['product', 'inventory', 'ai'] as const;

/**
 * One way to picture fragments: each piece of the thin core serves only some front ends. Which
 * front end uses which piece is illustrative, not reported by the source.
 */
export const FRAGMENT_USERS: Record<string, readonly string[]> = {
  taobao: ['user', 'payment'],
  tmall: ['payment', 'data'],
  hema: ['data', 'security', 'tech-arch'],
  'more-lines': ['security', 'tech-arch'],
};

const fragmentUsers: Change = (frame) =>
  pipe(frame, ...Object.entries(FRAGMENT_USERS).map(([front, pieces]) => connect(front, pieces)));

const grownFronts = band('front', { label: 'Front ends, with their own logic' });

export const thinning = scene(
  'thinning',
  {
    title: 'Thinning',
    description:
      'Product, inventory and AI move up into a taller front band, while the middle band shrinks to one row of generic services: user, payment, data, security and the technical architecture.',
  },
  arrange(thinningShape(FRONTS, MOVED_UP, GENERIC_CORE)),
  grownFronts,
  tone('accent', MOVED_UP),
);

export const fragmented = scene(
  'fragmented',
  {
    title: 'Fragmented',
    description:
      'The front ends now stand tall with their own logic, and the thin middle layer has come apart into three small pieces, each used by only some of the front ends.',
  },
  arrange(fragmentedShape(FRONTS, [['user', 'payment'], ['data', 'security'], ['tech-arch']])),
  grownFronts,
  fragmentUsers,
);
