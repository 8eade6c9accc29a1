import { annotate, band, tone, type Change } from '@/lib/scene/compose';
import { arrange, extend, FRONTS_2015, scene } from './base';
import { aside, besideMiddle, bracket, say, type Geo } from './kit';
import { crackedShape, crackedTop } from './kit-thin';

export const platformFull = scene(
  'platform-full',
  {
    title: 'The 2015 platform',
    description:
      'In 2015 the shared middle was the deepest of Alibaba’s three layers: Taobao, Tmall and other businesses on top, eight shared services such as product and payment beneath them, and cloud and data centers below.',
  },
  () => [],
);

export const theIntranetPost = scene(
  'the-intranet-post',
  {
    title: 'A message from the top',
    description:
      'Zhang Yong’s message turns the thick middle into the problem: the middle layer and its depth are now marked under strain, beside notes quoting him, and a key at the bottom names what each marking means.',
  },
  (g) => [
    band('middle', { tone: 'warn' }),
    tone('warn', ['depth']),
    annotate('too-slow', '“too slow”', { ...aside(g, g.front.y), tone: 'warn' }),
    annotate('thinner', say(g, 'must get thinner, more agile, faster', 'thinner, more agile'), {
      ...aside(g, g.middle.y),
      tone: 'warn',
    }),
  ],
);

const cracks = (g: Geo): Change[] => [
  arrange(crackedShape(g, FRONTS_2015)),
  band('middle', { tone: 'warn' }),
  band('middle-2', { tone: 'warn' }),
  band('middle-3', { tone: 'warn' }),
  tone('warn', ['depth']),
];

export const platformCracks = scene(
  'platform-cracks',
  {
    title: 'The platform cracks',
    description:
      'Observers concluded the platform was being dismantled: the middle layer, still under strain, splits into three pieces and its depth shrinks, while the businesses on top stand, a preview of the ending.',
  },
  (g) => [
    ...cracks(g),
    annotate('dismantled', say(g, 'observers: “dismantled”'), { ...besideMiddle(g, crackedTop(g)), tone: 'warn' }),
  ],
);

export const theQuestion = scene(
  'the-question',
  {
    title: 'Wrong from the start?',
    description:
      'Was the 2015 design wrong from the start, the article asks, and answers no: the split middle now sits against a faint trace of its full 2015 depth, with the question noted above.',
  },
  (g) => [
    ...cracks(g),
    extend({
      bands: { 'middle-2015': { x: g.x0, ...g.middle, w: g.x1 - g.x0 } },
      nodes: { 'depth-2015': bracket(g, g.middle, g.x1, g.measure.w + 4) },
    }),
    band('middle-2015', { tone: 'muted' }),
    tone('muted', ['depth-2015']),
    annotate('question', say(g, 'five years on: wrong from the start?', 'wrong from the start?'), {
      ...aside(g, g.front.y),
      tone: 'warn',
    }),
  ],
);
