import { NOTE, POINT } from './label';
import { wrapLabel } from './wrap-label';
import type { Annotation, Band, Box, Layer, NodeKind, SceneEdge, SceneFrame, SceneNode, Tone } from './types';

/**
 * Scenes are written as a base frame plus a list of changes, each a pure function from frame
 * to frame, so that a scene module reads as the change it makes.
 */
export type Change = (frame: SceneFrame) => SceneFrame;

export function pipe(frame: SceneFrame, ...changes: Change[]): SceneFrame {
  return changes.reduce((f, change) => change(f), frame);
}

/** What a node or band is, apart from where it is drawn. */
interface NodeSpec {
  kind: NodeKind;
  label: string;
  layer: Layer;
}
interface BandSpec {
  layer: Layer | 'frame';
  label: string;
  labelAt?: 'top' | 'bottom';
}
export interface Catalogue {
  nodes: Record<string, NodeSpec>;
  bands: Record<string, BandSpec>;
}

/** Where things are drawn: band and node boxes by id, in drawing order, and label variants. */
export interface Shape {
  bands: Record<string, Box>;
  nodes: Record<string, Box>;
  /** Labels that suit this shape's box sizes (the phone layout breaks some over two lines). */
  labels?: Record<string, string>;
  /** A uniform scale per element, for a stack drawn smaller beside something else. */
  scales?: Record<string, number>;
}

function spec<T>(table: Record<string, T>, id: string): T {
  const found = table[id];
  if (!found) throw new Error(`Unknown diagram element "${id}"`);
  return found;
}

/**
 * Lays the frame out as `shape`: exactly the shape's bands and nodes, in its order. Elements
 * already in the frame keep their tone; new ones come from the catalogue in the base tone.
 * Edges whose nodes are gone are dropped.
 */
export function arrange(shape: Shape, catalogue: Catalogue): Change {
  return (frame) => {
    const oldNodes = new Map(frame.nodes.map((n) => [n.id, n]));
    const oldBands = new Map(frame.bands.map((b) => [b.id, b]));
    const nodes = Object.entries(shape.nodes).map(([id, box]): SceneNode => {
      const old = oldNodes.get(id);
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the old scale is replaced
      const { scale: _, ...base }: Omit<SceneNode, 'box'> = old ?? {
        id,
        ...spec(catalogue.nodes, id),
        tone: 'base',
        opacity: 1,
      };
      const s = shape.scales?.[id];
      const label = shape.labels?.[id] ?? spec(catalogue.nodes, id).label;
      return s === undefined || s === 1 ? { ...base, label, box } : { ...base, label, box, scale: s };
    });
    const bands = Object.entries(shape.bands).map(([id, box]): Band => {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the old scale is replaced
      const { scale: _, ...base }: Omit<Band, 'box'> = oldBands.get(id) ?? {
        id,
        ...spec(catalogue.bands, id),
        tone: 'base',
        opacity: 1,
      };
      const s = shape.scales?.[id];
      const label = shape.labels?.[id] ?? spec(catalogue.bands, id).label;
      return s === undefined || s === 1 ? { ...base, label, box } : { ...base, label, box, scale: s };
    });
    const present = new Set(nodes.map((n) => n.id));
    const edges = frame.edges.filter((e) => present.has(e.from) && present.has(e.to));
    return { ...frame, bands, nodes, edges };
  };
}

/** Adds a shape's bands and nodes to the frame (or moves them there), keeping everything else. */
export function extend(shape: Shape, catalogue: Catalogue): Change {
  return (frame) => {
    const scaled = (el: { id: string; scale?: number }) => (el.scale === undefined ? [] : [[el.id, el.scale]]);
    const current: Shape = {
      bands: Object.fromEntries(frame.bands.map((b) => [b.id, b.box])),
      nodes: Object.fromEntries(frame.nodes.map((n) => [n.id, n.box])),
      labels: Object.fromEntries([...frame.bands, ...frame.nodes].map((el) => [el.id, el.label])),
      scales: Object.fromEntries([...frame.bands, ...frame.nodes].flatMap(scaled)),
    };
    const merged: Shape = {
      bands: { ...current.bands, ...shape.bands },
      nodes: { ...current.nodes, ...shape.nodes },
      labels: { ...current.labels, ...shape.labels },
      scales: { ...current.scales, ...shape.scales },
    };
    return arrange(merged, catalogue)(frame);
  };
}

/** Removes nodes (and their edges) from the frame. */
export function drop(ids: readonly string[]): Change {
  return (frame) => ({
    ...frame,
    nodes: frame.nodes.filter((n) => !ids.includes(n.id)),
    edges: frame.edges.filter((e) => !ids.includes(e.from) && !ids.includes(e.to)),
  });
}

/** Gives the listed nodes (or all nodes, for `'*'`) a tone. */
export function tone(value: Tone, ids: readonly string[] | '*'): Change {
  const hit = (id: string) => ids === '*' || ids.includes(id);
  return (frame) => ({ ...frame, nodes: frame.nodes.map((n) => (hit(n.id) ? { ...n, tone: value } : n)) });
}

/** Changes a band's tone or label. */
export function band(id: string, patch: Partial<Pick<Band, 'tone' | 'label' | 'labelAt' | 'opacity'>>): Change {
  return (frame) => {
    if (!frame.bands.some((b) => b.id === id)) throw new Error(`No band "${id}" to change`);
    return { ...frame, bands: frame.bands.map((b) => (b.id === id ? { ...b, ...patch } : b)) };
  };
}

/** Draws a line from one node to each of several others. */
export function connect(from: string, tos: readonly string[], value: Tone = 'base'): Change {
  const added = tos.map((to): SceneEdge => ({ id: `${from}->${to}`, from, to, tone: value, opacity: 1 }));
  return (frame) => ({ ...frame, edges: [...frame.edges, ...added] });
}

/** A note's text broken into lines to fit `width`, if it has one. */
export const noteLines = (text: string, width?: number): string =>
  width ? wrapLabel(text, width, NOTE.fontSize) : text;

/** Adds a note at a point, with a leader line to `to` if given. */
export function annotate(
  id: string,
  text: string,
  at: {
    x: number;
    y: number;
    anchor?: Annotation['anchor'];
    tone?: Tone;
    to?: { x: number; y: number };
    width?: number;
    point?: number;
  },
): Change {
  const note: Annotation = {
    id,
    text: noteLines(text, at.width && at.point ? at.width - POINT.room : at.width),
    x: at.x,
    y: at.y,
    anchor: at.anchor ?? 'start',
    tone: at.tone ?? 'base',
    opacity: 1,
    ...(at.to ? { to: at.to } : {}),
    ...(at.width ? { width: at.width - (at.point ? POINT.room : 0) } : {}),
    ...(at.point ? { point: at.point } : {}),
  };
  return (frame) => ({ ...frame, annotations: [...frame.annotations, note] });
}
