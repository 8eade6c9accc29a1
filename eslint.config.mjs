import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

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
    // The pure layer stays free of React, Next and the DOM: it is where the unit tests point.
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/*.client.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'lib/ is pure: no React.' },
            { name: 'react-dom', message: 'lib/ is pure: no React.' },
            { name: 'd3', message: 'Import the d3 submodule you need (d3-scale, d3-shape, ...).' },
          ],
          patterns: [
            {
              group: ['next', 'next/*', 'motion', 'motion/*', '@/components/*'],
              message: 'lib/ is pure: no Next, motion or components.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'd3', message: 'Import the d3 submodule you need.' }] }],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use a seeded generator: renders must be deterministic.' },
      ],
    },
  },
]);
