import path from 'node:path';
import createMDX from '@next/mdx';
import type { NextConfig } from 'next';
import { siteUrlOrExit } from './scripts/site/site-url.mjs';

/**
 * The site's address (SITE_URL, see README "Deploy"): checked here, in the build's first
 * second, and handed to the app as SITE_URL and SITE_BASE_PATH. A path in it becomes the
 * basePath, so links, assets and the router all live under that folder.
 */
const site = siteUrlOrExit();

/** Where the export goes: out/ unless a script builds a second site beside it (SITE_OUT_DIR). */
const outDir = process.env.SITE_OUT_DIR || 'out';

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  pageExtensions: ['ts', 'tsx', 'mdx'],
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  ...(site.basePath ? { basePath: site.basePath } : {}),
  ...(outDir !== 'out' ? { distDir: outDir } : {}),
  // A second build (another address, the LMS package) shares .next/ with the main one: it
  // keeps out of Turbopack's build cache, which otherwise can hand the next build stale CSS
  // module paths (it then logs "Can't resolve '../globals.css'").
  experimental: { turbopackFileSystemCacheForBuild: outDir === 'out', globalNotFound: true },
  env: {
    SITE_URL: site.url,
    SITE_BASE_PATH: site.basePath,
    // Set only by `npm run package:scorm` (scripts/package/scorm.mjs): the LMS package's build.
    SITE_PACKAGE: process.env.SITE_PACKAGE ?? '',
    SITE_PUBLIC_URL: process.env.SITE_PUBLIC_URL ?? '',
  },
};

/**
 * MDX plugins are named by path: Turbopack hands them to its loader as strings, not functions.
 * An absolute path, because the loader resolves relative names from its own folder.
 */
export default createMDX({
  extension: /\.mdx$/,
  options: {
    remarkPlugins: [
      path.resolve('lib/mdx/remark-gloss-punctuation.mjs'),
      path.resolve('lib/mdx/remark-part-scene.mjs'),
    ],
  },
})(nextConfig);
