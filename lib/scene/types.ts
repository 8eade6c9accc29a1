import type { Lang } from '@/lib/i18n/lang';

/**
 * The diagram's vocabulary. A scene is a complete, declarative picture of the architecture:
 * bands (the three layers and any extra frames), nodes (boxes with stable ids), edges (which
 * front end uses which capability) and annotations. Every coordinate is in the diagram's own
 * viewBox units (see VIEWBOX); the renderer scales the whole picture.
 */

/**
 * Where the scenes register their ids. `content/scenes/index.ts` fills it in by declaration
 * merging (`declare module '@/lib/scene/types'`) with the id of every scene its modules export,
 * so `SceneId` is exactly the scenes that exist and a typo in code does not compile, while lib/
 * never imports content/. Registered, it reads `{ id: 'platform-full' | 'layers' | ... }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging
export interface SceneRegister {}

/** The id of a scene that exists (any string until the scenes register). */
export type SceneId = SceneRegister extends { id: infer I extends string } ? I : string;

/** The drawing area every scene is laid out in. */
export const VIEWBOX = { width: 640, height: 440 } as const;

/** The phone's drawing area: the same nodes arranged for a narrow screen, text never scaled down. */
export const NARROW_VIEWBOX = { width: 400, height: 360 } as const;

/**
 * A phone drawing has two pages side by side, each as wide as the phone's drawing area: the
 * platform on the first, and a side panel (the Five New, an independent stack, the 2015 shape)
 * on the second, at x 400 to 800. The screen shows one page at a time (`SceneFrame.page`).
 */
export const NARROW_PAGES = 2;

export type LayoutName = 'wide' | 'narrow';

export const VIEWBOXES: Record<LayoutName, { width: number; height: number }> = {
  wide: VIEWBOX,
  narrow: NARROW_VIEWBOX,
};

export type Layer = 'front' | 'middle' | 'back';

/** What a node stands for; the renderer styles by kind. */
/** `measure` is a bracket beside a band that measures its depth (no label, no fill). */
export type NodeKind = 'frontend' | 'capability' | 'infrastructure' | 'stack' | 'company' | 'initiative' | 'measure';

/**
 * The restrained palette's roles. `base` is the default ink; `accent` marks what the step is
 * about; `muted` recedes; `new` is something built anew (not from the platform); `warn` marks
 * strain (cracks, load).
 */
export type Tone = 'base' | 'accent' | 'muted' | 'new' | 'warn';

/**
 * Only on in-between frames: the weights (summing to 1) of the tones an element is blending
 * between, so colours cross-fade instead of jumping. `tone` is then the dominant one. Scenes
 * never set it; `interpolateScene` does.
 */
export type ToneMix = Partial<Record<Tone, number>>;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SceneNode {
  id: string;
  kind: NodeKind;
  /** Short label drawn in the box; `\n` splits it over two lines. */
  label: string;
  layer: Layer;
  box: Box;
  tone: Tone;
  /** 0..1; 1 unless the node is fading or deliberately faint. */
  opacity: number;
  toneMix?: ToneMix;
  /** The uniform scale of the stack the node belongs to (its label scales with it); 1 if unset. */
  scale?: number;
}

export interface SceneEdge {
  /** Stable id, by convention `${from}->${to}`. */
  id: string;
  from: string;
  to: string;
  tone: Tone;
  opacity: number;
  toneMix?: ToneMix;
}

/** A layer band or any other background frame (a company outline, an independent stack). */
export interface Band {
  id: string;
  layer: Layer | 'frame';
  label: string;
  /** Which border the label sits on; by default the top for front bands and frames, else the bottom. */
  labelAt?: 'top' | 'bottom';
  box: Box;
  tone: Tone;
  opacity: number;
  toneMix?: ToneMix;
  /** As for nodes: the label's scale when a whole stack is drawn smaller. */
  scale?: number;
}

/**
 * A note on what the step is about ("too slow", "the base holds"), drawn in its own style apart
 * from the structural labels, with an optional leader line to the point it is about.
 */
export interface Annotation {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Where the leader line points, if the note has one. */
  to?: { x: number; y: number };
  /**
   * The measure a note in the side column is set to: its text is already broken into lines
   * (`\n`) to fit it, and a translation is broken again to the same measure.
   */
  width?: number;
  /** A numbered point: its number is drawn in a disc before the text (start-anchored notes only). */
  point?: number;
  tone: Tone;
  opacity: number;
  toneMix?: ToneMix;
}

/** A drawable state of the diagram. Interpolated frames are Scenes too. */
export interface SceneFrame {
  bands: Band[];
  nodes: SceneNode[];
  edges: SceneEdge[];
  annotations: Annotation[];
  /** The language of its words, for the key drawn with them; English when unset. */
  lang?: Lang;
  /**
   * On a phone, the page on screen: 2 shows the side panel, 1 (or unset) the platform. A scene
   * sets 1 or 2; a morph's in-between frames are part of the way from one page to the other.
   */
  page?: number;
}

/** A named scene: a frame plus its words. `Id` is one scene's own id where it is defined. */
export interface Scene<Id extends string = SceneId> extends SceneFrame {
  id: Id;
  /** The same picture arranged for a phone (NARROW_VIEWBOX): same ids, so morphs still match. */
  narrow: SceneFrame;
  /** A short title, e.g. for the legend or a share card. */
  title: string;
  /** One sentence saying what the picture shows: the accessible alternative and the caption. */
  description: string;
}

/** Scenes by id: the ones a chapter shows, handed from the server to its live diagram. */
export type SceneMap = Partial<Record<SceneId, Scene>>;
