import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DiagramSvg } from '@/components/diagram/diagram-svg';
import { allScenes, getScene } from '@/content/scenes';
import { CATALOGUE } from '@/content/scenes/catalogue';
import { allScenesIn, catalogueIn, getSceneIn, sceneIn, scenesOfIn } from '@/content/scenes/in-lang';
import { NARROW, WIDE } from '@/content/scenes/kit';
import { ZH } from '@/content/scenes/zh';
import { interpolateScene } from '@/lib/scene/interpolate';
import { KEY_ENTRIES, legendEntries } from '@/lib/scene/legend';
import type { Scene, SceneFrame } from '@/lib/scene/types';
import { validateScenes } from '@/lib/scene/validate';
import { translateScene, type NoteWords } from '@/lib/scene/words';

/*
 * The Chinese overlay against the English scenes, which are the source of every id: each word the
 * English drawing shows has a Chinese counterpart under the same id, and the overlay names
 * nothing the English does not have. Failures name the scene and the id.
 */

const scenes = allScenes();
const frames = (scene: Scene) => [
  { layout: 'wide' as const, frame: scene as SceneFrame },
  { layout: 'narrow' as const, frame: scene.narrow },
];

/** Latin letters the Chinese may keep: names a Chinese business desk writes in Latin letters. */
const LATIN_NAMES = ['AI', 'BAT', 'TMD'];

/** Every string of the overlay, with where it is. */
function overlayStrings(): Array<[string, string]> {
  const out: Array<[string, string]> = [
    ...Object.entries(ZH.nodes).map(([id, text]): [string, string] => [`node ${id}`, text]),
    ...Object.entries(ZH.bands).map(([id, text]): [string, string] => [`band ${id}`, text]),
    ...Object.entries(ZH.key).map(([id, text]): [string, string] => [`key ${id}`, text]),
  ];
  for (const [id, words] of Object.entries(ZH.scenes)) {
    out.push([`${id} title`, words.title], [`${id} description`, words.description]);
    for (const [note, text] of Object.entries(words.notes as Record<string, NoteWords>)) {
      if (typeof text === 'string') out.push([`${id} note ${note}`, text]);
      else out.push([`${id} note ${note} (wide)`, text.wide], [`${id} note ${note} (phone)`, text.phone]);
    }
    for (const [el, text] of Object.entries(words.labels ?? {})) out.push([`${id} label ${el}`, text]);
  }
  return out;
}

