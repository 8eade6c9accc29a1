import { annotate, band, connect, pipe, type Change } from '@/lib/scene/compose';
import { arrange, FRONTS_2015, scene } from './base';
import { HEADED, HEADER_Y, RIGHT } from './grid';
import { narrowShape, together } from './shapes-side';
import type { Shape } from '@/lib/scene/compose';
import { row } from '@/lib/scene/layout';

const LEFT = { x0: 16, x1: 312 } as const;
const NOW = { x0: 328, x1: RIGHT } as const;

/** Today's shape, small: tall front ends over a thin middle in two pieces. */
function nowShape(): Shape {
  const { x0, x1 } = NOW;
  const pieceY = 236;
  const first = { x: x0, y: pieceY, w: 168, h: 74 };
  const second = { x: x1 - 110, y: pieceY, w: 110, h: 74 };
  const nodeRow = { y: pieceY + 14, h: 46 };
  return {
    bands: {
      front: { x: x0, y: HEADED.front.y, w: x1 - x0, h: 168 },
      middle: first,
      'middle-2': second,
      back: { x: x0, y: HEADED.back.y, w: x1 - x0, h: HEADED.back.h },
    },
    nodes: {
      ...row(['taobao', 'tmall', 'hema'], { x0: x0 + 10, x1: x1 - 10, y: HEADED.frontRow.y, h: 140, gap: 8 }),
      user: { x: x0 + 6, ...nodeRow, w: 60 },
      payment: { x: x0 + 72, ...nodeRow, w: 90 },
      security: { x: second.x + 6, ...nodeRow, w: 98 },
      infra: { x: x0 + 10, ...HEADED.backRow, w: x1 - x0 - 20 },
    },
  };
}

const nowLinks: Change = (frame) =>
  pipe(
    frame,
    connect('taobao', ['user', 'payment']),
    connect('tmall', ['payment', 'security']),
    connect('hema', ['security']),
  );

const unlabelled = ['front', 'middle', 'back', 'then-front', 'then-middle', 'then-back'].map((id) =>
  band(id, { label: '' }),
);

export const twoShapes = scene(
  'two-shapes',
  {
    title: 'Two shapes',
    description:
      'The 2015 platform on the left, thin on top and deep in the middle, next to the shape it is taking now on the right: tall front ends over a thin middle in pieces.',
  },
  arrange(together(narrowShape(FRONTS_2015, LEFT.x0, LEFT.x1, HEADED, 'then-'), nowShape())),
  ...unlabelled,
  nowLinks,
  annotate('then', '2015', { x: (LEFT.x0 + LEFT.x1) / 2, y: HEADER_Y, anchor: 'middle' }),
  annotate('now', 'Now', { x: (NOW.x0 + NOW.x1) / 2, y: HEADER_Y, anchor: 'middle', tone: 'accent' }),
);
