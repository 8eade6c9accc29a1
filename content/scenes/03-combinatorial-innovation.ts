import { annotate, connect, tone, type Change } from '@/lib/scene/compose';
import { arrange, FRONTS_HEMA, HEMA_REUSES, scene } from './base';
import { aside, platform, say, type Geo } from './kit';

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
      'The article credits the platform with Hema Fresh’s fast start: back at full size, it gains Hema on its top layer, marked built anew, with a note that Hema’s app and stores work as one.',
  },
  (g) => [
    arrange(platform(g, FRONTS_HEMA)),
    tone('new', ['hema']),
    annotate('hema', say(g, 'new: app and stores as one', 'new: app + stores'), {
      ...aside(g, g.front.y),
      tone: 'new',
    }),
  ],
);

export const sixServices = scene(
  'six-services',
  {
    title: 'Six reused services',
    description:
      'Hema reuses six of the platform’s services: lines now run from Hema to every service except data sharing and the technical architecture, the six marked reused, while the other businesses fade.',
  },
  (g) => [
    ...hemaPlugsIn(g),
    tone('muted', ['taobao', 'tmall', 'more-lines', 'data', 'tech-arch']),
    annotate('six', 'six services reused', { ...aside(g, g.middle.y), tone: 'accent' }),
  ],
);

export const combinatorial = scene(
  'combinatorial',
  {
    title: 'A kit of standard parts',
    description:
      'Combinatorial innovation recombines standard parts, and standard parts are what a platform supplies: Taobao and Tmall now draw lines to the same reused services as Hema, showing that any team can build on them.',
  },
  (g) => [
    ...hemaPlugsIn(g),
    connect('taobao', HEMA_REUSES),
    connect('tmall', HEMA_REUSES),
    tone('muted', ['data', 'tech-arch']),
    annotate('kit', say(g, 'standard parts, new combinations', 'standard parts'), {
      ...aside(g, g.middle.y),
      tone: 'accent',
    }),
  ],
);
