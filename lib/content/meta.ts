import { ContentError } from './errors';
import type { MdxNode } from './mdx-tree';

interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

export interface ChapterMeta {
  title: string;
  summary: string;
  order: number;
}

/** Reads `export const meta = { title, summary, order }` from a chapter's syntax tree. */
export function readMeta(file: string, tree: MdxNode): ChapterMeta {
  const object = findMetaObject(tree);
  if (!object) throw new ContentError(file, 'missing `export const meta = { title, summary, order }`');
  const values: Record<string, unknown> = {};
  for (const property of object.properties as EstreeNode[]) {
    const key = property.key as EstreeNode | undefined;
    const value = property.value as EstreeNode | undefined;
    const name = key?.type === 'Identifier' ? key.name : key?.value;
    if (typeof name === 'string' && value?.type === 'Literal') values[name] = value.value;
  }
  const { title, summary, order } = values;
  if (typeof title !== 'string' || !title.trim()) throw new ContentError(file, 'meta.title must be a non-empty string');
  if (typeof summary !== 'string' || !summary.trim())
    throw new ContentError(file, 'meta.summary must be a non-empty string');
  if (typeof order !== 'number' || !Number.isInteger(order))
    throw new ContentError(file, 'meta.order must be a whole number');
  return { title, summary, order };
}

function findMetaObject(tree: MdxNode): EstreeNode | undefined {
  for (const node of tree.children ?? []) {
    if (node.type !== 'mdxjsEsm') continue;
    const program = node.data?.estree as { body?: EstreeNode[] } | undefined;
    for (const statement of program?.body ?? []) {
      const declaration = statement.declaration as EstreeNode | undefined;
      if (statement.type !== 'ExportNamedDeclaration' || declaration?.type !== 'VariableDeclaration') continue;
      for (const declarator of declaration.declarations as EstreeNode[]) {
        const id = declarator.id as EstreeNode;
        const init = declarator.init as EstreeNode | undefined;
        if (id.name === 'meta' && init?.type === 'ObjectExpression') return init;
      }
    }
  }
  return undefined;
}
