import { annotate, band, connect, tone, type Change } from '@/lib/scene/compose';
import { arrange, FIVE_NEW, FRONTS_HEMA, HEMA_REUSES, RHINO_PARTS, SE_PARTS, scene } from './base';
import {
  beside,
  panelFirst,
  panelSpan,
  platform,
  say,
  stack,
  tags,
  together,
  towardPanel,
  type Beside,
  type Geo,
} from './kit';

/** The platform with Hema, and the side column beside it. */
export const platformBeside = (g: Geo): Beside => beside(g, platform(g, FRONTS_HEMA));

const withFiveNew = (g: Geo): Change => {
  const b = platformBeside(g);
  return arrange(together(b.shape, tags(g, 'five-new', FIVE_NEW, b.col, panelSpan(g))));
};

export const fiveNew = scene(
  'five-new',
  {
    title: 'The Five New',
    description:
      'The Five New, Alibaba’s next program, aimed as a whole at disruption and a second curve of growth, the article argues: their five names, from new retail to new energy, stand beside the platform.',
  },
  (g) => {
    return [
      withFiveNew(g),
      panelFirst(g),
      tone('new', ['hema']),
      annotate('curve', say(g, 'bets on a second curve →', 'second curve →'), towardPanel(g)),
    ];
  },
);

export const aFairTest = scene(
  'a-fair-test',
  {
    title: 'A fair test',
    description:
      'A fair test of the platform: if it suits anything new, other ventures should plug in as Hema did, so Hema’s lines to its reused services return beside the Five New, with a note asking that.',
  },
  (g) => {
    return [
      withFiveNew(g),
      tone('new', ['hema']),
      tone('accent', HEMA_REUSES),
      connect('hema', HEMA_REUSES, 'accent'),
      annotate('test', say(g, 'plug in, like Hema?'), { ...towardPanel(g), tone: 'accent' }),
    ];
  },
);

const RHINO = ['rhino', ...RHINO_PARTS];

const withRhino = (g: Geo): Change[] => {
  const b = platformBeside(g);
  const rhino = stack(g, 'rhino-stack', 'rhino', RHINO_PARTS, b.col, panelSpan(g));
  return [arrange(together(b.shape, rhino)), tone('new', RHINO), band('rhino-stack', { tone: 'new' })];
};

export const rhinoIndependent = scene(
  'rhino-independent',
  {
    title: 'Rhino stands alone',
    description:
      'Rhino Manufacturing’s CEO asked for an independent organization, like a separate company: in place of the Five New, Rhino stands beside the platform with its own business, product, development and technology, all built anew.',
  },
  (g) => {
    return [
      ...withRhino(g),
      panelFirst(g),
      annotate('own', say(g, '“independent organization” →', 'independent →'), { ...towardPanel(g), tone: 'new' }),
    ];
  },
);

export const whyInefficient = scene(
  'why-inefficient',
  {
    title: 'Why not plug in?',
    description:
      'A young venture finds shared resources inefficient, the article says: lines marked heavy load now try to join Rhino to product, inventory and payment, services tuned for Taobao and Tmall, marked under strain.',
  },
  (g) => {
    return [
      ...withRhino(g),
      tone('warn', ['product', 'inventory', 'payment']),
      connect('rhino', ['product', 'inventory', 'payment'], 'warn'),
      annotate('slow', say(g, 'young venture: “inefficient”', '“inefficient”'), { ...towardPanel(g), tone: 'warn' }),
    ];
  },
);

export const specialEditionIndependent = scene(
  'special-edition-independent',
  {
    title: 'Special Edition too',
    description:
      'Taobao Special Edition, Alibaba’s answer to Pinduoduo, stood apart too, for depth and speed: its own layers of product, operations and technology, built anew, take the place where Rhino’s stood.',
  },
  (g) => {
    // The column holds one panel: Special Edition takes Rhino's place, and Rhino's stack leaves.
    const b = platformBeside(g);
    return [
      arrange(together(b.shape, stack(g, 'se-stack', 'special-edition', SE_PARTS, b.col, panelSpan(g)))),
      panelFirst(g),
      tone('new', ['special-edition', ...SE_PARTS]),
      band('se-stack', { tone: 'new' }),
      annotate('speed', say(g, 'depth and speed →', 'speed →'), { ...towardPanel(g), tone: 'new' }),
    ];
  },
);
