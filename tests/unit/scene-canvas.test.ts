import { describe, expect, it } from 'vitest';
import { allScenesIn, getSceneIn } from '@/content/scenes/in-lang';
import { panelSpan, WIDE } from '@/content/scenes/kit';
import { LANGS } from '@/lib/i18n/lang';
import { PLATFORM_SERVICES } from '@/lib/platform';
import {
  lostOnPhone,
  movedFromGrid,
  panelsOffColumn,
  resizedNodes,
  shrunkWords,
  type NamedFrame,
} from '@/lib/scene/canvas';
import type { SceneFrame } from '@/lib/scene/types';

const GRID = [...PLATFORM_SERVICES, 'infra'];
const side = WIDE.side!;
const span = panelSpan(WIDE);
const COLUMN = { x: side.x0, y: span.top, w: side.x1 - side.x0, h: span.bottom - span.top };

const moveNode = (frame: SceneFrame, id: string, dx: number, dw = 0): SceneFrame => ({
  ...frame,
  nodes: frame.nodes.map((n) => (n.id === id ? { ...n, box: { ...n.box, x: n.box.x + dx, w: n.box.w + dw } } : n)),
});

describe.each(LANGS)('one canvas, in %s', (lang) => {
  const scenes = allScenesIn(lang);
  const wide: NamedFrame[] = scenes.map((s) => ({ name: s.id, frame: s }));
  const narrow: NamedFrame[] = scenes.map((s) => ({ name: `${s.id} (phone)`, frame: s.narrow }));
  const home = getSceneIn('platform-full', lang);

  it('every service, back end, stack and initiative keeps one size in every step, and every front end one width', () => {
    for (const frames of [wide, narrow]) {
      expect(resizedNodes(frames, ['capability', 'infrastructure', 'stack', 'initiative'], ['frontend'])).toEqual([]);
    }
  });

  it('on the 2015 grid each service and the back end keep their one place, wide and on a phone', () => {
    expect(movedFromGrid(wide, home, GRID)).toEqual([]);
    expect(movedFromGrid(narrow, home.narrow, GRID)).toEqual([]);
  });

  it('every side panel on a wide screen fills the one side column, level with the bands', () => {
    for (const scene of scenes) expect(panelsOffColumn(scene, COLUMN), scene.id).toEqual([]);
  });

  it('on a wide screen no word is drawn smaller than its type size', () => {
    for (const scene of scenes) expect(shrunkWords(scene), scene.id).toEqual([]);
  });

  it('a phone keeps every word the wide drawing shows, on one page or the other, none drawn smaller', () => {
    for (const scene of scenes) {
      expect(lostOnPhone(scene, scene.narrow), scene.id).toEqual([]);
      expect(shrunkWords(scene.narrow), scene.id).toEqual([]);
    }
  });
});

describe('a phone drawing’s pages', () => {
  it('a translated scene opens its phone drawing on the same page as the English one', () => {
    const english = allScenesIn('en');
    const turned = english.filter((s) => s.narrow.page === 2).map((s) => s.id);
    expect(turned.length).toBeGreaterThan(5);
    for (const lang of LANGS)
      expect(
        allScenesIn(lang)
          .filter((s) => s.narrow.page === 2)
          .map((s) => s.id),
        lang,
      ).toEqual(turned);
  });
});

describe('the canvas checks fail on a picture that breaks them', () => {
  const home = getSceneIn('platform-full', 'en');
  const next = getSceneIn('shared-capabilities', 'en');

  it('resizedNodes() names a box drawn at another size', () => {
    const frames = [
      { name: 'a', frame: home },
      { name: 'b', frame: moveNode(next, 'payment', 0, -20) },
    ];
    expect(resizedNodes(frames, ['capability'])).toEqual([expect.stringMatching(/^b: payment is \d+×\d+/)]);
  });

  it('movedFromGrid() names a service that left its place', () => {
    const frames = [{ name: 'b', frame: moveNode(next, 'product', 12) }];
    expect(movedFromGrid(frames, home, GRID)).toEqual(['b: product has left its place in the grid']);
  });

  it('panelsOffColumn() names a panel that is not the column', () => {
    const rhino = getSceneIn('rhino-independent', 'en');
    const shifted = {
      ...rhino,
      bands: rhino.bands.map((b) => (b.id === 'rhino-stack' ? { ...b, box: { ...b.box, y: b.box.y + 55 } } : b)),
    };
    expect(panelsOffColumn(shifted, COLUMN)).toEqual(['rhino-stack is not the side column']);
  });

  it('shrunkWords() names a label drawn smaller', () => {
    const small = { ...home, nodes: home.nodes.map((n) => (n.id === 'ai' ? { ...n, scale: 0.6 } : n)) };
    expect(shrunkWords(small)).toEqual(['ai at 60%']);
  });

  it('lostOnPhone() names a word the phone leaves out', () => {
    const bare = { ...home.narrow, nodes: home.narrow.nodes.map((n) => (n.id === 'user' ? { ...n, label: '' } : n)) };
    expect(lostOnPhone(home, bare)).toEqual(['User']);
  });
});
