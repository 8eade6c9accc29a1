import type { Change, Shape } from '@/lib/scene/compose';
import { BAND_LABEL, NOTE, column, row, span, type Boxes } from '@/lib/scene/layout';
import type { Box, LayoutName } from '@/lib/scene/types';
import type { PlatformService } from '@/lib/platform';

export interface Level {
  y: number;
  h: number;
}

/**
 * One layout's grid: where the three bands and their rows sit. The wide layout (640 × 440) is
 * the one every scene shares on a large screen; the narrow one (400 × 360) is the same drawing
 * system arranged for a phone, where text is never scaled down.
 */
export interface Geo {
  name: LayoutName;
  width: number;
  height: number;
  /** The bands' left and right edges. */
  x0: number;
  x1: number;
  /** A band's inner padding, and the gap between boxes in a row. */
  pad: number;
  gap: number;
  front: Level;
  frontRow: Level;
  middle: Level;
  rows: readonly [Level, Level, Level];
  rowGap: number;
  back: Level;
  backRow: Level;
  /** Where the infrastructure box starts (on a phone it sits beside the band's label). */
  infraX0: number;
  /** Space between bands. */
  bandGap: number;
  /** The depth bracket: its offset right of the bands, and its width. */
  measure: { dx: number; w: number };
  /** Baseline of the colour key along the bottom. */
  keyY: number;
  /** Labels this layout breaks over two lines. */
  labels: Record<string, string>;
  /**
   * The side column, from the top of the front band to the foot of the back band: where side
   * panels (the Five New, an independent stack, the 2015 shape) stand. Wide, it is right of the
   * platform and its bracket, and holds the notes when no panel does; on a phone, where the
   * platform takes the whole width, it is the drawing's second page (see NARROW_PAGES).
   */
  side: { x0: number; x1: number };
  /** The width every front end's box has, however many share the row. */
  frontW: number;
}

export const WIDE: Geo = {
  name: 'wide',
  width: 640,
  height: 440,
  x0: 16,
  x1: 424,
  pad: 12,
  gap: 12,
  front: { y: 6, h: 82 },
  frontRow: { y: 32, h: 48 },
  middle: { y: 96, h: 228 },
  rows: [
    { y: 122, h: 54 },
    { y: 186, h: 54 },
    { y: 250, h: 54 },
  ],
  rowGap: 10,
  back: { y: 332, h: 76 },
  backRow: { y: 356, h: 42 },
  infraX0: 28,
  bandGap: 8,
  measure: { dx: 8, w: 12 },
  keyY: 430,
  labels: {
    data: 'Data\nsharing',
    'tech-arch': 'Unified technical\narchitecture',
    'your-business': 'Your\nidea?',
  },
  side: { x0: 466, x1: 630 },
  frontW: 87,
};

export const NARROW: Geo = {
  name: 'narrow',
  width: 400,
  height: 360,
  x0: 6,
  x1: 366,
  pad: 10,
  gap: 8,
  front: { y: 4, h: 76 },
  frontRow: { y: 26, h: 48 },
  middle: { y: 86, h: 186 },
  rows: [
    { y: 110, h: 48 },
    { y: 164, h: 48 },
    { y: 218, h: 48 },
  ],
  rowGap: 6,
  back: { y: 278, h: 40 },
  backRow: { y: 283, h: 30 },
  infraX0: 112,
  bandGap: 6,
  measure: { dx: 6, w: 10 },
  keyY: 337,
  labels: {
    data: 'Data\nsharing',
    'tech-arch': 'Unified technical\narchitecture',
    // 'Your business?' is too wide for a phone's front-end box, and would be left out.
    'your-business': 'Your\nidea?',
    // The Five New stand on a page of their own, wide enough for one line each.
    'new-manufacturing': 'New manufacturing',
    'new-technology': 'New technology',
  },
  side: { x0: 406, x1: 794 },
  frontW: 79,
};

const band = (g: Geo, at: Level, x1 = g.x1): Box => ({ x: g.x0, y: at.y, w: x1 - g.x0, h: at.h });

/** The three columns of the platform's grid. */
export function columns(g: Geo, x1 = g.x1): [Box, Box, Box] {
  const c = row(['a', 'b', 'c'], { x0: g.x0 + g.pad, x1: x1 - g.pad, y: 0, h: 0, gap: g.gap });
  return [c.a!, c.b!, c.c!];
}

const at = (col: Box, level: Level): Box => ({ x: col.x, y: level.y, w: col.w, h: level.h });

