/**
 * Which key does what in the lecture view (a chapter a step at a time). The embed answers only
 * to arrows and Home/End (a course page keeps its own PageDown and Space); lecture mode also
 * answers to a presentation clicker (PageDown/PageUp), Space, `F` for full screen, `T` for
 * the step's text and `P` for the presenter view (a second window for the lectern).
 */

export type LectureAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'text' | 'presenter';
export type Keymap = 'embed' | 'lecture';

const EMBED: Readonly<Record<string, LectureAction>> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  Home: 'first',
  End: 'last',
};

const LECTURE: Readonly<Record<string, LectureAction>> = {
  ...EMBED,
  PageDown: 'next',
  ' ': 'next',
  PageUp: 'previous',
  f: 'fullscreen',
  F: 'fullscreen',
  t: 'text',
  T: 'text',
  p: 'presenter',
  P: 'presenter',
};

/** What a key press on the page is and where it happened; a plain copy of a KeyboardEvent. */
export interface KeyPress {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  /** The focused element's tag name, e.g. `INPUT`. */
  tagName?: string;
  /** For an input, its type attribute. */
  inputType?: string;
  isContentEditable?: boolean;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const CLICKABLE = new Set(['BUTTON', 'A', 'SUMMARY']);
const BUTTON_INPUTS = new Set(['button', 'submit', 'reset']);

/** Whether a key press goes to something the reader is typing in or choosing with. */
function isInField({ tagName = '', inputType = '', isContentEditable = false }: KeyPress): boolean {
  if (isContentEditable) return true;
  if (tagName === 'INPUT') return !BUTTON_INPUTS.has(inputType.toLowerCase());
  return TYPING_TAGS.has(tagName);
}

/**
 * The lecture's action for a key press, or null to leave it to the browser: when a modifier is
 * held, when it lands in a form field, and for Space on a button or link (which clicks it).
 */
export function lectureAction(press: KeyPress, keymap: Keymap): LectureAction | null {
  if (press.altKey || press.ctrlKey || press.metaKey || isInField(press)) return null;
  if (press.key === ' ' && CLICKABLE.has(press.tagName ?? '')) return null;
  return (keymap === 'lecture' ? LECTURE : EMBED)[press.key] ?? null;
}
