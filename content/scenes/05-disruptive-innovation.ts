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
      'Two kinds of innovation, told apart by how far down the change reaches: Hema’s lines to reused services return on the left, and a venture built anew all the way down replaces Special Edition.',
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
      'Recombining changes nothing beneath the top layer: back to Hema at full size, now with notes that its front end is the only new part and its reused services stay as they were.',
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
      'Rhino is the disruptive kind: the platform shrinks aside again, its services faded, and its three layers now stretch across to meet Rhino’s own, built anew from its business down to its technology.',
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
      'The limit is in the platform’s DNA, the article argues: beside the new venture again, the platform’s services are marked reused and its middle layer under strain, stable by design where disruption needs it rebuilt.',
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
        // Stability is the platform's purpose, in the colour of what it keeps for reuse, not of strain.
        tone: 'accent',
      }),
    ];
  },
);
