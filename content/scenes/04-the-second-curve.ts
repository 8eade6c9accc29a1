import { annotate, band, connect, node, tone, type Change } from '@/lib/scene/compose';
import { arrange, FIVE_NEW, FRONTS_HEMA, HEMA_REUSES, RHINO_PARTS, SE_PARTS, scene } from './base';
import { beside, platform, say, stack, tags, together, type Beside, type Geo } from './kit';

/** The platform drawn smaller beside a column of width `colW`. */
export const platformBeside = (g: Geo, colW: number): Beside => beside(g, colW, platform(g, FRONTS_HEMA));

const COL = { wide: 170, narrow: 168 } as const;
const top = (g: Geo) => ({ top: g.front.y, bottom: g.keyY - 14 });

/** A note above the platform drawn smaller. */
const over = (b: Beside, g: Geo) => ({ x: g.x0, y: b.top - 8, anchor: 'start' as const });

const withFiveNew = (g: Geo): [Beside, Change] => {
  const b = platformBeside(g, COL[g.name]);
  return [b, arrange(together(b.shape, tags(g, 'five-new', FIVE_NEW, b.col, top(g))))];
};

export const fiveNew = scene(
  'five-new',
  {
    title: 'The Five New',
    description:
      'The platform moves aside, drawn smaller with its parts in the same places, to make room for a column of the Five New (new retail, manufacturing, finance, technology and energy), which at Alibaba’s size the author reads as bets on a second curve of growth and on disruption rather than tweaks.',
  },
  (g) => {
    const [b, layout] = withFiveNew(g);
    return [
      layout,
      tone('new', ['hema']),
      annotate('curve', say(g, 'bets on a second curve →', 'second curve →'), over(b, g)),
    ];
  },
);

export const aFairTest = scene(
  'a-fair-test',
  {
    title: 'A fair test',
    description:
      'Hema’s six blue links reappear on the smaller platform while the Five New wait beside it with a question, the fair test of the platform: if it is the best base for anything new, the ventures behind the Five New should plug in as Hema did and grow faster for it.',
  },
  (g) => {
    const [b, layout] = withFiveNew(g);
    return [
      layout,
      tone('new', ['hema']),
      tone('accent', HEMA_REUSES),
      connect('hema', HEMA_REUSES, 'accent'),
      annotate('test', say(g, 'plug in, like Hema?'), { ...over(b, g), tone: 'accent' }),
    ];
  },
);

const RHINO = ['rhino', ...RHINO_PARTS];

const withRhino = (g: Geo): [Beside, Change[]] => {
  const b = platformBeside(g, COL[g.name]);
  const rhino = stack(g, 'rhino-stack', 'rhino', RHINO_PARTS, b.col, top(g));
  return [b, [arrange(together(b.shape, rhino)), tone('new', RHINO), band('rhino-stack', { tone: 'new' })]];
};

export const rhinoIndependent = scene(
  'rhino-independent',
  {
    title: 'Rhino stands alone',
    description:
      'New manufacturing singled out: in place of the Five New, Rhino Manufacturing stands beside the platform as a green stack of its own from front end to technology, because its CEO said it needed an independent organisation, its own business, product, development and technology, much like a separate company.',
  },
  (g) => {
    const [b, layout] = withRhino(g);
    return [
      ...layout,
      annotate('own', say(g, '“an independent organisation” →', 'independent →'), { ...over(b, g), tone: 'new' }),
    ];
  },
);

export const whyInefficient = scene(
  'why-inefficient',
  {
    title: 'Why not plug in?',
    description:
      'Rust lines try to join Rhino to the platform’s product, inventory and payment services, which are tuned for Taobao and Tmall: the source says an early-stage venture finds the platform’s resources inefficient, and our reading is that shared services fit best the businesses already using them.',
  },
  (g) => {
    const [b, layout] = withRhino(g);
    return [
      ...layout,
      tone('warn', ['product', 'inventory', 'payment']),
      connect('rhino', ['product', 'inventory', 'payment'], 'warn'),
      annotate('slow', say(g, 'for a young venture: “inefficient”', '“inefficient”'), { ...over(b, g), tone: 'warn' }),
    ];
  },
);

export const specialEditionIndependent = scene(
  'special-edition-independent',
  {
    title: 'Special Edition too',
    description:
      'A second green stack, Taobao Special Edition (Alibaba’s answer to Pinduoduo), rises beside Rhino’s, which fades to grey, with its own product, operations and technology for depth and speed, so both new ventures go around the shared platform rather than through it.',
  },
  (g) => {
    const wide = g.name === 'wide';
    const seW = 150;
    const rhinoW = 76;
    const room = wide ? 12 : 8;
    const b = platformBeside(g, seW + rhinoW + room);
    const se = { x0: b.col.x1 - seW, x1: b.col.x1 };
    const rh = { x0: b.col.x0, x1: b.col.x0 + rhinoW };
    return [
      arrange(
        together(
          b.shape,
          stack(g, 'rhino-stack', 'rhino', RHINO_PARTS, rh, top(g)),
          stack(g, 'se-stack', 'special-edition', SE_PARTS, se, top(g)),
        ),
      ),
      ...RHINO.map((id) => node(id, { label: '' })),
      tone('muted', RHINO),
      band('rhino-stack', { tone: 'muted', label: 'Rhino' }),
      tone('new', ['special-edition', ...SE_PARTS]),
      band('se-stack', { tone: 'new' }),
      annotate('speed', say(g, 'depth and speed →', 'speed →'), { ...over(b, g), tone: 'new' }),
    ];
  },
);
