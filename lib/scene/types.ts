/**
 * The diagram's vocabulary. A scene is a complete, declarative picture of the architecture:
 * bands (the three layers and any extra frames), nodes (boxes with stable ids), edges (which
 * front end uses which capability) and annotations. Every coordinate is in the diagram's own
 * viewBox units (see VIEWBOX); the renderer scales the whole picture.
 */

/** Every scene the chapters may name. A typo in code does not compile. */
export const SCENE_IDS = [
  'platform-full',
  'platform-cracks',
  'layers',
  'shared-capabilities',
  'double-11',
  'industry-norm',
  'hema-assembles',
  'five-new',
  'rhino-independent',
  'special-edition-independent',
  'combine-vs-disrupt',
  'thinning',
  'fragmented',
  'two-shapes',
] as const;

export type SceneId = (typeof SCENE_IDS)[number];

/** The drawing area every scene is laid out in. */
export const VIEWBOX = { width: 640, height: 440 } as const;

export type Layer = 'front' | 'middle' | 'back';

/** What a node stands for; the renderer styles by kind. */
export type NodeKind = 'frontend' | 'capability' | 'infrastructure' | 'stack' | 'company' | 'initiative';

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
}

export interface Annotation {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
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
}

/** A named scene: a frame plus its words. */
export interface Scene extends SceneFrame {
  id: SceneId;
  /** A short title, e.g. for the legend or a share card. */
  title: string;
  /** One sentence saying what the picture shows: the accessible alternative and the caption. */
  description: string;
}

/** Scenes by id: the ones a chapter shows, handed from the server to its live diagram. */
export type SceneMap = Partial<Record<SceneId, Scene>>;
