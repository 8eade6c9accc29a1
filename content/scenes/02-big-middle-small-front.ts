import { annotate, connect, edgeTone, pipe, tone, type Change } from '@/lib/scene/compose';
import { RIGHT, TALL } from './grid';
import { arrange, CAPABILITIES, FRONTS_2015, scene } from './base';
import { peerIds, peersShape, sideShape, SIDE, together } from './shapes-side';

/** Capabilities that front ends call directly; the technical architecture sits under them all. */
const SERVICES = CAPABILITIES.filter((id) => id !== 'tech-arch');

/** Every 2015 front end uses every shared service. */
const everyoneShares: Change = (frame) => pipe(frame, ...FRONTS_2015.map((front) => connect(front, SERVICES)));

/** Captions sit on a band's border line, at its right end. */
const onFrontBorder = { x: RIGHT - 14, y: TALL.front.y + 6, anchor: 'end' } as const;
const onMiddleBorder = { x: RIGHT - 14, y: TALL.middle.y + TALL.middle.h + 6, anchor: 'end' } as const;

export const layers = scene(
  'layers',
  {
    title: 'Three layers',
    description:
      'The three layers with their proportions named: a thin row of front ends on top, a deep middle platform under it, and the shared back end at the base.',
  },
  tone('muted', CAPABILITIES),
  annotate('small-front', 'small front', { ...onFrontBorder, tone: 'accent' }),
  annotate('big-middle', 'big middle', { ...onMiddleBorder, tone: 'accent' }),
);

export const sharedCapabilities = scene(
  'shared-capabilities',
  {
    title: 'Shared services',
    description:
      'Lines run from Taobao, Tmall and the other business lines down to one common set of middle-platform services, highlighted in blue.',
  },
  tone('accent', CAPABILITIES),
  everyoneShares,
);

export const double11 = scene(
  'double-11',
  {
    title: 'Double 11',
    description:
      'On Double 11 heavy traffic from every front end, drawn as rust lines, pours into the same shared services, and the platform under it holds.',
  },
  everyoneShares,
  edgeTone('warn'),
  annotate('double-11', 'Double 11', { ...onFrontBorder, tone: 'warn' }),
  annotate('holds', 'the base holds', onMiddleBorder),
);

export const industryNorm = scene(
  'industry-norm',
  {
    title: 'An industry norm',
    description:
      'The Alibaba platform moves aside to make room for three smaller copies of the same shape, standing for other companies that built platforms of their own.',
  },
  arrange(together(sideShape(FRONTS_2015), peersShape())),
  tone(
    'muted',
    [1, 2, 3].flatMap((i) => {
      const ids = peerIds(i);
      return [...ids.fronts, ...ids.parts, ids.base];
    }),
  ),
  annotate('alibaba', 'Alibaba', { x: SIDE.x1 - 14, y: TALL.front.y + 6, anchor: 'end', tone: 'accent' }),
  annotate('others', 'Other companies', {
    x: (SIDE.column.x0 + SIDE.column.x1) / 2,
    y: TALL.front.y + 6,
    anchor: 'middle',
    tone: 'muted',
  }),
);
