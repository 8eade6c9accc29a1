import { annotate, band, connect, tone, type Change } from '@/lib/scene/compose';
import { arrange, PLATFORM_SERVICES, CORE, FRONTS_2015, scene } from './base';
import { fragmentUsers } from './06-thin-and-fragmented';
import {
  bracket,
  inStrip,
  place,
  platform,
  platformBottom,
  platformRight,
  platformTop,
  say,
  together,
  type Geo,
} from './kit';
import { fragmentShape } from './kit-thin';

const THEN = [...FRONTS_2015, ...PLATFORM_SERVICES, 'infra'].map((id) => `then-${id}`);
const THEN_BANDS = ['then-front', 'then-middle', 'then-back'];

/** The 2015 shape small at the left, today's shape larger at the right, both centred top to bottom. */
function twoShapes(g: Geo) {
  const gap = g.name === 'wide' ? 14 : 10;
  const split = g.name === 'wide' ? 200 : 112;
  const room = g.width - (g.name === 'wide' ? 12 : 6);
  const w = platformRight(g) + g.measure.w + 4 - g.x0;
  const h = platformBottom(g) - platformTop(g);
  const avail = g.keyY - 14 - platformTop(g);
  const centred = (s: number) => platformTop(g) + (avail - h * s) / 2;
  const sThen = (split - g.x0) / w;
  const sNow = (room - split - gap) / w;
  const then = place(
    g,
    platform(g, FRONTS_2015, 'then-'),
    sThen,
    { x: g.x0, y: platformTop(g) },
    { x: g.x0, y: centred(sThen) },
  );
  const nowShape = together(fragmentShape(g, ['taobao', 'tmall', 'hema', 'more-lines']), {
    bands: {},
    nodes: { 'depth-2015': bracket(g, g.middle, g.x1, g.measure.w + 4) },
  });
  const now = place(g, nowShape, sNow, { x: g.x0, y: platformTop(g) }, { x: split + gap, y: centred(sNow) });
  return {
    layout: arrange(together(then, now)),
    thenNote: { x: g.x0, y: centred(sThen) - 8, anchor: 'start' as const },
    topNote: { x: g.x0, y: centred(sNow) - 8, anchor: 'start' as const },
    /** The top-left corner of today's shape, where a leader can point. */
    nowCorner: { x: split + gap + 4, y: centred(sNow) + 4 },
    nowNote: { x: room, y: centred(sNow) - 8, anchor: 'end' as const },
    thenTop: centred(sThen),
    split,
    gap,
  };
}

const base = (g: Geo): Change[] => {
  const t = twoShapes(g);
  return [t.layout, tone('muted', ['depth-2015']), tone('accent', CORE), fragmentUsers];
};

export const twoShapesScene = scene(
  'two-shapes',
  {
    title: 'Two shapes',
    description:
      'The two shapes answer different questions, so neither is simply right: a new picture sets the 2015 design, small, on the left, beside the thinner shape in pieces where Alibaba is heading.',
  },
  (g) => {
    const t = twoShapes(g);
    return [
      ...base(g),
      annotate('then', '2015', t.thenNote),
      annotate('now', say(g, 'where Alibaba is heading', 'heading for'), { ...t.nowNote, tone: 'accent' }),
    ];
  },
);

export const stillUseful = scene(
  'still-useful',
  {
    title: 'Who each shape suits',
    description:
      'The 2015 shape still suits many large firms, the article argues, while BAT and TMD face more disruption: the small shape on the left lights up, and notes say whom each shape suits.',
  },
  (g) => {
    const t = twoShapes(g);
    return [
      ...base(g),
      tone('accent', THEN),
      ...THEN_BANDS.map((id) => band(id, { tone: 'accent' })),
      annotate('large-firms', say(g, 'suits many large firms', 'large firms'), { ...t.thenNote, tone: 'accent' }),
      annotate('bat-tmd', say(g, 'BAT, TMD: disruption', 'BAT, TMD'), { ...t.nowNote, tone: 'new' }),
    ];
  },
);

export const noBlindFollowing = scene(
  'no-blind-following',
  {
    title: 'Do not follow blindly',
    description:
      'The article ends with advice for leaders elsewhere, pinned to the newer shape: the notes on whom each shape suits give way to two of its own, against copying and for the long term.',
  },
  (g) => {
    const t = twoShapes(g);
    return [
      ...base(g),
      annotate('no-copy', say(g, 'don’t thin just to copy', 'don’t just copy'), {
        ...t.topNote,
        tone: 'warn',
        to: t.nowCorner,
      }),
      annotate('long-term', say(g, 'commit for the long term', 'think long term'), { ...t.nowNote, tone: 'warn' }),
    ];
  },
);

export const tryIt = scene(
  'try-it',
  {
    title: 'Now try it',
    description:
      'Now test a business of your own: back to the full 2015 platform, with your business, built anew, on the top layer using three reused services, ahead of the explorable below, where you choose its needs.',
  },
  (g) => [
    arrange(platform(g, ['taobao', 'tmall', 'your-business', 'more-lines'])),
    tone('new', ['your-business']),
    tone('muted', ['taobao', 'tmall', 'more-lines']),
    connect('your-business', ['product', 'user', 'payment'], 'accent'),
    tone('accent', ['product', 'user', 'payment']),
    annotate('try', say(g, 'try it in the explorable below ↓', 'try it below ↓'), {
      ...inStrip(g, g.front.y),
      tone: 'new',
    }),
  ],
);
