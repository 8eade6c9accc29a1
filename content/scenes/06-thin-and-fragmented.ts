import { annotate, band, connect, pipe, tone, type Change } from '@/lib/scene/compose';
import { arrange, CORE, extend, FRONTS_HEMA, RHINO_PARTS, scene } from './base';
import { beside, bracket, inStrip, say, stack, together, type Geo } from './kit';
import { fragmentShape, thinHeight, thinShape } from './kit-thin';

/** The 2015 depth, held beside the bracket that measures the middle band now. */
export const heldAgainst2015 = (g: Geo): Change[] => [
  extend({ bands: {}, nodes: { 'depth-2015': bracket(g, g.middle, g.x1, g.measure.w + 4) } }),
  tone('muted', ['depth-2015']),
];

const middleY = (g: Geo) => g.back.y - g.bandGap - thinHeight(g);

const thin = (g: Geo): Change[] => [arrange(thinShape(g, FRONTS_HEMA)), ...heldAgainst2015(g), tone('accent', CORE)];

export const thinning = scene(
  'thinning',
  {
    title: 'Thinning',
    description:
      'An Alibaba architect wants only the most abstract parts left in the middle: here product, inventory and AI move up into a taller top layer, over a shallower middle of generic services, marked reused.',
  },
  (g) => [
    ...thin(g),
    annotate('abstract', say(g, '“only the most abstract parts”', 'most abstract parts'), {
      ...inStrip(g, middleY(g)),
      tone: 'accent',
    }),
  ],
);

export const threeGains = scene(
  'three-gains',
  {
    title: 'Three gains',
    description:
      'The architect expects three gains from a thin core: lines now run from every business to it, with notes on more efficiency, fewer people in the core, and people moving up to tailor each business.',
  },
  (g) => [
    ...thin(g),
    (frame) => pipe(frame, ...FRONTS_HEMA.map((f) => connect(f, ['user', 'payment', 'data']))),
    annotate('gains', say(g, '1 more efficient · 2 fewer people', '1 efficient · 2 leaner'), {
      ...inStrip(g, middleY(g)),
      tone: 'accent',
    }),
    annotate('move-up', say(g, '3 people move up to the front', '3 people move up'), {
      ...inStrip(g, g.front.y),
      tone: 'accent',
    }),
  ],
);

export const scenarioChanged = scene(
  'scenario-changed',
  {
    title: 'The scenario changed',
    description:
      'The platform did not stop working, the article says; the situation changed: the thinner platform moves aside for Rhino’s own layers, built anew, with a note that the task changed, not the platform.',
  },
  (g) => {
    const b = beside(g, g.name === 'wide' ? 170 : 168, thinShape(g, FRONTS_HEMA));
    const rhino = stack(g, 'rhino-stack', 'rhino', RHINO_PARTS, b.col, { top: g.front.y, bottom: g.keyY - 14 });
    return [
      arrange(together(b.shape, rhino)),
      tone('accent', CORE),
      tone('new', ['rhino', ...RHINO_PARTS]),
      band('rhino-stack', { tone: 'new' }),
      annotate('changed', say(g, 'not broken: the task changed', 'the task changed'), {
        x: g.x0,
        y: b.top - 8,
        anchor: 'start',
      }),
    ];
  },
);

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

export const fragmentUsers: Change = (frame) =>
  pipe(frame, ...Object.entries(FRAGMENT_USERS).map(([front, pieces]) => connect(front, pieces)));

export const fragmented = scene(
  'fragmented',
  {
    title: 'Fragmented',
    description:
      'The article foresees a lighter platform in pieces: the thin core splits into three parts, each used by only some businesses, which stand taller; unlike the first chapter’s cracks, every piece is in use.',
  },
  (g) => [
    arrange(fragmentShape(g, FRONTS_HEMA)),
    ...heldAgainst2015(g),
    tone('accent', CORE),
    fragmentUsers,
    annotate('pieces', say(g, 'lighter, in pieces'), { ...inStrip(g, g.front.y), tone: 'accent' }),
  ],
);
