import type { Lang } from '@/lib/i18n/lang';
import type { SceneId } from '@/lib/scene/types';
import { blockMayAppear, isBlockName, STEP_TAG } from './blocks';
import { ContentError } from './errors';
import { readMeta } from './meta';
import { parseMdx, stringAttribute, walk, type MdxNode } from './mdx-tree';
import { ANSWER_TAG, CHECK_TAG, parseCheck, QUESTION_TAG, textOf } from './parse-check';
import { checkPart, PART_TAG, type PartsOf } from './parts';
import { readingLength, readingMinutes } from './reading';
import type { Chapter, ChapterStep } from './types';

const FILE_NAME = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;
const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A step's point has to fit a share card's headline (six short lines). */
const POINT_MAX = 110;
/** Names that step URLs cannot take: the chapter's own share card is `chapter.png`. */
const RESERVED_IDS = new Set(['chapter']);
/** Elements whose text is not part of the reading (instructor material, the self-check). */
const NOT_READING = new Set(['Discuss', 'Teach', CHECK_TAG]);
/** Tags that live only inside another: each with the one it must sit directly in. */
const NESTED: Record<string, string> = { [QUESTION_TAG]: CHECK_TAG, [ANSWER_TAG]: QUESTION_TAG };

/** Fails on a tag that is not a block, a `<Step>` inside anything, or a block out of its place. */
function checkPlace(file: string, line: number, name: string, around: readonly string[]) {
  if (/^[a-z]/.test(name)) return;
  const parent = NESTED[name];
  if (parent) {
    if (around.at(-1) !== parent)
      throw new ContentError(file, `line ${line}: <${name}> belongs directly inside <${parent}>`);
    return;
  }
  if (name === STEP_TAG) {
    if (around.length > 0) throw new ContentError(file, `line ${line}: <Step> inside <${around.at(-1)}>`);
    return;
  }
  if (!isBlockName(name)) throw new ContentError(file, `line ${line}: unknown tag <${name}>`);
  const place = around.includes(STEP_TAG) ? 'step' : 'tail';
  if (!blockMayAppear(name, place)) {
    const where = place === 'step' ? 'inside' : 'outside';
    throw new ContentError(file, `line ${line}: <${name}> may not appear ${where} a <Step>`);
  }
}

/**
 * Reads one chapter's MDX source into its index entry, and fails with the file's name on any
 * mistake a reader would see: missing metadata, an unknown scene, a repeated step id, and (given
 * `partsOf`) a `<Part>` naming nothing its step's picture draws. `lang` is the language it is
 * written in, which sets how its reading time is counted.
 */
export function parseChapter(
  file: string,
  source: string,
  isScene: (id: string) => id is SceneId,
  lang: Lang = 'en',
  partsOf?: PartsOf,
): Chapter {
  const match = FILE_NAME.exec(file);
  if (!match) throw new ContentError(file, 'chapter files are named `<nn>-<slug>.mdx`');
  let tree;
  try {
    tree = parseMdx(source);
  } catch (error) {
    throw new ContentError(file, `MDX does not parse: ${(error as Error).message}`);
  }
  const meta = readMeta(file, tree);
  if (meta.order !== Number(match[1])) {
    throw new ContentError(file, `meta.order is ${meta.order} but the file name says ${Number(match[1])}`);
  }
  const steps: ChapterStep[] = [];
  const checks: MdxNode[] = [];
  const discuss: string[] = [];
  let words = 0;
  for (const [node, around] of walk(tree)) {
    if (node.type === 'text' && !around.some((name) => NOT_READING.has(name))) {
      words += readingLength(node.value ?? '', lang);
    }
    const line = node.position?.start.line ?? 0;
    if (node.name) checkPlace(file, line, node.name, around);
    if (node.name === CHECK_TAG) checks.push(node);
    if (node.name === PART_TAG && partsOf) checkPart(file, line, node, steps.at(-1)!, partsOf);
    if (node.type === 'listItem' && around.includes('Discuss')) discuss.push(textOf(node));
    if (node.name === 'Teach') {
      const step = steps.at(-1)!;
      if (step.teach) throw new ContentError(file, `line ${line}: step "${step.id}" has a second <Teach>`);
      step.teach = textOf(node);
    }
    if (node.name !== STEP_TAG) continue;
    const scene = stringAttribute(node, 'scene');
    if (!scene) throw new ContentError(file, `line ${line}: <Step> needs a scene="..." attribute`);
    if (!isScene(scene)) throw new ContentError(file, `line ${line}: unknown scene "${scene}"`);
    const id = stringAttribute(node, 'id') ?? scene;
    if (!STEP_ID.test(id)) throw new ContentError(file, `line ${line}: step id "${id}" must be kebab-case`);
    if (RESERVED_IDS.has(id)) throw new ContentError(file, `line ${line}: step id "${id}" is reserved`);
    if (steps.some((step) => step.id === id)) {
      throw new ContentError(file, `line ${line}: duplicate step id "${id}" (give the step a unique id="...")`);
    }
    const point = stringAttribute(node, 'point');
    if (point !== undefined && (point.trim().length < 20 || point.length > POINT_MAX)) {
      throw new ContentError(
        file,
        `line ${line}: a step's point="..." is one sentence of 20 to ${POINT_MAX} characters`,
      );
    }
    steps.push(point === undefined ? { id, scene } : { id, scene, point });
  }
  if (steps.length === 0) throw new ContentError(file, 'a chapter needs at least one <Step scene="...">');
  if (checks.length > 1)
    throw new ContentError(file, `line ${checks[1]!.position?.start.line ?? 0}: a second <SelfCheck>`);
  const stepIds = steps.map((step) => step.id);
  return {
    file,
    slug: match[2]!,
    ...meta,
    steps,
    check: checks[0] ? parseCheck(file, checks[0], stepIds) : [],
    lang,
    discuss,
    words,
    readingMinutes: readingMinutes(words, lang),
  };
}