describe('the Chinese words of the diagram', () => {
  it('cover every scene, and name no scene that does not exist', () => {
    const ids = scenes.map((s) => s.id);
    expect(ids.filter((id) => !(id in ZH.scenes)).map((id) => `${id}: no Chinese words`)).toEqual([]);
    expect(Object.keys(ZH.scenes).filter((id) => !ids.includes(id as never))).toEqual([]);
  });

  it('label every labelled node and band of the catalogue, and nothing else', () => {
    const labelled = (table: Record<string, { label: string }>) =>
      Object.keys(table).filter((id) => table[id]!.label !== '');
    for (const [kind, table, zh] of [
      ['node', CATALOGUE.nodes, ZH.nodes],
      ['band', CATALOGUE.bands, ZH.bands],
    ] as const) {
      const want = labelled(table);
      expect(want.filter((id) => !(id in zh)).map((id) => `${kind} ${id}: no Chinese label`)).toEqual([]);
      expect(
        Object.keys(zh)
          .filter((id) => !want.includes(id))
          .map((id) => `${kind} ${id}: not labelled`),
      ).toEqual([]);
    }
  });

  it('give every note of every scene its Chinese text, and no note a scene does not have', () => {
    const problems: string[] = [];
    for (const scene of scenes) {
      const notes = ZH.scenes[scene.id].notes as Record<string, NoteWords>;
      const ids = new Set([...scene.annotations, ...scene.narrow.annotations].map((a) => a.id));
      for (const id of ids) if (!(id in notes)) problems.push(`${scene.id}: note "${id}" has no Chinese text`);
      for (const id of Object.keys(notes))
        if (!ids.has(id)) problems.push(`${scene.id}: note "${id}" is not in the scene`);
    }
    expect(problems).toEqual([]);
  });

  it('give a label of its own wherever a scene relabels an element, and only there', () => {
    const usual = (id: string, layout: 'wide' | 'narrow') =>
      (layout === 'narrow' ? NARROW.labels[id] : WIDE.labels[id]) ??
      CATALOGUE.nodes[id]?.label ??
      CATALOGUE.bands[id]?.label;
    const problems: string[] = [];
    for (const scene of scenes) {
      const own = ZH.scenes[scene.id].labels ?? {};
      const relabelled = new Set<string>();
      for (const { layout, frame } of frames(scene)) {
        for (const el of [...frame.nodes, ...frame.bands]) {
          if (el.label !== '' && el.label !== usual(el.id, layout)) relabelled.add(el.id);
        }
      }
      for (const id of relabelled)
        if (!(id in own)) problems.push(`${scene.id}: "${id}" is relabelled in English only`);
      for (const id of Object.keys(own))
        if (!relabelled.has(id)) problems.push(`${scene.id}: label "${id}" is not relabelled`);
    }
    expect(problems).toEqual([]);
  });

  it('name every entry of the key', () => {
    expect(Object.keys(ZH.key).sort()).toEqual([...KEY_ENTRIES].sort());
    const zhKey = legendEntries(getSceneIn('six-services', 'zh'), ZH.key).map((e) => e.label);
    expect(zhKey).toEqual(['复用', '新建', '复用调用', '中台深度']);
  });

  it('use no English letters, except the names AI, BAT and TMD', () => {
    const latin = overlayStrings().flatMap(([where, text]) =>
      (text.match(/[A-Za-z]+/g) ?? []).filter((word) => !LATIN_NAMES.includes(word)).map((word) => `${where}: ${word}`),
    );
    expect(latin).toEqual([]);
  });

  it('are all Chinese: every string of the overlay has Chinese characters, or is only names and numbers', () => {
    const namesOnly = /^(?:AI|BAT|TMD|\d+|[\p{P}\s])+$/u;
    const bare = overlayStrings().filter(([, text]) => !/\p{Script=Han}/u.test(text) && !namesOnly.test(text));
    expect(bare).toEqual([]);
  });
});

