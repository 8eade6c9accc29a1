/**
 * A remark plugin: the punctuation straight after a <Gloss> ("Manufacturing." or "Yong’s")
 * moves into the gloss as its `after` prop, so that the gloss draws it on the term's line. A
 * gloss's term is a button, an atomic inline box, and browsers break lines after one even
 * before a full stop. Plain JavaScript, named by path in next.config.ts: Turbopack passes MDX
 * plugins to its loader by name.
 */

/** Leading possessive and closing punctuation, never a word. */
const TRAILING = /^(?:[’']s)?[.,;:!?’”)\]]*/;

export default function remarkGlossPunctuation() {
  return (tree) => {
    visit(tree);
  };
}

function visit(node) {
  const children = node.children;
  if (!Array.isArray(children)) return;
  children.forEach((child, index) => {
    visit(child);
    if (child.type !== 'mdxJsxTextElement' || child.name !== 'Gloss') return;
    const next = children[index + 1];
    if (!next || next.type !== 'text') return;
    const after = TRAILING.exec(next.value)?.[0] ?? '';
    if (!after) return;
    child.attributes.push({ type: 'mdxJsxAttribute', name: 'after', value: after });
    next.value = next.value.slice(after.length);
  });
}
