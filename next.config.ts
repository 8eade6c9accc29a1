import path from 'node:path';
import createMDX from '@next/mdx';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  pageExtensions: ['ts', 'tsx', 'mdx'],
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

/**
 * MDX plugins are named by path: Turbopack hands them to its loader as strings, not functions.
 * An absolute path, because the loader resolves relative names from its own folder.
 */
export default createMDX({
  extension: /\.mdx$/,
  options: { remarkPlugins: [path.resolve('lib/mdx/remark-gloss-punctuation.mjs')] },
})(nextConfig);
