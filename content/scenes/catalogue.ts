import type { Catalogue } from '@/lib/scene/compose';
import { FRONTS_2015, PLATFORM_SERVICES } from '@/lib/platform';

export const FIVE_NEW = ['new-retail', 'new-manufacturing', 'new-finance', 'new-technology', 'new-energy'] as const;
export const RHINO_PARTS = ['rhino-biz', 'rhino-product', 'rhino-dev', 'rhino-tech'] as const;
export const SE_PARTS = ['se-product', 'se-ops', 'se-tech'] as const;

const capability = (label: string) => ({ kind: 'capability', label, layer: 'middle' }) as const;
const stack = (label: string, layer: 'middle' | 'back' = 'middle') => ({ kind: 'stack', label, layer }) as const;
const frontend = (label: string) => ({ kind: 'frontend', label, layer: 'front' }) as const;
const initiative = (label: string) => ({ kind: 'initiative', label, layer: 'front' }) as const;
const measure = { kind: 'measure', label: '', layer: 'middle' } as const;
const tile = (layer: 'front' | 'middle' | 'back') => ({ kind: 'company', label: '', layer }) as const;

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
  data: capability('Data sharing'),
  security: capability('Security'),
  'tech-arch': capability('Unified technical architecture'),
  infra: { kind: 'infrastructure', label: 'Cloud and data centers', layer: 'back' },
  depth: measure,
  'depth-2015': measure,
} as const;

/** Tiles of a small, unlabelled copy of the 2015 shape (`then-`), for looking back at it. */
const THEN_NODES = {
  ...Object.fromEntries(FRONTS_2015.map((id) => [`then-${id}`, tile('front')])),
  ...Object.fromEntries(PLATFORM_SERVICES.map((id) => [`then-${id}`, tile('middle')])),
  'then-infra': tile('back'),
  'then-depth': measure,
};

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
    'new-front': { kind: 'stack', label: 'New front', layer: 'front' },
    'new-middle': stack('New middle'),
    'new-back': stack('New back', 'back'),
    'your-business': { kind: 'frontend', label: 'Your\nbusiness?', layer: 'front' },
    'new-retail': initiative('New retail'),
    'new-manufacturing': initiative('New\nmanufacturing'),
    'new-finance': initiative('New finance'),
    'new-technology': initiative('New\ntechnology'),
    'new-energy': initiative('New energy'),
    ...Object.fromEntries(
      [1, 2, 3].flatMap((i) => [
        ...[1, 2, 3].map((j) => [`peer-${i}-f${j}`, tile('front')]),
        ...[1, 2, 3, 4, 5, 6].map((j) => [`peer-${i}-m${j}`, tile('middle')]),
        [`peer-${i}-b`, tile('back')],
      ]),
    ),
  },
  bands: {
    front: { layer: 'front', label: 'Front ends' },
    middle: { layer: 'middle', label: 'Middle platform' },
    'middle-2': { layer: 'middle', label: '' },
    'middle-3': { layer: 'middle', label: '' },
    back: { layer: 'back', label: 'Back end' },
    'middle-2015': { layer: 'frame', label: '' },
    'then-front': { layer: 'front', label: '' },
    'then-middle': { layer: 'middle', label: '' },
    'then-back': { layer: 'back', label: '' },
    'five-new': { layer: 'frame', label: 'The Five New' },
    'rhino-stack': { layer: 'frame', label: 'Independent' },
    'se-stack': { layer: 'frame', label: 'Independent' },
    'new-stack': { layer: 'frame', label: 'Disrupt' },
    ...Object.fromEntries(
      [1, 2, 3].flatMap((i) => [
        [`peer-${i}-front`, { layer: 'front', label: '' }],
        [`peer-${i}-middle`, { layer: 'middle', label: '' }],
        [`peer-${i}-back`, { layer: 'back', label: '' }],
      ]),
    ),
  },
};
