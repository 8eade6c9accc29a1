import { band, tone } from '@/lib/scene/compose';
import { arrange, scene } from './base';
import { TALL } from './grid';
import { fiveNewShape, narrowShape, sideShape, SIDE, stackShape, together } from './shapes-side';

const FRONTS = ['taobao', 'tmall', 'hema', 'more-lines'] as const;
const FIVE_NEW = ['new-retail', 'new-manufacturing', 'new-finance', 'new-technology', 'new-energy'];
const RHINO = ['rhino', 'rhino-biz', 'rhino-product', 'rhino-dev', 'rhino-tech'];
const SPECIAL_EDITION = ['special-edition', 'se-product', 'se-ops', 'se-tech'];

const rhinoStack = (x0: number, x1: number) =>
  stackShape('rhino-stack', 'rhino', ['rhino-biz', 'rhino-product', 'rhino-dev', 'rhino-tech'], x0, x1);

export const fiveNew = scene(
  'five-new',
  {
    title: 'The Five New',
    description:
      'Beside the platform stands a column of the Five New bets, from new retail and new manufacturing to new finance, new technology and new energy.',
  },
  arrange(together(sideShape(FRONTS), fiveNewShape(FIVE_NEW))),
  tone('accent', FIVE_NEW),
);

export const rhinoIndependent = scene(
  'rhino-independent',
  {
    title: 'Rhino stands alone',
    description:
      'Rhino Manufacturing appears as a green column of its own beside the platform, running from its own business and product down to its own development and technology.',
  },
  arrange(together(sideShape(FRONTS), rhinoStack(SIDE.column.x0, SIDE.column.x1))),
  tone('new', RHINO),
  band('rhino-stack', { tone: 'new' }),
);

/** Two independent columns leave the platform a third of the width. */
const NARROW = { x1: 308, rhino: [320, 466], special: [478, 624] } as const;

export const specialEditionIndependent = scene(
  'special-edition-independent',
  {
    title: 'Special Edition too',
    description:
      'A second green column, for Taobao Special Edition with its own product, operations and technology, stands beside Rhino’s, and neither one runs on the shared platform.',
  },
  arrange(
    together(
      narrowShape(['taobao', 'tmall', 'hema'], 16, NARROW.x1, TALL),
      rhinoStack(...NARROW.rhino),
      stackShape('se-stack', 'special-edition', ['se-product', 'se-ops', 'se-tech'], ...NARROW.special),
    ),
  ),
  tone('muted', RHINO),
  band('rhino-stack', { tone: 'muted' }),
  tone('new', SPECIAL_EDITION),
  band('se-stack', { tone: 'new' }),
);
