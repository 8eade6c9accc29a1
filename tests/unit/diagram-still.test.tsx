// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DiagramSvg } from '@/components/diagram/diagram-svg';
import { allScenes } from '@/content/scenes';
import type { Scene } from '@/lib/scene/types';

/** A drawing as text: tags, attributes (sorted) and text, so two markups of one picture compare. */
function picture(markup: string): string {
  const host = document.createElement('div');
  host.innerHTML = markup;
  const describe = (el: Element): string => {
    const attrs = [...el.attributes].map((a) => `${a.name}=${a.value}`).sort();
    const inner = el.childElementCount ? [...el.children].map(describe).join('') : (el.textContent ?? '');
    return `<${el.tagName} ${attrs.join(' ')}>${inner}</${el.tagName}>`;
  };
  return describe(host.firstElementChild!);
}

const draw = (scene: Scene, still: boolean) =>
  renderToStaticMarkup(
    <DiagramSvg
      frame={scene}
      narrow={scene.narrow}
      title={scene.title}
      description={scene.description}
      idPrefix="x"
      still={still}
    />,
  );

describe('a still drawing', () => {
  it.each(allScenes().map((scene) => [scene.id, scene] as const))(
    'of %s is the picture React draws, element for element',
    (_, scene) => {
      const still = draw(scene, true);
      expect(still).toContain('<rect');
      expect(picture(still)).toBe(picture(draw(scene, false)));
    },
  );

  it('escapes the words it puts into markup', () => {
    const [scene] = allScenes();
    const tricky = { ...scene!, nodes: scene!.nodes.map((n, i) => (i ? n : { ...n, label: 'A & B <C> "D"' })) };
    const markup = draw({ ...tricky, narrow: tricky }, true);
    expect(markup).toContain('A &amp; B &lt;C&gt; "D"');
    expect(picture(markup)).toBe(picture(draw({ ...tricky, narrow: tricky }, false)));
  });
});
