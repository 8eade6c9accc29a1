import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inFontRanges, LEFT_TO_SYSTEM, unicodesArgument } from '@/scripts/fonts/charset.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every file whose text reaches a page: the prose, the scenes' words, the components and routes. */
function textFiles(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(mdx|tsx?)$/.test(file))
    .map((file) => path.join(repoRoot, dir, file));
}

describe('the subset fonts', () => {
  it('carry every character the prose and the interface use', () => {
    const missing = new Map<string, string>();
    for (const file of ['content', 'components', 'app'].flatMap(textFiles)) {
      for (const char of readFileSync(file, 'utf8')) {
        if (!LEFT_TO_SYSTEM.test(char) && !inFontRanges(char)) missing.set(char, path.relative(repoRoot, file));
      }
    }
    expect(Object.fromEntries(missing)).toEqual({});
  });

  it('leave out what the text does not use', () => {
    expect(inFontRanges('a')).toBe(true);
    expect(inFontRanges('’')).toBe(true);
    expect(inFontRanges('中')).toBe(false);
    expect(unicodesArgument()).toMatch(/^U\+20-7E,U\+A0-FF,/);
  });
});
