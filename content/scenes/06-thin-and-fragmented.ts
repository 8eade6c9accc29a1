import { annotate, band, connect, noteLines, pipe, tone, type Change } from '@/lib/scene/compose';
import { BAND_LABEL, labelSize, NOTE, POINT } from '@/lib/scene/layout';
import { arrange, CORE, extend, FRONTS_HEMA, RHINO_PARTS, scene } from './base';
import {
  aside,
  beside,
  besideMiddle,
  bracket,
  panelFirst,
  panelSpan,
  say,
  stack,
  together,
  towardPanel,
  type Geo,
} from './kit';
import { fragmentShape, fragmentTop, thinHeight, thinShape } from './kit-thin';

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
      ...aside(g, middleY(g)),
      tone: 'accent',
    }),
  ],
);

/** The architect's three gains, in his order, as numbered points. */
const gains = (g: Geo) =>
  [
    ['efficient', 'more efficient', 'efficient'],
    ['fewer-people', 'fewer people in the core', 'leaner'],
    ['move-up', g.side ? 'people move up to the front' : 'people move up', 'people move up'],
  ] as const;

/**
 * Where each gain sits: wide, a list in the side column beside the thin middle; on a phone the
 * first two in the middle band's label strip after its label, the third in the front band's.
 */
function gainAt(g: Geo, i: number) {
  const top = aside(g, middleY(g));
  if (g.name === 'wide') {
    // One under another, each as many lines down as the points above it took.
    const lines = gains(g)
      .slice(0, i)
      .reduce(
        (n, [, wide]) => n + noteLines(wide, ('width' in top ? top.width : 0) - POINT.room).split('\n').length,
        0,
      );
    return { ...top, y: top.y + lines * NOTE.lineHeight + i * 8, to: undefined };
  }
  // After the band's label, in its strip; the third in the front band's strip.
  const after = (label: string, gap = 10) => g.x0 + BAND_LABEL.inset + labelSize(label, BAND_LABEL.fontSize).w + gap;
  const strip = { y: middleY(g) + BAND_LABEL.baseline, anchor: 'start' as const };
  if (i === 0) return { ...strip, x: after('Middle platform') };
  if (i === 1)
    return { ...strip, x: after('Middle platform') + POINT.room + labelSize('efficient', NOTE.fontSize).w + 8 };
  return { y: g.front.y + BAND_LABEL.baseline, x: after('Front ends', 24), anchor: 'start' as const };
}

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
    ...gains(g).map(([id, wide, phone], i) =>
      annotate(id, say(g, wide, phone), { ...gainAt(g, i), point: i + 1, tone: 'accent' }),
    ),
  ],
);

export const scenarioChanged = scene(
  'scenario-changed',
  {
    title: 'The scenario changed',
    description:
      'The platform did not stop working, the article says; the situation changed: Rhino’s own layers, built anew, stand beside the thinner platform, with a note that the task changed, not the platform.',
  },
  (g) => {
    const b = beside(g, thinShape(g, FRONTS_HEMA));
    const rhino = stack(g, 'rhino-stack', 'rhino', RHINO_PARTS, b.col, panelSpan(g));
    return [
      arrange(together(b.shape, rhino)),
      panelFirst(g),
      tone('accent', CORE),
      tone('new', ['rhino', ...RHINO_PARTS]),
      band('rhino-stack', { tone: 'new' }),
      annotate('changed', say(g, 'not broken: the task changed', 'the task changed'), towardPanel(g)),
    ];
  },
);

/**
 * One way to picture fragments, as the prose puts it: the payment piece serves nearly every
 * business (three of four), the user and security piece two, the technical piece one. Which front
 * end uses which piece is illustrative, not reported by the source; each line runs down to the
 * piece under or beside its front end, so none has to thread between the pieces.
 */
export const FRAGMENT_USERS: Record<string, readonly string[]> = {
  taobao: ['user'],
  tmall: ['user', 'payment'],
  hema: ['payment', 'tech-arch'],
  'more-lines': ['data'],
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
    annotate('pieces', say(g, 'lighter, in pieces'), { ...besideMiddle(g, fragmentTop(g)), tone: 'accent' }),
  ],
);
