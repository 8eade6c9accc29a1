import type { SvgNode } from './svg-tree';

const SCALE = /scale\(\s*([\d.]+)/;

/**
 * The size of the smallest text in a drawing, in viewBox units: each text's font size times the
 * scale of the groups around it (a stack drawn smaller scales its words with it). Print sizes
 * its figures from it, so that no word of the diagram prints below its minimum.
 */
export function smallestText(node: SvgNode, scale = 1, fontSize?: number): number {
  const k = scale * Number(SCALE.exec(String(node.attrs.transform ?? ''))?.[1] ?? 1);
  const size = node.attrs.fontSize === undefined ? fontSize : Number(node.attrs.fontSize);
  if (typeof node.children === 'string') {
    return node.children.trim() !== '' && size !== undefined ? size * k : Infinity;
  }
  return Math.min(Infinity, ...(node.children ?? []).map((child) => smallestText(child, k, size)));
}