describe('sceneIn()', () => {
  it('hands back the English scene itself, so English output is unchanged', () => {
    for (const scene of scenes) expect(sceneIn(scene, 'en')).toBe(scene);
    expect(catalogueIn('en')).toBe(CATALOGUE);
  });

  it('in Chinese keeps every id, box, tone, opacity and line, and changes only the words', () => {
    const look = (frame: SceneFrame) => ({
      bands: frame.bands.map((b) => ({ ...b, label: undefined })),
      nodes: frame.nodes.map((n) => ({ ...n, label: undefined })),
      edges: frame.edges,
      annotations: frame.annotations.map((a) => ({ ...a, text: undefined })),
    });
    for (const scene of scenes) {
      const zh = sceneIn(scene, 'zh');
      expect(zh.id).toBe(scene.id);
      expect(look(zh), scene.id).toEqual(look(scene));
      expect(look(zh.narrow), `${scene.id} (phone)`).toEqual(look(scene.narrow));
      expect(zh.lang).toBe('zh');
      expect(zh.title).toBe(ZH.scenes[scene.id].title);
      expect(zh.description).toBe(ZH.scenes[scene.id].description);
    }
  });

  it('in Chinese gives the wide drawing the wide note and the phone drawing the phone note', () => {
    const zh = getSceneIn('the-intranet-post', 'zh');
    // The wide note stands in the side column, broken to its measure as the Chinese note is.
    expect(zh.annotations.find((a) => a.id === 'thinner')!.text).toBe('中台要更薄、\n更敏捷、更快');
    expect(zh.narrow.annotations.find((a) => a.id === 'thinner')!.text).toBe('更薄、更敏捷');
    expect(zh.annotations.find((a) => a.id === 'too-slow')!.text).toBe('“太慢”');
  });

  it('in Chinese leaves out what English leaves out: a thumbnail stays without words', () => {
    for (const scene of scenes) {
      const zh = frames(sceneIn(scene, 'zh'));
      frames(scene).forEach(({ frame }, f) => {
        frame.nodes.forEach((n, i) => {
          if (n.label === '') expect(zh[f]!.frame.nodes[i]!.label, `${scene.id}: ${n.id}`).toBe('');
        });
      });
    }
  });

  it('in Chinese keeps every label English shows: none is too wide for its box, even on a phone', () => {
    const lost: string[] = [];
    for (const scene of scenes) {
      const zh = frames(sceneIn(scene, 'zh'));
      frames(scene).forEach(({ layout, frame }, f) => {
        const dropped = (els: readonly { id: string; label: string }[], zhEls: readonly { label: string }[]) =>
          els
            .filter((el, i) => el.label !== '' && zhEls[i]!.label === '')
            .map((el) => `${scene.id} (${layout}): ${el.id}`);
        lost.push(...dropped(frame.nodes, zh[f]!.frame.nodes), ...dropped(frame.bands, zh[f]!.frame.bands));
      });
    }
    expect(lost).toEqual([]);
  });

  it('in Chinese makes valid scenes, no two alike', () => {
    expect(validateScenes(allScenesIn('zh'))).toEqual([]);
  });

  it('makes each translated scene once, so it is one object wherever it is asked for', () => {
    expect(getSceneIn('layers', 'zh')).toBe(sceneIn(getScene('layers'), 'zh'));
    expect(allScenesIn('zh')).toHaveLength(scenes.length);
  });

  it('scenesOfIn() gives a list of steps their scenes in a language, by id', () => {
    const map = scenesOfIn([{ scene: 'layers' }, { scene: 'double-11' }], 'zh');
    expect(Object.keys(map)).toEqual(['layers', 'double-11']);
    expect(map.layers).toBe(getSceneIn('layers', 'zh'));
    expect(scenesOfIn([{ scene: 'layers' }], 'en').layers).toBe(getScene('layers'));
  });

  it('in Chinese labels the catalogue in Chinese and leaves unlabelled tiles unlabelled', () => {
    const zh = catalogueIn('zh');
    expect(zh.nodes.taobao!.label).toBe('淘宝');
    expect(zh.bands.middle!.label).toBe('中台');
    expect(zh.nodes['then-taobao']!.label).toBe('');
  });

  it('refuses a scene whose words lack a note, naming the scene and the note', () => {
    const scene = getScene('double-11');
    const notes = Object.fromEntries(Object.entries(ZH.scenes['double-11'].notes).filter(([id]) => id !== 'holds'));
    const words = { ...ZH, scenes: { ...ZH.scenes, 'double-11': { ...ZH.scenes['double-11'], notes } } };
    expect(() => translateScene(scene, words)).toThrow(/double-11 \(wide\): no translation for note "holds"/);
  });

  it('refuses a scene with no words at all, naming it', () => {
    const rest = Object.fromEntries(Object.entries(ZH.scenes).filter(([id]) => id !== 'layers'));
    expect(() => translateScene(getScene('layers'), { ...ZH, scenes: rest as typeof ZH.scenes })).toThrow(
      /layers: no translation for the scene/,
    );
  });
});

describe('a Chinese drawing', () => {
  const draw = (frame: SceneFrame, narrow?: SceneFrame) =>
    renderToStaticMarkup(<DiagramSvg frame={frame} narrow={narrow} title="t" description="d" idPrefix="zh" />);

  it('names its language and draws its key in Chinese', () => {
    const zh = getSceneIn('six-services', 'zh');
    const svg = draw(zh, zh.narrow);
    expect(svg).toMatch(
      /^<svg class="diagram-dual" role="img" aria-labelledby="zh-diagram-title" aria-describedby="zh-diagram-desc" lang="zh-Hans"/,
    );
    const key = svg.slice(svg.indexOf('data-key'));
    expect(key).toContain('>复用<');
    expect(key).toContain('>新建<');
    expect(key).not.toContain('Reused');
  });

  it('morphs in Chinese: every in-between frame speaks the language of the scene it is heading for', () => {
    const a = getSceneIn('platform-full', 'zh');
    const b = getSceneIn('double-11', 'zh');
    const half = interpolateScene(a, b)(0.9);
    expect(half.lang).toBe('zh');
    expect(draw(half)).toContain('>高负载<');
  });

  it('an English drawing names no language, as before', () => {
    expect(draw(getScene('six-services'))).not.toContain('lang=');
  });
});
