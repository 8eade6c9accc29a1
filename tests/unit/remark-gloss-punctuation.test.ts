import { describe, expect, it } from 'vitest';
import remarkGlossPunctuation from '@/lib/mdx/remark-gloss-punctuation.mjs';
import { parseMdx, walk, type MdxNode } from '@/lib/content/mdx-tree';

/** Runs the plugin on a paragraph of MDX and returns each gloss's `after` and the text after it. */
function glossesIn(source: string) {
  const tree = parseMdx(source);
  remarkGlossPunctuation()(tree as never);
  const out: { after: unknown; next: string }[] = [];
  for (const [node] of walk(tree)) {
    const children = node.children ?? [];
    children.forEach((child: MdxNode, index) => {
      if (child.name !== 'Gloss') return;
      const after = child.attributes?.find((a) => a.name === 'after')?.value;
      out.push({ after, next: children[index + 1]?.value ?? '' });
    });
  }
  return out;
}

describe('the punctuation after a gloss stays on its line', () => {
  it('moves a full stop straight after a gloss into the gloss', () => {
    expect(glossesIn('It is <Gloss note="n">Rhino</Gloss>. Instead of')).toEqual([{ after: '.', next: ' Instead of' }]);
  });

  it('moves a possessive with its punctuation, and a closing quote', () => {
    expect(glossesIn('<Gloss note="n">Zhang Yong</Gloss>’s reputation, “<Gloss note="n">x</Gloss>”, so')).toEqual([
      { after: '’s', next: ' reputation, “' },
      { after: '”,', next: ' so' },
    ]);
  });

  it('leaves a gloss followed by a space, or by a word, as it is', () => {
    expect(glossesIn('the <Gloss note="n">middle platform</Gloss> and <Gloss note="n">a</Gloss>b')).toEqual([
      { after: undefined, next: ' and ' },
      { after: undefined, next: 'b' },
    ]);
  });
});
