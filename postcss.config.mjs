import { fileURLToPath } from 'node:url';

/**
 * Tailwind, then a local plugin that keeps Preflight's reset off the diagram's SVG elements.
 * Plugins are named as strings (Next loads them itself); the local one by absolute path.
 */
const config = {
  plugins: {
    '@tailwindcss/postcss': {},
    [fileURLToPath(new URL('./lib/css/postcss-preflight-outside-svg.mjs', import.meta.url))]: {},
  },
};

export default config;
