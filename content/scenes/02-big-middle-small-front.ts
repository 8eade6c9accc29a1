import { annotate, connect, pipe, tone, type Change } from '@/lib/scene/compose';
import type { Shape } from '@/lib/scene/compose';
import { BAND_LABEL, row, type Boxes } from '@/lib/scene/layout';
import type { Box } from '@/lib/scene/types';
import { arrange, PLATFORM_SERVICES, FRONTS_2015, scene } from './base';
import { aside, beside, inStrip, panelFirst, platform, say, type Geo } from './kit';

/**
 * What the chapter's text names: every business plugs into the same checkout and customer data
 * (and on Double 11 leans on the same payment and inventory). One line for each, not a line from
 * every business to every service, which would draw a tangle instead of the idea.
 */
const PLUGS_INTO = ['user', 'payment'] as const;
const LEANS_ON = ['inventory', 'payment'] as const;

const everyone =
  (services: readonly string[], tone: 'accent' | 'warn'): Change =>
  (frame) =>
    pipe(frame, ...FRONTS_2015.map((front) => connect(front, services, tone)));

export const layers = scene(
  'layers',
  {
    title: 'Big middle, small front',
    description:
      'Zhang Yong’s slogan fixes the proportions, a small front and a big middle: the whole 2015 platform returns, its services faded so that the three layers stand out, with notes naming each size.',
  },
  (g) => [
    tone('muted', PLATFORM_SERVICES),
    tone('accent', ['depth']),
    annotate('small-front', 'small front', { ...aside(g, g.front.y), tone: 'accent' }),
    annotate('big-middle', 'big middle', { ...aside(g, g.middle.y), tone: 'accent' }),
  ],
);

export const sharedCapabilities = scene(
  'shared-capabilities',
  {
    title: 'Built once, for everyone',
    description:
      'Built once and shared by all: every service in the middle layer is now marked reused, and every business on top plugs into the same checkout and customer data.',
  },
  (g) => [
    tone('accent', PLATFORM_SERVICES),
    everyone(PLUGS_INTO, 'accent'),
    annotate('once', say(g, 'built once, used by every business', 'built once, for all'), {
      ...aside(g, g.middle.y),
      tone: 'accent',
    }),
  ],
);

export const double11 = scene(
  'double-11',
  {
    title: 'Double 11',
    description:
      'On Double 11 demand surges and the shared base holds: every business on top is under heavy load, leaning on the same payment and inventory services, while the middle layer keeps its full depth.',
  },
  (g) => [
    tone('accent', PLATFORM_SERVICES),
    tone('warn', [...FRONTS_2015]),
    everyone(LEANS_ON, 'warn'),
    tone('accent', ['depth']),
    annotate('double-11', say(g, 'Double 11: demand surges', 'Double 11 surge'), {
      ...aside(g, g.front.y),
      tone: 'warn',
    }),
    annotate('holds', 'the base holds', { ...aside(g, g.middle.y), tone: 'accent' }),
  ],
);

/** Ids of one small copy of the shape: its three bands and its tiny, unlabelled boxes. */
function peerIds(i: number) {
  return {
    bands: [`peer-${i}-front`, `peer-${i}-middle`, `peer-${i}-back`] as const,
    fronts: [1, 2, 3].map((j) => `peer-${i}-f${j}`),
    parts: [1, 2, 3, 4, 5, 6].map((j) => `peer-${i}-m${j}`),
    base: `peer-${i}-b`,
  };
}

/**
 * Three small copies of the same shape, thin front over a tall middle: stacked in a column that
 * is taller than wide (the wide drawing's side column), side by side in one that is wider (a
 * phone's second page).
 */
function peers(col: { x0: number; x1: number }, top: number, bottom: number): Shape {
  const across = col.x1 - col.x0 > bottom - top;
  const gap = 10;
  const stepX = across ? (col.x1 - col.x0 + gap) / 3 : 0;
  const stepY = across ? 0 : (bottom - top + gap) / 3;
  const w = across ? stepX - gap : col.x1 - col.x0;
  const h = across ? bottom - top : stepY - gap;
  const bands: Record<string, Box> = {};
  let nodes: Boxes = {};
  [1, 2, 3].forEach((i) => {
    const ids = peerIds(i);
    const x0 = col.x0 + (i - 1) * stepX;
    const y = top + (i - 1) * stepY;
    const inner = { x0: x0 + 6, x1: x0 + w - 6 };
    const [front, middle, back] = ids.bands;
    bands[front] = { x: x0, y, w, h: h * 0.2 };
    bands[middle] = { x: x0, y: y + h * 0.24, w, h: h * 0.56 };
    bands[back] = { x: x0, y: y + h * 0.84, w, h: h * 0.16 };
    nodes = {
      ...nodes,
      ...row(ids.fronts, { ...inner, y: y + h * 0.04, h: h * 0.12, gap: 6, maxW: 26 }),
      ...row(ids.parts.slice(0, 3), { ...inner, y: y + h * 0.3, h: h * 0.2, gap: 6 }),
      ...row(ids.parts.slice(3), { ...inner, y: y + h * 0.54, h: h * 0.2, gap: 6 }),
      [ids.base]: { x: inner.x0, y: y + h * 0.88, w: inner.x1 - inner.x0, h: h * 0.08 },
    };
  });
  return { bands, nodes };
}

const industry = (g: Geo) => {
  const b = beside(g, platform(g, FRONTS_2015));
  // The copies stand in the side column, under their note.
  const others = peers(b.col, b.top + 24, b.bottom);
  const noteY = b.top + BAND_LABEL.baseline;
  const tiles = [1, 2, 3].flatMap((i) => {
    const ids = peerIds(i);
    return [...ids.fronts, ...ids.parts, ids.base];
  });
  return [
    arrange({
      bands: { ...b.shape.bands, ...others.bands },
      nodes: { ...b.shape.nodes, ...others.nodes },
      labels: b.shape.labels ?? {},
      scales: b.shape.scales ?? {},
    }),
    panelFirst(g),
    tone('accent', PLATFORM_SERVICES),
    tone('muted', tiles),
    annotate('alibaba', 'Alibaba', inStrip(g, g.front.y)),
    annotate('others', 'other companies', {
      x: (b.col.x0 + b.col.x1) / 2,
      y: noteY,
      anchor: 'middle',
    }),
  ];
};

export const industryNorm = scene(
  'industry-norm',
  {
    title: 'An industry norm',
    description:
      'Bigger companies built middle platforms of their own: Alibaba’s now stands beside three small unlabeled copies, each with a thin top layer over a deep middle.',
  },
  industry,
);
