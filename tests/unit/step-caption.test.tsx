import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Step } from '@/components/prose/step';
import { getScene } from '@/content/scenes';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const caption = (markup: string) => markup.match(/<figcaption>([\s\S]*?)<\/figcaption>/)?.[1];

describe('a step’s printed and no-script figure', () => {
  const scene = getScene('hema-assembles');

  it('is captioned with the step’s point, and keeps the full description in the drawing’s <desc>', () => {
    const point = 'A supermarket chain was put together fast on shared services.';
    const markup = renderToStaticMarkup(
      <Step scene="hema-assembles" id="hema-assembles" point={point} chapter="combinatorial-innovation">
        <p>Prose.</p>
      </Step>,
    );
    expect(caption(markup)).toBe(escape(point));
    expect(markup).toContain(`${escape(scene.description)}</desc>`);
    expect(caption(markup)).not.toContain(escape(scene.description));
  });

  it('falls back to the scene’s title for a step without a point', () => {
    const markup = renderToStaticMarkup(
      <Step scene="hema-assembles">
        <p>Prose.</p>
      </Step>,
    );
    expect(caption(markup)).toBe(escape(scene.title));
  });
});
