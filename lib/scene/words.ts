import type { Lang } from '@/lib/i18n/lang';
import { noteLines, type Catalogue } from './compose';
import { BAND_LABEL, LABEL, labelSize } from './layout';
import { nodeLabelFits } from './label-room';
import type { KeyWords } from './legend';
import type { Box, LayoutName, Scene, SceneFrame, SceneNode } from './types';
import { wrapLabel } from './wrap-label';

/**
 * The diagram's words in a language other than English, keyed by the ids the English scenes
 * define. English stays inline in the scenes and is the source of every id; a translation is
 * this overlay, applied to a finished scene by `translateScene`, so that layout, interpolation
 * and drawing never know which language they draw.
 */

/** A note's words: one wording for both drawings, or a wide one and a shorter one for a phone. */
export type NoteWords = string | { wide: string; phone: string };

/** One scene's words. */
export interface SceneWords {
  title: string;
  /** The scene's one sentence, read aloud by screen readers: the point first, then what changed. */
  description: string;
  /** Every annotation's text, by annotation id. */
  notes: Record<string, NoteWords>;
  /** Labels this scene gives an element in place of its usual one, by node or band id. */
  labels?: Record<string, string>;
}

/** Every word of the diagram in one language. */
export interface DiagramWords<Id extends string = string> {
  /** The language these words are in. */
  lang: Lang;
  /** Node labels by node id (`\n` breaks a line; without one, a label wraps to its box). */
  nodes: Record<string, string>;
  /** Band and frame labels by band id. */
  bands: Record<string, string>;
  /** The colour key's entries. */
  key: KeyWords;
  scenes: Record<Id, SceneWords>;
}

function lookUp(table: Record<string, string>, id: string, where: string): string {
  const found = table[id];
  if (found === undefined) throw new Error(`${where}: no translation for "${id}"`);
  return found;
}

/**
 * A node label fitted to its box: as written if it fits, else wrapped to the box's width. On a
 * phone a label that still does not fit is left out, as English ones are (see `scene`).
 */
function fitted(label: string, node: SceneNode, layout: LayoutName): string {
  if (nodeLabelFits(node, label)) return label;
  const wrapped = wrapLabel(label, node.box.w / (node.scale ?? 1) - 2 * LABEL.padX, LABEL.fontSize);
  return layout === 'narrow' && !nodeLabelFits(node, wrapped) ? '' : wrapped;
}

const bandFits = (label: string, box: Box) =>
  labelSize(label, BAND_LABEL.fontSize, 1, BAND_LABEL.weight).w + 2 * BAND_LABEL.inset <= box.w;

function translateFrame(frame: SceneFrame, layout: LayoutName, words: DiagramWords, scene: Scene<string>): SceneFrame {
  const own = words.scenes[scene.id]!;
  const where = `${scene.id} (${layout})`;
  const label = (id: string, english: string, table: Record<string, string>) =>
    english === '' ? '' : (own.labels?.[id] ?? lookUp(table, id, where));
  return {
    bands: frame.bands.map((b) => {
      const text = label(b.id, b.label, words.bands);
      return { ...b, label: layout === 'narrow' && text && !bandFits(text, b.box) ? '' : text };
    }),
    nodes: frame.nodes.map((n) => {
      const text = label(n.id, n.label, words.nodes);
      return { ...n, label: text && fitted(text, n, layout) };
    }),
    edges: frame.edges,
    lang: words.lang,
    ...(frame.page === undefined ? {} : { page: frame.page }),
    annotations: frame.annotations.map((a) => {
      const note = own.notes[a.id];
      if (note === undefined) throw new Error(`${where}: no translation for note "${a.id}"`);
      return {
        ...a,
        text: noteLines(typeof note === 'string' ? note : layout === 'wide' ? note.wide : note.phone, a.width),
      };
    }),
  };
}

/**
 * A scene in other words: the same ids, boxes, tones and lines, with every label, note, the
 * title and the description taken from `words`. Throws, naming the scene and the id, when a word
 * is missing. A label that was left out in English (a thumbnail) is left out here too.
 */
export function translateScene<S extends Scene<string>>(scene: S, words: DiagramWords): S {
  const own = words.scenes[scene.id];
  if (!own) throw new Error(`${scene.id}: no translation for the scene`);
  return {
    ...scene,
    ...translateFrame(scene, 'wide', words, scene),
    narrow: translateFrame(scene.narrow, 'narrow', words, scene),
    title: own.title,
    description: own.description,
  };
}

/** A catalogue with its labels in other words (unlabelled tiles stay unlabelled). */
export function translateCatalogue(catalogue: Catalogue, words: DiagramWords): Catalogue {
  const relabel = <T extends { label: string }>(table: Record<string, T>, labels: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(table).map(([id, spec]) => [
        id,
        spec.label === '' ? spec : { ...spec, label: lookUp(labels, id, 'catalogue') },
      ]),
    );
  return { nodes: relabel(catalogue.nodes, words.nodes), bands: relabel(catalogue.bands, words.bands) };
}
