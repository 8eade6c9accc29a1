import type { SceneFrame } from './types';

/** A part of a picture that prose may point at: a labelled node or band it draws. */
interface ScenePart {
  id: string;
  /** Its label on one line, as a screen reader says it. */
  label: string;
}

/** A label's line breaks joined: with a space between words, with none between Han characters. */
const oneLine = (label: string) =>
  label.replace(/\s*\n\s*/g, (_, i: number) => (/\p{Script=Han}/u.test(label[i - 1] ?? '') ? '' : ' ')).trim();

/**
 * The parts a frame draws that words may name (`<Part id="…">`): every band and node shown
 * with a label. A bracket (no label) or a box faded out entirely is nothing a reader can find.
 */
export function sceneParts(frame: SceneFrame): ScenePart[] {
  return [...frame.bands, ...frame.nodes]
    .filter((part) => part.opacity > 0 && part.label.trim() !== '')
    .map((part) => ({ id: part.id, label: oneLine(part.label) }));
}
