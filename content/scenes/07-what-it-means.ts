import { annotate, band, connect, tone, type Change } from '@/lib/scene/compose';
import { arrange, PLATFORM_SERVICES, CORE, FRONTS_2015, scene } from './base';
import { fragmentUsers } from './06-thin-and-fragmented';
import {
  bracket,
  aside,
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
import { fragmentShape, thinShape } from './kit-thin';
import { BAND_LABEL, labelSize } from '@/lib/scene/layout';

const THEN = [...FRONTS_2015, ...PLATFORM_SERVICES, 'infra'].map((id) => `then-${id}`);
const THEN_BANDS = ['then-front', 'then-middle', 'then-back'];

/**
 * Today's shape in the platform's place, and the 2015 shape small in the side column (on a phone,
 * the second page), level with the middle band, its notes above and below it.
 */
function twoShapes(g: Geo) {
  const side = g.side;
  const w = platformRight(g) - g.x0;
  const h = platformBottom(g) - platformTop(g);
  // As wide as the column, or on a phone's page, small enough to leave room for its notes.
  const s = Math.min((side.x1 - side.x0) / w, g.name === 'wide' ? 1 : 0.72);
  const left = (side.x0 + side.x1 - w * s) / 2;
  const top = g.middle.y + (g.middle.h - h * s) / 2;
  const then = place(g, platform(g, FRONTS_2015, 'then-'), s, { x: g.x0, y: platformTop(g) }, { x: left, y: top });
  const nowShape = together(fragmentShape(g, ['taobao', 'tmall', 'hema', 'more-lines']), {
    bands: {},
    nodes: { 'depth-2015': bracket(g, g.middle, g.x1, g.measure.w + 4) },
  });
  const note = (y: number) => ({ x: left, y, anchor: 'start' as const, width: side.x1 - left });
  return {
    layout: arrange(together(then, nowShape)),
    thenNote: note(top - 10),
    /** Below the small 2015 shape. */
    underThen: note(top + h * s + 22),
    nowNote: inStrip(g, g.front.y),
    /**
     * Two notes about today's shape: wide, at its top and at its foot; on a phone, whose back
     * band has no strip to spare, both in the front band's strip, after its label.
     */
    copyNote:
      g.name === 'wide'
        ? inStrip(g, g.front.y)
        : {
            x: g.x0 + BAND_LABEL.inset + labelSize('Front ends', BAND_LABEL.fontSize).w + 12,
            y: g.front.y + BAND_LABEL.baseline,
            anchor: 'start' as const,
          },
    longNote: inStrip(g, g.name === 'wide' ? g.back.y : g.front.y),
  };
}

/** The two shapes, the small one named "2015" in every step (on a phone, the name of its page). */
const base = (g: Geo): Change[] => {
  const t = twoShapes(g);
  return [
    t.layout,
    tone('muted', ['depth-2015']),
    tone('accent', CORE),
    fragmentUsers,
    annotate('then', '2015', t.thenNote),
  ];
};

export const twoShapesScene = scene(
  'two-shapes',
  {
    title: 'Two shapes',
    description:
      'The two shapes answer different questions, so neither is simply right: the thinner shape in pieces, where Alibaba is heading, holds the platform’s place, with the 2015 design small beside it.',
  },
  (g) => {
    const t = twoShapes(g);
    return [
      ...base(g),
      annotate('now', say(g, 'where Alibaba is heading', 'heading for'), { ...t.nowNote, tone: 'accent' }),
    ];
  },
);

export const stillUseful = scene(
  'still-useful',
  {
    title: 'Who each shape suits',
    description:
      'The 2015 shape still suits many large firms, the article argues, while BAT and TMD face more disruption: the small 2015 shape lights up, and notes say whom each shape suits.',
  },
  (g) => {
    const t = twoShapes(g);
    return [
      ...base(g),
      tone('accent', THEN),
      ...THEN_BANDS.map((id) => band(id, { tone: 'accent' })),
      annotate('large-firms', say(g, 'suits many large firms', 'large firms'), { ...t.underThen, tone: 'accent' }),
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
      annotate('no-copy', say(g, 'don’t thin just to copy', 'don’t copy'), { ...t.copyNote, tone: 'warn' }),
      annotate('long-term', say(g, 'commit for the long term', 'long term'), { ...t.longNote, tone: 'warn' }),
    ];
  },
);

export const tryIt = scene(
  'try-it',
  {
    title: 'Now try it',
    description:
      'Now test a business of your own on the thinner shape the chapter ended with: your business, built anew, joins the top layer and uses three services of the thin core, ahead of the explorable below, where you choose its needs.',
  },
  (g) => [
    arrange(thinShape(g, ['taobao', 'tmall', 'your-business', 'more-lines'])),
    tone('new', ['your-business']),
    tone('muted', ['taobao', 'tmall', 'more-lines']),
    connect('your-business', ['user', 'payment', 'data'], 'accent'),
    tone('accent', ['user', 'payment', 'data']),
    annotate('try', say(g, 'try it in the explorable below ↓', 'try it below ↓'), {
      ...aside(g, g.front.y),
      tone: 'new',
    }),
  ],
);
