import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DiagramSvg } from '@/components/diagram/diagram-svg';
import { interpolateScene } from '@/lib/scene/interpolate';
import { getScene } from '@/content/scenes';

const hema = getScene('hema-assembles');
const draw = (idPrefix: string) =>
  renderToStaticMarkup(<DiagramSvg frame={hema} title="Hema" description={hema.description} idPrefix={idPrefix} />);

describe('DiagramSvg', () => {
  it('is an image named by its title and described by its desc', () => {
    const svg = draw('fig');
    expect(svg).toMatch(
      /^<svg viewBox="0 0 640 440" role="img" aria-labelledby="fig-diagram-title" aria-describedby="fig-diagram-desc"/,
    );
    expect(svg).toContain('<title id="fig-diagram-title">Hema</title>');
    expect(svg).toContain(`<desc id="fig-diagram-desc">${hema.description}</desc>`);
  });

  it('gives two figures on one page different ids', () => {
    const ids = (svg: string) => [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(draw('a')).filter((id) => ids(draw('b')).includes(id))).toEqual([]);
  });

  it('hides the drawing itself from assistive technology', () => {
    expect(draw('x')).toMatch(/<\/desc><g aria-hidden="true">/);
  });

  it('draws bands, then lines, then boxes, then annotations, keyed by id', () => {
    const svg = renderToStaticMarkup(
      <DiagramSvg frame={getScene('double-11')} title="t" description="d" idPrefix="p" />,
    );
    const order = [
      'data-band="front"',
      'data-edge="taobao-&gt;payment"',
      'data-node="taobao"',
      'data-annotation="double-11"',
    ];
    const positions = order.map((mark) => svg.indexOf(mark));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('draws an in-between frame with faded elements and rounded numbers', () => {
    const frame = interpolateScene(getScene('platform-full'), hema)(1 / 3);
    const svg = renderToStaticMarkup(<DiagramSvg frame={frame} title="t" description="d" idPrefix="m" />);
    // A third of the way in, in opacity's steps of 0.05.
    expect(svg).toMatch(/data-node="hema" opacity="0.35"/);
    expect(svg).not.toMatch(/\d\.\d{3,}/);
    expect(svg).not.toContain('NaN');
  });

  it('the drawing carries a key for the colours in use, and only its bracket for a grey scene', () => {
    const keyOf = (id: 'six-services' | 'platform-full') => {
      const s = getScene(id);
      const svg = renderToStaticMarkup(<DiagramSvg frame={s} title="t" description="d" idPrefix="k" />);
      return svg.slice(svg.indexOf('data-key'));
    };
    expect(keyOf('six-services')).toContain('>Reused<');
    expect(keyOf('six-services')).toContain('>Built anew<');
    expect(keyOf('platform-full').match(/<text[^>]*>[^<]*</g)).toEqual([
      '<text data-label="key" font-size="16" font-weight="400" fill="var(--dg-base-text)">Middle’s depth<',
    ]);
  });

  it('with a phone drawing, both drawings are in the markup under one accessible image', () => {
    const svg = renderToStaticMarkup(
      <DiagramSvg frame={hema} narrow={hema.narrow} title="Hema" description="d" idPrefix="dual" />,
    );
    expect(svg.match(/role="img"/g)).toHaveLength(1);
    expect(svg).toContain('class="diagram-wide" viewBox="0 0 640 440"');
    expect(svg).toContain('class="diagram-narrow" viewBox="0 0 400 360"');
  });
});
