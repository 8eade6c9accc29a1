import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const D3 = { name: 'd3', message: 'Import the d3 submodule you need (d3-scale, d3-shape, ...).' };

/**
 * `no-restricted-imports` for the files of one top-level folder: none of `banned` (other
 * top-level folders), whether through the `@/` alias or a relative path that climbs out to them,
 * plus the folder's other restrictions (`rest`). ESLint keeps one set of options per rule and
 * file (a later block replaces an earlier one), so each block carries all of them. A relative
 * path is read against the file's depth: from `lib/scene/x.ts`, `../content/` is lib's own
 * folder and `../../content/` the top-level one.
 */
function boundary(folder, banned, rest) {
  const names = banned.join('|');
  const message = `${folder}/ must not import ${banned.map((name) => `${name}/`).join(', ')}: the pipeline runs content → lib → components → app.`;
  return [1, 2, 3, 4].map((depth) => ({
    files: [`${folder}/${'*/'.repeat(depth - 1)}*.{ts,tsx,mts,mjs}`],
    ignores: folder === 'lib' ? ['lib/**/*.client.ts'] : [],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: rest.paths,
          patterns: [...(rest.patterns ?? []), { regex: `^(@/|(\\.\\./){${depth}})(${names})(/|$)`, message }],
        },
      ],
    },
  }));
}

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    'out/**',
    '.hosts/**',
    'dist/**',
    'build/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'bench-results/**',
  ]),
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [D3] }],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use a seeded generator: renders must be deterministic.' },
      ],
    },
  },
  // The pipeline runs one way: content → lib → components → app. lib/ is the pure layer (no
  // React, Next or DOM; it takes content as data) and components/ do not reach into the routes.
  ...boundary('components', ['app'], { paths: [D3] }),
  ...boundary('lib', ['content', 'components', 'app'], {
    paths: [
      D3,
      { name: 'react', message: 'lib/ is pure: no React.' },
      { name: 'react-dom', message: 'lib/ is pure: no React.' },
    ],
    patterns: [{ group: ['next', 'next/*', 'motion', 'motion/*'], message: 'lib/ is pure: no Next or motion.' }],
  }),
]);