/** The depth bracket beside a band. */
export function bracket(g: Geo, level: Level, x1 = g.x1, dx = 0): Box {
  return { x: x1 + g.measure.dx + dx, y: level.y, w: g.measure.w, h: level.h };
}

/**
 * The 2015 platform: a row of front ends, the middle platform's eight services in one fixed
 * grid (three a row, the technical architecture under two columns), the back end, and a bracket
 * measuring the middle band. Every scene that shows this platform draws it from here.
 */
export function platform(g: Geo, fronts: readonly string[], prefix = ''): Shape {
  const id = (name: string) => `${prefix}${name}`;
  const [c1, c2, c3] = columns(g);
  const [r1, r2, r3] = g.rows;
  const grid: Record<PlatformService, Box> = {
    product: at(c1, r1),
    inventory: at(c2, r1),
    user: at(c3, r1),
    payment: at(c1, r2),
    ai: at(c2, r2),
    data: at(c3, r2),
    security: at(c1, r3),
    'tech-arch': span(at(c2, r3), at(c3, r3)),
  };
  const nodes: Boxes = row(fronts.map(id), {
    x0: g.x0 + g.pad,
    x1: g.x1 - g.pad,
    ...g.frontRow,
    gap: g.gap,
    maxW: g.frontW,
  });
  for (const [name, box] of Object.entries(grid)) nodes[id(name)] = box;
  nodes[id('infra')] = { x: g.infraX0, ...g.backRow, w: g.x1 - g.pad - g.infraX0 };
  nodes[id('depth')] = bracket(g, g.middle);
  const labels = prefix ? {} : g.labels;
  return {
    bands: { [id('front')]: band(g, g.front), [id('middle')]: band(g, g.middle), [id('back')]: band(g, g.back) },
    nodes,
    labels,
  };
}

/** The right edge of everything `platform` draws, bracket included. */
export const platformRight = (g: Geo) => g.x1 + g.measure.dx + g.measure.w;
/** The top and bottom of everything `platform` draws. */
export const platformTop = (g: Geo) => g.front.y;
export const platformBottom = (g: Geo) => g.back.y + g.back.h;

/**
 * A shape drawn smaller: every box scaled by `s` about (ox, oy) and moved to (x, y). On a wide
 * screen labels scale with it (one uniform scale, no reflow); on a phone, where text must stay
 * at full size, a shape drawn smaller is a thumbnail without words, and notes name it.
 */
export function place(
  g: Geo,
  shape: Shape,
  s: number,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Shape {
  const move = (boxes: Boxes): Boxes =>
    Object.fromEntries(
      Object.entries(boxes).map(([id, b]) => [
        id,
        { x: to.x + (b.x - from.x) * s, y: to.y + (b.y - from.y) * s, w: b.w * s, h: b.h * s },
      ]),
    );
  const bands = move(shape.bands);
  const nodes = move(shape.nodes);
  if (g.name === 'narrow') {
    const ids = [...Object.keys(bands), ...Object.keys(nodes)];
    return { bands, nodes, labels: Object.fromEntries(ids.map((id) => [id, ''])) };
  }
  const ids = [...Object.keys(bands), ...Object.keys(nodes)];
  return { bands, nodes, labels: shape.labels ?? {}, scales: Object.fromEntries(ids.map((id) => [id, s])) };
}

/** A shape with the side column beside it, and the top and bottom a panel there keeps to. */
export interface Beside {
  shape: Shape;
  col: { x0: number; x1: number };
  top: number;
  bottom: number;
}

/** A side panel's top and bottom: level with the platform's bands. */
export const panelSpan = (g: Geo) => ({ top: platformTop(g), bottom: platformBottom(g) });

/**
 * The platform with a side panel: it stays as it is, in its one size and place, and the panel
 * takes the side column (wide, right of it; on a phone, the drawing's second page).
 */
export const beside = (g: Geo, shape: Shape): Beside => ({ shape, col: g.side, ...panelSpan(g) });

/** On a phone, opens the scene on its second page, its side panel (a wide screen shows both). */
export const panelFirst =
  (g: Geo): Change =>
  (frame) =>
    g.name === 'narrow' ? { ...frame, page: 2 } : frame;

/** Band label strip: the room a band keeps at its top for its label. */
export const strip = (g: Geo) => g.rows[0].y - g.middle.y;

/**
 * An independent organisation: a frame from `top` to `bottom`, its own front end under the
 * frame's label and its own parts below, the last one (its technology) at the foot.
 */
export function stack(
  g: Geo,
  frame: string,
  front: string,
  parts: readonly string[],
  x: { x0: number; x1: number },
  y: { top: number; bottom: number },
): Shape {
  const inner = { x: x.x0 + 6, w: x.x1 - x.x0 - 12 };
  if (g.side) {
    // Level with the platform's layers: its front end in the front row, its parts in the
    // middle's rows, its technology in the back row.
    const levels = parts.map((_, i) => (i === parts.length - 1 ? g.backRow : g.rows[Math.min(i, 2)]!));
    const boxes: Boxes = { [front]: { ...inner, ...g.frontRow } };
    parts.forEach((part, i) => (boxes[part] = { ...inner, ...levels[i]! }));
    return { bands: { [frame]: { x: x.x0, y: y.top, w: x.x1 - x.x0, h: y.bottom - y.top } }, nodes: boxes };
  }
  const first = y.top + strip(g);
  const nodes: Boxes = { [front]: { ...inner, y: first, h: 48 } };
  // Its own parts hang under its front end; its technology sits at the foot, level with the back end.
  const h = Math.min(44, (y.bottom - 8 - (first + 58) - 8 * (parts.length - 1)) / parts.length);
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    nodes[part] = { ...inner, y: last ? y.bottom - 8 - h : first + 58 + i * (h + 8), h };
  });
  return { bands: { [frame]: { x: x.x0, y: y.top, w: x.x1 - x.x0, h: y.bottom - y.top } }, nodes };
}

