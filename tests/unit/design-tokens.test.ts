import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLORS, tokensCss } from '@/lib/design/tokens';
import { PAGE } from '@/lib/scene/palette';

const read = (file: string) => readFileSync(path.join(process.cwd(), file), 'utf8');

describe('design tokens', () => {
  it('app/styles/tokens.css is what lib/design/tokens.ts generates (run scripts/design/write-tokens-css.ts)', () => {
    expect(read('app/styles/tokens.css')).toBe(tokensCss());
  });

  it('the diagram sits on the site’s paper', () => {
    expect(PAGE).toBe(COLORS.paper);
  });

  it('no stylesheet of the site repeats a token’s colour or the breakpoint in its own words', () => {
    const sheets = [
      'app/globals.css',
      ...['embed', 'home', 'present', 'print', 'prose', 'scrolly'].map((n) => `app/styles/${n}.css`),
    ];
    const tokens = Object.values(COLORS).filter((c) => c !== COLORS.white);
    for (const sheet of sheets) {
      const css = read(sheet).toLowerCase();
      for (const hex of tokens) expect(css, `${sheet} spells out ${hex}`).not.toContain(hex);
      expect(css, `${sheet} spells out the breakpoint`).not.toMatch(/\b76[78]px/);
    }
  });
});
