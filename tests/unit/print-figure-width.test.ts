import { describe, expect, it } from 'vitest';
import { drawFrame } from '@/components/diagram/draw-frame';
import { smallestText } from '@/components/diagram/smallest-text';
import { svg } from '@/components/diagram/svg-tree';
import { allScenes } from '@/content/scenes';
import { getSceneIn } from '@/content/scenes/in-lang';
import { cssString, PRINT_MIN_TEXT_PT, printFigureWidth } from '@/lib/print/figure-width';
import { VIEWBOX } from '@/lib/scene/types';

describe('smallestText', () => {
  it('multiplies a text’s font size by the scales of the groups around it', () => {
    const tree = svg('g', {}, [
      svg('text', { fontSize: 16 }, 'Key'),
      svg('g', { transform: 'translate(10 20) scale(0.5)' }, [svg('text', { fontSize: 17 }, 'Product')]),
    ]);
    expect(smallestText(tree)).toBe(8.5);
  });

  it('takes a font size given on a group for the texts inside it, and skips empty texts', () => {
    const tree = svg('g', { fontSize: 12 }, [svg('text', {}, 'Notes'), svg('text', { fontSize: 4 }, ' ')]);
    expect(smallestText(tree)).toBe(12);
  });

  it('finds text in every scene’s drawing, in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const { id } of allScenes()) {
        expect(smallestText(drawFrame(getSceneIn(id, lang), 'wide')), `${lang} ${id}`).toBeLessThan(Infinity);
      }
    }
  });
});

describe('printFigureWidth', () => {
  it('is the width at which the smallest text prints at the minimum size', () => {
    const width = printFigureWidth(16, VIEWBOX.width);
    expect((16 * width) / VIEWBOX.width).toBeGreaterThanOrEqual(PRINT_MIN_TEXT_PT);
    expect((16 * (width - 1)) / VIEWBOX.width).toBeLessThan(PRINT_MIN_TEXT_PT);
  });

  it('doubles when the smallest text halves', () => {
    expect(printFigureWidth(8, 640, 8)).toBe(2 * printFigureWidth(16, 640, 8));
  });

  it('asks for no width when the drawing has no text', () => {
    expect(printFigureWidth(Infinity, 640)).toBe(0);
  });
});

describe('cssString', () => {
  it('quotes a title for a CSS content property, escaping what would end the string or the style', () => {
    expect(cssString('Big middle, small front')).toBe('"Big middle, small front"');
    expect(cssString('say "thin" \\ </style>')).toBe('"say \\22 thin\\22  \\5c  \\3c /style>"');
    expect(cssString('中台')).toBe('"中台"');
  });
});
