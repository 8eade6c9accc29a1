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
export interface NodeSpec {
  kind: NodeKind;
  label: string;
  layer: Layer;
}
export interface BandSpec {
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
  /** Shorter or longer labels that suit this shape's box sizes. */
  labels?: Record<string, string>;
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
      const base = old ?? { id, ...spec(catalogue.nodes, id), tone: 'base', opacity: 1 };
      return { ...base, label: shape.labels?.[id] ?? spec(catalogue.nodes, id).label, box };
    });
    const bands = Object.entries(shape.bands).map(([id, box]): Band => {
      const old = oldBands.get(id);
      return { ...(old ?? { id, ...spec(catalogue.bands, id), tone: 'base', opacity: 1 }), box };
    });
    const present = new Set(nodes.map((n) => n.id));
    const edges = frame.edges.filter((e) => present.has(e.from) && present.has(e.to));
    return { ...frame, bands, nodes, edges };
  };
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

/** Gives every edge a tone. */
export function edgeTone(value: Tone): Change {
  return (frame) => ({ ...frame, edges: frame.edges.map((e) => ({ ...e, tone: value })) });
}

/** Adds a text label at a point. */
export function annotate(
  id: string,
  text: string,
  at: { x: number; y: number; anchor?: Annotation['anchor']; tone?: Tone },
): Change {
  const note: Annotation = {
    id,
    text,
    x: at.x,
    y: at.y,
    anchor: at.anchor ?? 'start',
    tone: at.tone ?? 'base',
    opacity: 1,
  };
  return (frame) => ({ ...frame, annotations: [...frame.annotations, note] });
}
