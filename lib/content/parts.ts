import type { SceneId } from '@/lib/scene/types';
import { ContentError } from './errors';
import { stringAttribute, type MdxNode } from './mdx-tree';
import { textOf } from './parse-check';
import type { ChapterStep } from './types';

/** The tag that marks words naming a part of the step's picture: `<Part id="payment">payment</Part>`. */
export const PART_TAG = 'Part';

/** The ids of the parts a scene draws that words may point at (see sceneParts in lib/scene/parts.ts). */
export type PartsOf = (scene: SceneId) => readonly string[];

/**
 * Fails, naming the file, the line, the part and the step's scene, when a `<Part>` names
 * nothing the picture beside it draws: its highlight would point at nothing.
 */
export function checkPart(file: string, line: number, node: MdxNode, step: ChapterStep, partsOf: PartsOf): void {
  const id = stringAttribute(node, 'id');
  const where = `line ${line}: <Part id="${id ?? ''}">`;
  if (!id) throw new ContentError(file, `line ${line}: a <Part> needs id="…", the part of the picture it names`);
  if (!textOf(node)) throw new ContentError(file, `${where} marks no words`);
  const parts = partsOf(step.scene);
  if (!parts.includes(id)) {
    throw new ContentError(
      file,
      `${where} names no part of scene "${step.scene}" (step "${step.id}"), which draws: ${parts.join(', ')}`,
    );
  }
}
