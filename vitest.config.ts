import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // A guard against hangs, not a speed target: on a busy two-core CI machine, drawing every
    // scene or reading every chapter can pass the 5 s default.
    testTimeout: 30_000,
  },
});
