import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The messages of `no-restricted-imports` for one import line, as if it were in `file`. */
async function restricted(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import x from '${source}';\nexport default x;\n`, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the linter keeps the pipeline running one way', () => {
  it('lib/ may not import content/, components/ or app/, by the alias or a relative path', async () => {
    for (const [file, source] of [
      ['lib/scene/registry.ts', '@/content/scenes'],
      ['lib/scene/registry.ts', '../../content/scenes'],
      ['lib/site.ts', '../content'],
      ['lib/embed/query.ts', '@/components/diagram/diagram-svg'],
      ['lib/manifest.ts', '../components/site/chapter-list'],
      ['lib/content/meta.ts', '@/app/_shared/bare-chapter-route'],
      ['lib/content/meta.ts', '../../app/layout'],
    ]) {
      expect(await restricted(file!, source!), `${source} in ${file}`).toEqual([
        expect.stringContaining('lib/ must not import'),
      ]);
    }
  });

  it('lib/ may import itself, including its own content/ folder, and pure packages', async () => {
    expect(await restricted('lib/scene/registry.ts', '../content/errors')).toEqual([]);
    expect(await restricted('lib/scene/registry.ts', '@/lib/content/errors')).toEqual([]);
    expect(await restricted('lib/platform.ts', './scene/types')).toEqual([]);
    expect(await restricted('lib/scene/edges.ts', 'd3-shape')).toEqual([]);
  });

  it('lib/ stays free of React and Next, and no folder imports the whole of d3', async () => {
    expect(await restricted('lib/scene/layout.ts', 'react')).toEqual([
      expect.stringContaining('lib/ is pure: no React.'),
    ]);
    expect(await restricted('lib/scene/layout.ts', 'next/link')).toHaveLength(1);
    expect(await restricted('lib/scene/layout.ts', 'd3')).toHaveLength(1);
    expect(await restricted('components/diagram/diagram-key.tsx', 'd3')).toHaveLength(1);
  });

  it('components/ may not import app/, and may import lib/ and content/', async () => {
    expect(await restricted('components/site/site-header.tsx', '@/app/_shared/bare-chapter-route')).toHaveLength(1);
    expect(await restricted('components/site/site-header.tsx', '../../app/layout')).toHaveLength(1);
    expect(await restricted('components/site/site-header.tsx', '@/lib/site')).toEqual([]);
    expect(await restricted('components/site/home-hero.tsx', '@/content/scenes')).toEqual([]);
  });
});
