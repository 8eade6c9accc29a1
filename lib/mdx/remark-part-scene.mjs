/**
 * A remark plugin: each <Part> learns the scene of the <Step> it is in, as its `scene` prop, so
 * that it can say which part of that picture it names. Authors write only the part's id
 * (`<Part id="payment">payment</Part>`); the content check (lib/content/parts.ts) has made sure
 * that the step's scene draws it. Plain JavaScript, named by path in next.config.ts: Turbopack
 * passes MDX plugins to its loader by name.
 */

export default function remarkPartScene() {
  return (tree) => {
    visit(tree, undefined);
  };
}

function visit(node, scene) {
  if (node.name === 'Step') scene = attribute(node, 'scene');
  if (node.name === 'Part' && scene && attribute(node, 'scene') === undefined)
    node.attributes.push({ type: 'mdxJsxAttribute', name: 'scene', value: scene });
  if (Array.isArray(node.children)) node.children.forEach((child) => visit(child, scene));
}

function attribute(node, name) {
  const found = (node.attributes ?? []).find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}
