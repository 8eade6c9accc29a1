import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGRAM_DARK, DIAGRAM_LIGHT } from '@/lib/design/diagram-colors';
import { COLORS, COLORS_DARK, tokensCss, type ColorName } from '@/lib/design/tokens';
import { contrast } from '@/lib/scene/palette';

const read = (file: string) => readFileSync(path.join(process.cwd(), file), 'utf8');

const SCHEMES = [
  ['light', COLORS],
  ['dark', COLORS_DARK],
] as const;

describe('design tokens', () => {
  it('app/styles/tokens.css is what lib/design/tokens.ts generates (run scripts/design/write-tokens-css.ts)', () => {
    expect(read('app/styles/tokens.css')).toBe(tokensCss());
  });

  it('the diagram sits on the site’s paper, in both schemes', () => {
    expect(DIAGRAM_LIGHT.page).toBe(COLORS.paper);
    expect(DIAGRAM_DARK.page).toBe(COLORS_DARK.paper);
  });

  it('both schemes name the same colours', () => {
    expect(Object.keys(COLORS_DARK).sort()).toEqual(Object.keys(COLORS).sort());
  });

  for (const [scheme, colors] of SCHEMES) {
    it(`${scheme}: every text colour reads at 4.5:1 on the paper, on a surface, and on the soft accent where it is used`, () => {
      const texts: ColorName[] = ['ink', 'inkSoft', 'inkFaint', 'accent', 'accentDeep', 'new', 'warn'];
      for (const ground of ['paper', 'surface'] as const)
        for (const text of texts)
          expect(contrast(colors[text], colors[ground]), `${text} on ${ground}`).toBeGreaterThanOrEqual(4.5);
      // The takeaway and a hovered button sit on the soft accent.
      for (const text of ['ink', 'inkSoft', 'accent'] as const)
        expect(contrast(colors[text], colors.accentSoft), `${text} on accentSoft`).toBeGreaterThanOrEqual(4.5);
    });

    it(`${scheme}: a filled button’s text reads at 4.5:1 on the accent and on its hover`, () => {
      expect(contrast(colors.onAccent, colors.accent)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colors.onAccent, colors.accentDeep)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('no stylesheet of the site repeats a token’s colour or the breakpoint in its own words', () => {
    const sheets = [
      'app/globals.css',
      'components/lecture/lecture.css',
      ...['check', 'embed', 'home', 'present', 'print', 'prose', 'scrolly', 'teach'].map((n) => `app/styles/${n}.css`),
    ];
    const spelled = [...Object.values(COLORS), ...Object.values(COLORS_DARK)].filter((c) => c !== '#ffffff');
    for (const sheet of sheets) {
      const css = read(sheet).toLowerCase();
      for (const hex of spelled) expect(css, `${sheet} spells out ${hex}`).not.toContain(hex);
      expect(css, `${sheet} spells out the breakpoint`).not.toMatch(/\b76[78]px/);
    }
  });
});
