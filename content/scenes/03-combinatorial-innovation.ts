import { annotate, connect, tone, type Change } from '@/lib/scene/compose';
import { arrange, FRONTS_HEMA, HEMA_REUSES, scene } from './base';
import { inStrip, platform, say, type Geo } from './kit';

/** Hema's six links to the services it reused. */
export const hemaPlugsIn = (g: Geo): Change[] => [
  arrange(platform(g, FRONTS_HEMA)),
  tone('new', ['hema']),
  tone('accent', HEMA_REUSES),
  connect('hema', HEMA_REUSES, 'accent'),
];

export const hemaAssembles = scene(
  'hema-assembles',
  {
    title: 'Hema Fresh arrives',
    description:
      'A new green box, Hema Fresh, joins Taobao and Tmall on the top row: a supermarket business that ties app and stores into one system, which the author credits the middle platform with incubating quickly because the services it needed already existed.',
  },
  (g) => [
    arrange(platform(g, FRONTS_HEMA)),
    tone('new', ['hema']),
    annotate('hema', say(g, 'new: app and stores as one', 'new: app + stores'), {
      ...inStrip(g, g.front.y),
      tone: 'new',
    }),
  ],
);

export const sixServices = scene(
  'six-services',
  {
    title: 'Six reused services',
    description:
      'Lines run from Hema down to exactly six services, now blue (product, inventory, user, payment, AI and security, the ones the source lists as reused), while data sharing, the technical architecture and the other front ends fade back.',
  },
  (g) => [
    ...hemaPlugsIn(g),
    tone('muted', ['taobao', 'tmall', 'more-lines', 'data', 'tech-arch']),
    annotate('six', 'six services reused', { ...inStrip(g, g.middle.y), tone: 'accent' }),
  ],
);

export const combinatorial = scene(
  'combinatorial',
  {
    title: 'A kit of standard parts',
    description:
      'Taobao and Tmall now draw grey lines to the same six blue services that Hema uses, since each part has a fixed shape any team can build on: this is combinatorial innovation, new combinations of existing parts, and standardisation is exactly what a middle platform supplies.',
  },
  (g) => [
    ...hemaPlugsIn(g),
    connect('taobao', HEMA_REUSES),
    connect('tmall', HEMA_REUSES),
    tone('muted', ['data', 'tech-arch']),
    annotate('kit', say(g, 'standard parts, new combinations', 'standard parts'), {
      ...inStrip(g, g.middle.y),
      tone: 'accent',
    }),
  ],
);
