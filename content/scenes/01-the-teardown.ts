import { annotate, band, tone, type Change } from '@/lib/scene/compose';
import { arrange, extend, FRONTS_2015, scene } from './base';
import { bracket, inStrip, say, type Geo } from './kit';
import { crackedShape } from './kit-thin';

export const platformFull = scene(
  'platform-full',
  {
    title: 'The 2015 platform',
    description:
      'Alibaba’s e-commerce drawn as three layers, with a bracket measuring the deepest: a thin row of front ends (Taobao, Tmall and more lines) on top, a deep middle platform of eight shared services from product and inventory to a unified technical architecture, and cloud and data centres at the base.',
  },
  () => [],
);

export const theIntranetPost = scene(
  'the-intranet-post',
  {
    title: 'A message from the top',
    description:
      'The same platform with its middle band and bracket turned rust, because according to insiders Zhang Yong wrote on the intranet that Alibaba’s businesses were developing too slowly and that the middle platform had to become thinner, more agile and faster.',
  },
  (g) => [
    band('middle', { tone: 'warn' }),
    tone('warn', ['depth']),
    annotate('too-slow', '“too slow”', { ...inStrip(g, g.front.y), tone: 'warn' }),
    annotate('thinner', say(g, 'must get thinner, more agile, faster', 'thinner, more agile'), {
      ...inStrip(g, g.middle.y),
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
      'The middle band splits into three pieces that pull apart and close up, its bracket shorter than before, while the front ends above keep standing: observers concluded that Alibaba is dismantling its middle platform, and this is a preview of where the story ends.',
  },
  (g) => [
    ...cracks(g),
    annotate('dismantled', say(g, 'observers: “dismantled”'), { ...inStrip(g, g.front.y), tone: 'warn' }),
  ],
);

export const theQuestion = scene(
  'the-question',
  {
    title: 'Wrong from the start?',
    description:
      'The cracked platform held against a dashed outline of the 2015 middle band and its full-height bracket: Zhang Yong proposed the big middle in 2015 and is thinning it five years later, so was the 2015 plan a mistake from day one, and the author answers that it was not.',
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
      ...inStrip(g, g.front.y),
      tone: 'warn',
    }),
  ],
);