/** A column of tags in a frame (the Five New). */
export function tags(
  g: Geo,
  frame: string,
  ids: readonly string[],
  x: { x0: number; x1: number },
  y: { top: number; bottom: number },
): Shape {
  return {
    bands: { [frame]: { x: x.x0, y: y.top, w: x.x1 - x.x0, h: y.bottom - y.top } },
    nodes: column(ids, {
      y0: y.top + strip(g),
      y1: g.side ? y.bottom - 10 : Math.min(y.bottom - 8, y.top + strip(g) + ids.length * 56 - 8),
      x: x.x0 + 6,
      w: x.x1 - x.x0 - 12,
      gap: g.side ? 14 : 8,
      maxH: g.side ? 56 : 48,
    }),
  };
}

/** A note about a side panel: in the front band's label strip, at its right end, toward the panel. */
export const towardPanel = (g: Geo) => inStrip(g, g.front.y);

/** A note's place in a band's label strip, at the right end (the label sits at the left). */
export function inStrip(g: Geo, bandY: number, x = g.x1 - g.pad) {
  return { x, y: bandY + BAND_LABEL.baseline, anchor: 'end' as const };
}

/**
 * A note about the band whose top is at `bandY`, beside it: in the side column, level with the
 * band's label, set to the column's measure, with a leader that ends on the band (on the middle
 * band, on its bracket). A phone has no side column: there the note sits in the band's own label
 * strip, at its right end.
 */
export function aside(g: Geo, bandY: number) {
  if (g.name !== 'wide') return inStrip(g, bandY);
  const y = bandY + BAND_LABEL.baseline;
  const middle = bandY >= g.middle.y && bandY < g.back.y - g.bandGap;
  const edge = middle ? platformRight(g) + 2 : g.x1 + 2;
  const x = g.side.x0 + 6;
  return { x, y, anchor: 'start' as const, width: g.side.x1 - x, to: { x: edge, y: y - NOTE.fontSize * 0.35 } };
}

/**
 * A note about a middle band with no label strip of its own (cracked, or in pieces) whose top is
 * at `bandY`: wide, beside it in the side column; on a phone, in the front band's strip, with a
 * leader down to the top of the middle's bracket.
 */
export function besideMiddle(g: Geo, bandY: number) {
  if (g.name === 'wide') return aside(g, bandY);
  return { ...inStrip(g, g.front.y), to: { x: g.x1 + g.measure.dx + g.measure.w, y: bandY } };
}

/** The wide or the narrow wording of a note: a phone has room for fewer words. */
export const say = (g: Geo, wide: string, narrow: string = wide) => (g.name === 'wide' ? wide : narrow);

/** Several shapes drawn together (bands in the order given). */
export function together(...shapes: Shape[]): Shape {
  return {
    bands: Object.assign({}, ...shapes.map((s) => s.bands)),
    nodes: Object.assign({}, ...shapes.map((s) => s.nodes)),
    labels: Object.assign({}, ...shapes.map((s) => s.labels ?? {})),
    scales: Object.assign({}, ...shapes.map((s) => s.scales ?? {})),
  };
}
