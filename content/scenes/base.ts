import { arrange as arrangeWith, pipe, type Catalogue, type Change, type Shape } from '@/lib/scene/compose';
import type { Scene, SceneFrame, SceneId } from '@/lib/scene/types';
import { wideShape } from './shapes-wide';

/** The front ends, in the order they sit in a row. */
export const FRONT_ENDS = ['taobao', 'tmall', 'hema', 'rhino', 'special-edition', 'more-lines'] as const;

/** The middle platform's shared capabilities. */
export const CAPABILITIES = ['product', 'inventory', 'user', 'payment', 'ai', 'data', 'security', 'tech-arch'] as const;

/** What Hema Fresh reused from the platform, per the source. */
export const HEMA_REUSES = ['product', 'inventory', 'user', 'payment', 'ai', 'security'] as const;

/** One way to picture the generic core that a thin platform keeps (an interpretation). */
export const GENERIC_CORE = ['user', 'payment', 'data', 'security', 'tech-arch'] as const;

/** The front ends of 2015, before Hema, Rhino and Special Edition. */
export const FRONTS_2015 = ['taobao', 'tmall', 'more-lines'] as const;

const capability = (label: string) => ({ kind: 'capability', label, layer: 'middle' }) as const;
const stack = (label: string, layer: 'middle' | 'back' = 'middle') => ({ kind: 'stack', label, layer }) as const;
const frontend = (label: string) => ({ kind: 'frontend', label, layer: 'front' }) as const;
const initiative = (label: string) => ({ kind: 'initiative', label, layer: 'front' }) as const;

const PLATFORM_NODES = {
  taobao: frontend('Taobao'),
  tmall: frontend('Tmall'),
  hema: frontend('Hema'),
  rhino: frontend('Rhino'),
  'special-edition': frontend('Special\nEdition'),
  'more-lines': frontend('More\nlines'),
  product: capability('Product'),
  inventory: capability('Inventory'),
  user: capability('User'),
  payment: capability('Payment'),
  ai: capability('AI'),
  data: capability('Data\nsharing'),
  security: capability('Security'),
  'tech-arch': capability('Unified technical architecture'),
  infra: { kind: 'infrastructure', label: 'Cloud and data centres', layer: 'back' },
} as const;

/** A second, smaller copy of the 2015 platform (ids prefixed `then-`), for side-by-side views. */
const THEN_NODES = Object.fromEntries(Object.entries(PLATFORM_NODES).map(([id, node]) => [`then-${id}`, node]));

/** Every node the diagram can show, by stable id. */
export const CATALOGUE: Catalogue = {
  nodes: {
    ...PLATFORM_NODES,
    ...THEN_NODES,
    'rhino-biz': stack('Business'),
    'rhino-product': stack('Product'),
    'rhino-dev': stack('Development'),
    'rhino-tech': stack('Technology', 'back'),
    'se-product': stack('Product'),
    'se-ops': stack('Operations'),
    'se-tech': stack('Technology', 'back'),
    'new-front': { kind: 'stack', label: 'New\nfront end', layer: 'front' },
    'new-middle': stack('New\nmiddle'),
    'new-back': stack('New\nback end', 'back'),
    'new-retail': initiative('New retail'),
    'new-manufacturing': initiative('New\nmanufacturing'),
    'new-finance': initiative('New finance'),
    'new-technology': initiative('New\ntechnology'),
    'new-energy': initiative('New energy'),
    ...Object.fromEntries(
      [1, 2, 3].flatMap((i) => [
        ...[1, 2, 3].map((j) => [`peer-${i}-f${j}`, { kind: 'company', label: '', layer: 'front' }]),
        ...[1, 2, 3, 4, 5, 6].map((j) => [`peer-${i}-m${j}`, { kind: 'company', label: '', layer: 'middle' }]),
        [`peer-${i}-b`, { kind: 'company', label: '', layer: 'back' }],
      ]),
    ),
  },
  bands: {
    front: { layer: 'front', label: 'Front ends' },
    middle: { layer: 'middle', label: 'Middle platform' },
    'middle-2': { layer: 'middle', label: '' },
    'middle-3': { layer: 'middle', label: '' },
    'middle-4': { layer: 'middle', label: '' },
    'middle-5': { layer: 'middle', label: '' },
    back: { layer: 'back', label: 'Back end' },
    'then-front': { layer: 'front', label: '' },
    'then-middle': { layer: 'middle', label: '' },
    'then-back': { layer: 'back', label: '' },
    'five-new': { layer: 'frame', label: 'The Five New' },
    'rhino-stack': { layer: 'frame', label: 'Independent' },
    'se-stack': { layer: 'frame', label: 'Independent' },
    'new-stack': { layer: 'frame', label: '' },
    ...Object.fromEntries(
      [1, 2, 3].flatMap((i) => [
        [`peer-${i}-front`, { layer: 'front', label: '' }],
        [`peer-${i}-middle`, { layer: 'middle', label: '' }],
        [`peer-${i}-back`, { layer: 'back', label: '' }],
      ]),
    ),
  },
};

/** Lays a frame out as a shape, taking new elements from the catalogue. */
export const arrange = (shape: Shape): Change => arrangeWith(shape, CATALOGUE);

const EMPTY: SceneFrame = { bands: [], nodes: [], edges: [], annotations: [] };

/** The base every scene starts from: the 2015 shape, big middle and small front, all in grey. */
export const BASE: SceneFrame = pipe(EMPTY, arrange(wideShape(FRONTS_2015)));

/** A scene: the base, changed. */
export function scene<I extends SceneId>(
  id: I,
  words: { title: string; description: string },
  ...changes: Change[]
): Scene & { id: I } {
  return { id, ...words, ...pipe(BASE, ...changes) };
}
