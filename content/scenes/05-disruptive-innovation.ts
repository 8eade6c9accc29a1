import { annotate, band, connect, drop, tone, type Change, type Shape } from '@/lib/scene/compose';
import { arrange, PLATFORM_SERVICES, HEMA_REUSES, RHINO_PARTS, scene } from './base';
import { hemaPlugsIn } from './03-combinatorial-innovation';
import { platformBeside } from './04-the-second-curve';
import { inStrip, say, stack, together, type Beside, type Geo } from './kit';

const COL = { wide: 150, narrow: 150 } as const;

/** The layer bands stretched to the right edge, so a stack in the column visibly cuts through them. */
function acrossBands(b: Beside): Shape {
  const bands = Object.fromEntries(
    ['front', 'middle', 'back'].map((id) => {
      const box = b.shape.bands[id]!;
      return [id, { ...box, w: b.col.x1 + 8 - box.x }];
    }),
  );
  return { bands, nodes: {} };
}

/** A new stack, one box level with each layer, in a frame taller than the bands. */
function cutThrough(g: Geo, b: Beside): Shape {
  const level = (id: string) => b.shape.bands[id]!;
  const x = b.col.x0 + 8;
  const w = b.col.x1 - b.col.x0 - 16;
  const mid = level('middle');
  const frameTop = level('front').y - 6;
  const boxAt = (y: number, h: number) => ({ x, y, w, h });
  return {
    bands: { 'new-stack': { x: b.col.x0, y: frameTop, w: b.col.x1 - b.col.x0, h: b.bottom + 6 - frameTop } },
    nodes: {
      'new-front': boxAt(Math.max(level('front').y + level('front').h - 34, frameTop + 24), 32),
      'new-middle': boxAt(mid.y + mid.h / 2 - 16, 32),
      'new-back': boxAt(level('back').y + level('back').h / 2 - 16, 32),
    },
  };
}

const NEW_STACK = ['new-front', 'new-middle', 'new-back'];

const disruptLayout = (g: Geo): [Beside, Change[]] => {
  const b = platformBeside(g, COL[g.name]);
  const shape = together(b.shape, acrossBands(b), cutThrough(g, b));
  return [b, [arrange(shape), drop(['depth']), tone('new', NEW_STACK), band('new-stack', { tone: 'new' })]];
};

export const combineVsDisrupt = scene(
  'combine-vs-disrupt',
  {
    title: 'Combine or disrupt',
    description:
      'Two kinds of innovation side by side: on the left Hema recombines the platform’s existing blue services and nothing below the top row changes, while on the right a green stack cuts down through all three layers with a new box at each, the kind the author argues a middle platform cannot deliver.',
  },
  (g) => {
    const [b, layout] = disruptLayout(g);
    return [
      ...layout,
      tone('new', ['hema']),
      tone('accent', HEMA_REUSES),
      connect('hema', HEMA_REUSES, 'accent'),
      annotate('combine', 'combine', { x: g.x0, y: b.top - 14, anchor: 'start', tone: 'accent' }),
    ];
  },
);

export const recombining = scene(
  'recombining',
  {
    title: 'Recombining, looked at again',
    description:
      'Back to Hema at full size, as in the Hema chapter, now with notes saying that its green front end is the only new part and that the six blue services it wires together stay exactly as they were, as a combinatorial move leaves catalogue, stock and payment unchanged.',
  },
  (g) => [
    ...hemaPlugsIn(g),
    tone('muted', ['taobao', 'tmall', 'more-lines']),
    annotate('only-new', say(g, 'new: only the front end', 'only this is new'), {
      ...inStrip(g, g.front.y),
      tone: 'new',
    }),
    annotate('unchanged', say(g, 'unchanged: reused as they are', 'reused unchanged'), {
      ...inStrip(g, g.middle.y),
      tone: 'accent',
    }),
  ],
);

export const cuttingThrough = scene(
  'cutting-through',
  {
    title: 'Cutting through',
    description:
      'Rhino’s green stack returns drawn over the three layers, which now stretch across the whole width, because disruptive innovation, the author says, breaks front, middle and back ends at once and overturns the current model, as smart manufacturing and the smartphone did, and cannot come off the existing production line.',
  },
  (g) => {
    const b = platformBeside(g, COL[g.name]);
    // On a phone the stack keeps its full height, so that its parts keep their words.
    const span = g.name === 'wide' ? { top: b.top - 6, bottom: b.bottom + 6 } : { top: g.front.y, bottom: g.keyY - 14 };
    const rhino = stack(g, 'rhino-stack', 'rhino', RHINO_PARTS, b.col, span);
    return [
      arrange(together(b.shape, acrossBands(b), rhino)),
      drop(['depth']),
      tone('new', ['rhino', ...RHINO_PARTS]),
      band('rhino-stack', { tone: 'new' }),
      tone('muted', PLATFORM_SERVICES),
      annotate('every-layer', say(g, 'new at every layer →', 'every layer →'), {
        x: g.x0,
        y: b.top - 14,
        anchor: 'start',
        tone: 'new',
      }),
    ];
  },
);

export const inItsDna = scene(
  'in-its-dna',
  {
    title: 'In its DNA',
    description:
      'The platform’s services turn blue and its middle band rust beside the green stack: a platform earns its value by keeping its shared layer stable while disruption needs that very layer rebuilt, a limit the author places in the platform’s DNA rather than in how it was run.',
  },
  (g) => {
    const [b, layout] = disruptLayout(g);
    return [
      ...layout,
      tone('accent', PLATFORM_SERVICES),
      band('middle', { tone: 'warn' }),
      annotate('dna', say(g, 'kept stable by design: its DNA', 'stable by design'), {
        x: g.x0,
        y: b.top - 14,
        anchor: 'start',
        tone: 'warn',
      }),
    ];
  },
);
