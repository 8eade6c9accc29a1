import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The few shapes of the mdast tree that the content checks read. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  data?: { estree?: unknown };
  position?: { start: { line: number } };
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** Parses MDX source into its syntax tree; a syntax error names the file and line. */
export function parseMdx(source: string): MdxNode {
  return parser.parse(source) as unknown as MdxNode;
}

/** Every node of the tree, depth first, with the names of the JSX elements around it. */
export function* walk(node: MdxNode, around: string[] = []): Generator<[MdxNode, string[]]> {
  yield [node, around];
  const inner = node.name ? [...around, node.name] : around;
  for (const child of node.children ?? []) yield* walk(child, inner);
}

/** The value of a plain string attribute, or undefined when absent or not a string. */
export function stringAttribute(node: MdxNode, name: string): string | undefined {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}
