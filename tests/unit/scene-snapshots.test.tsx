import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DiagramSvg } from '@/components/diagram/diagram-svg';
import { allScenesIn } from '@/content/scenes/in-lang';
import { DEFAULT_LANG, LANGS, type Lang } from '@/lib/i18n/lang';
import { DIAGRAM_LIGHT } from '@/lib/design/diagram-colors';
import { resolveColors } from '@/lib/scene/palette';
import { NARROW_VIEWBOX, VIEWBOX } from '@/lib/scene/types';

/** Line breaks before elements make snapshot diffs readable (never inside <text>: that adds spaces). */
const pretty = (svg: string) =>
  `${svg.replace(/<(?=g|\/g|rect|path|circle|line|text|title|desc|svg|\/svg)/g, '\n<').trimStart()}\n`;

/** Replaces `from` in `svg`, failing if it is not there (the renderer's markup changed). */
function swap(svg: string, from: string, to: string): string {
  expect(svg, `a snapshot expects ${from}`).toContain(from);
  return svg.replace(from, to);
}

const GAP = 24;

/**
 * On the page both drawings fill the figure and CSS shows one. In the snapshot file they sit
 * side by side, the phone's right of the wide one, in an SVG that names its namespace, so the
 * file opens in a browser or an image viewer as a picture of both. Its colours are written in from
 * the light palette (the page names them, for the stylesheet to choose a scheme), so that any
 * viewer draws them.
 */
function asPicture(svg: string): string {
  const width = VIEWBOX.width + GAP + NARROW_VIEWBOX.width;
  const place = (markup: string, name: string, box: { width: number; height: number }, x: number) => {
    const head = `<svg class="diagram-${name}" viewBox="0 0 ${box.width} ${box.height}"`;
    return swap(
      markup,
      `${head} width="100%" height="100%"`,
      `${head} x="${x}" width="${box.width}" height="${box.height}"`,
    );
  };
  const outer = swap(
    svg,
    '<svg class="diagram-dual"',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${VIEWBOX.height}" class="diagram-dual"`,
  );
  return place(place(outer, 'wide', VIEWBOX, 0), 'narrow', NARROW_VIEWBOX, VIEWBOX.width + GAP);
}

/** English snapshots sit in snapshots/, as they always have; another language's in a folder of its own. */
const folder = (lang: Lang) => (lang === DEFAULT_LANG ? 'snapshots' : `snapshots/${lang}`);

describe.each(LANGS)('every scene renders in %s, wide and for a phone, to the SVG in its snapshot', (lang) => {
  for (const scene of allScenesIn(lang)) {
    it(`${scene.id} renders to ${folder(lang)}/${scene.id}.svg`, async () => {
      const svg = renderToStaticMarkup(
        <DiagramSvg
          frame={scene}
          narrow={scene.narrow}
          title={scene.title}
          description={scene.description}
          idPrefix={scene.id}
        />,
      );
      await expect(asPicture(pretty(resolveColors(svg, DIAGRAM_LIGHT)))).toMatchFileSnapshot(
        `./${folder(lang)}/${scene.id}.svg`,
      );
    });
  }
});
