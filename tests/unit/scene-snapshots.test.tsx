import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DiagramSvg } from '@/components/diagram/diagram-svg';
import { allScenes } from '@/content/scenes';

/** Line breaks before elements make snapshot diffs readable (never inside <text>: that adds spaces). */
const pretty = (svg: string) =>
  `${svg.replace(/<(?=g|\/g|rect|path|circle|line|text|title|desc|svg|\/svg)/g, '\n<').trimStart()}\n`;

describe('every scene renders, wide and for a phone, to the SVG in its snapshot', () => {
  for (const scene of allScenes()) {
    it(`${scene.id} renders to snapshots/${scene.id}.svg`, async () => {
      const svg = renderToStaticMarkup(
        <DiagramSvg
          frame={scene}
          narrow={scene.narrow}
          title={scene.title}
          description={scene.description}
          idPrefix={scene.id}
        />,
      );
      await expect(pretty(svg)).toMatchFileSnapshot(`./snapshots/${scene.id}.svg`);
    });
  }
});
