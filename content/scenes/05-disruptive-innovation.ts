import { annotate, band, tone } from '@/lib/scene/compose';
import { arrange, CAPABILITIES, HEMA_REUSES, scene } from './base';
import { bandBox, HEADED, HEADER_Y, MARGIN, RIGHT } from './grid';
import { newStackShape, sideShape, SIDE, together } from './shapes-side';

const STACK = { x0: 462, x1: 604 } as const;
const NEW_STACK = ['new-front', 'new-middle', 'new-back'];

/** The layer bands run the full width, so that the new stack visibly cuts through them. */
const fullWidthBands = {
  bands: {
    front: bandBox(MARGIN, RIGHT, HEADED.front),
    middle: bandBox(MARGIN, RIGHT, HEADED.middle),
    back: bandBox(MARGIN, RIGHT, HEADED.back),
  },
  nodes: {},
};

export const combineVsDisrupt = scene(
  'combine-vs-disrupt',
  {
    title: 'Combine or disrupt',
    description:
      'On the left Hema is assembled from blocks the platform already has in each layer; on the right a new green column cuts through all three layers and brings its own.',
  },
  arrange(
    together(
      sideShape(['taobao', 'tmall', 'hema'], HEADED, SIDE.x1),
      fullWidthBands,
      newStackShape(HEADED, STACK.x0, STACK.x1),
    ),
  ),
  tone('muted', ['taobao', 'tmall', ...CAPABILITIES, 'infra']),
  tone('accent', ['hema', ...HEMA_REUSES]),
  tone('new', NEW_STACK),
  band('new-stack', { tone: 'new' }),
  annotate('combine', 'Combine', { x: (MARGIN + SIDE.x1) / 2, y: HEADER_Y, anchor: 'middle', tone: 'accent' }),
  annotate('disrupt', 'Disrupt', { x: (STACK.x0 + STACK.x1) / 2, y: HEADER_Y, anchor: 'middle', tone: 'new' }),
);
