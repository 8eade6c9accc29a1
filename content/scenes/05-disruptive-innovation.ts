import { annotate, band, connect, drop, tone, type Change, type Shape } from '@/lib/scene/compose';
import { arrange, PLATFORM_SERVICES, HEMA_REUSES, RHINO_PARTS, scene } from './base';
import { hemaPlugsIn } from './03-combinatorial-innovation';
import { platformBeside } from './04-the-second-curve';
import { aside, inStrip, panelFirst, panelSpan, say, stack, together, towardPanel, type Beside, type Geo } from './kit';

/** The layer bands stretched to the right edge, so a stack in the column visibly cuts through them. */
function acrossBands(b: Beside): Shape {
  const bands = Object.fromEntries(
    ['front', 'middle', 'back'].map((id) => {
      const box = b.shape.bands[id]!;
      return [id, { ...box, w: b.col.x1 - box.x }];
    }),
  );
  return { bands, nodes: {} };
}

/** A new stack, one box level with each layer it cuts through, in the frame every side panel has. */
function cutThrough(g: Geo, b: Beside): Shape {
  const x = b.col.x0 + 6;
  const w = b.col.x1 - b.col.x0 - 12;
  const span = panelSpan(g);
  const boxAt = (level: { y: number; h: number }) => ({ x, w, ...level });
  return {
    bands: { 'new-stack': { x: b.col.x0, y: span.top, w: b.col.x1 - b.col.x0, h: span.bottom - span.top } },
    nodes: { 'new-front': boxAt(g.frontRow), 'new-middle': boxAt(g.rows[1]), 'new-back': boxAt(g.backRow) },
  };
}

const NEW_STACK = ['new-front', 'new-middle', 'new-back'];

const disruptLayout = (g: Geo): Change[] => {
  const b = platformBeside(g);
  const shape = together(b.shape, acrossBands(b), cutThrough(g, b));
  return [arrange(shape), drop(['depth']), tone('new', NEW_STACK), band('new-stack', { tone: 'new' })];
};

export const combineVsDisrupt = scene(
  'combine-vs-disrupt',
  {
    title: 'Combine or disrupt',
    description:
      'Two kinds of innovation, told apart by how far down the change reaches: Hema’s lines to reused services return on the left, and a venture built anew all the way down replaces Special Edition.',
  },
  (g) => {
    return [
      ...disruptLayout(g),
      tone('new', ['hema']),
      tone('accent', HEMA_REUSES),
      connect('hema', HEMA_REUSES, 'accent'),
      annotate('combine', 'combine', { ...towardPanel(g), tone: 'accent' }),
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
      ...aside(g, g.front.y),
      tone: 'new',
    }),
    annotate('unchanged', say(g, 'unchanged: reused as they are', 'reused unchanged'), {
      ...aside(g, g.middle.y),
      tone: 'accent',
    }),
  ],
);

export const cuttingThrough = scene(
  'cutting-through',
  {
    title: 'Cutting through',
    description:
      'Rhino is the disruptive kind: the platform’s services fade, and its three layers now stretch across to meet Rhino’s own, built anew from its business down to its technology.',
  },
  (g) => {
    const b = platformBeside(g);
    const rhino = stack(g, 'rhino-stack', 'rhino', RHINO_PARTS, b.col, panelSpan(g));
    return [
      arrange(together(b.shape, acrossBands(b), rhino)),
      panelFirst(g),
      drop(['depth']),
      tone('new', ['rhino', ...RHINO_PARTS]),
      band('rhino-stack', { tone: 'new' }),
      tone('muted', PLATFORM_SERVICES),
      annotate('every-layer', say(g, 'new at every layer →', 'every layer →'), {
        ...towardPanel(g),
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
    return [
      ...disruptLayout(g),
      tone('accent', PLATFORM_SERVICES),
      band('middle', { tone: 'warn' }),
      annotate('dna', say(g, 'stable by design: its DNA', 'stable by design'), {
        ...inStrip(g, g.middle.y),
        // Stability is the platform's purpose, in the colour of what it keeps for reuse, not of strain.
        tone: 'accent',
      }),
    ];
  },
);
