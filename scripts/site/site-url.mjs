// The site's public address, from the SITE_URL setting: the one place that reads it. Used by
// next.config.ts (which passes the result to the app), the card renderer, the budget checks
// and the deploy and package scripts. Plain JavaScript so that every one of them can import it.
//
// SITE_URL is an absolute http(s) URL and may end in a path: `https://example.edu/courses/tm`
// serves the site from that folder. No setting means http://localhost:3000, the README's quick
// start; a deployment build (build:deploy, or a build on Vercel, Netlify or Cloudflare Pages)
// refuses to fall back to it.

const LOCAL_SITE_URL = 'http://localhost:3000';

export const MISSING =
  'SITE_URL is not set: set it to the address the site will be served from, e.g. SITE_URL=https://example.org/courses/thin-middle';

/** True where a host's own build runs the build: those builds are deployments. */
function isHostBuild(env = process.env) {
  return Boolean(env.VERCEL || env.NETLIFY || env.CF_PAGES);
}

/**
 * Checks a SITE_URL value and splits it. Returns { url, origin, basePath } with no trailing
 * slash on url or basePath ('' at the root), or { error } with one line saying what is wrong.
 */
export function parseSiteUrl(value) {
  const text = String(value).trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    return {
      error: `SITE_URL="${text}" is not an absolute URL: write it like https://example.org/courses/thin-middle`,
    };
  }
  // The path as written: URL() would quietly resolve '..' and percent-encode spaces.
  const rawPath = text.replace(/^[a-z][\w+.-]*:\/\/[^/?#]*/i, '');
  const problem =
    url.protocol !== 'http:' && url.protocol !== 'https:'
      ? 'must start with https:// (or http://)'
      : url.username || url.password
        ? 'must not contain a user name or password'
        : url.search || url.hash || text.includes('?') || text.includes('#')
          ? 'must not have a ?query or #fragment'
          : !/^(\/[\w.~-]+)*\/?$/.test(rawPath) || /\/\.\.?(\/|$)/.test(rawPath)
            ? 'has a path with empty, dot or unusual segments (use letters, digits, - . _ ~)'
            : '';
  if (problem) return { error: `SITE_URL="${text}" ${problem}: write it like https://example.org/courses/thin-middle` };
  const basePath = url.pathname.replace(/\/+$/, '');
  return { url: `${url.origin}${basePath}`, origin: url.origin, basePath };
}

/**
 * The address to build for. `required`: fail without a setting (a deployment build). Returns
 * the parsed address or { error }.
 */
export function resolveSiteUrl(env = process.env, { required = false } = {}) {
  const value = env.SITE_URL?.trim();
  if (value) return parseSiteUrl(value);
  if (env.VERCEL && env.VERCEL_PROJECT_PRODUCTION_URL)
    return parseSiteUrl(`https://${env.VERCEL_PROJECT_PRODUCTION_URL}`);
  if (env.NETLIFY && env.URL) return parseSiteUrl(env.URL);
  if (required || isHostBuild(env)) return { error: MISSING };
  return parseSiteUrl(LOCAL_SITE_URL);
}

/** resolveSiteUrl, or one line on stderr and exit code 1. */
export function siteUrlOrExit(env = process.env, options = {}) {
  const site = resolveSiteUrl(env, options);
  if (site.error) {
    console.error(site.error);
    process.exit(1);
  }
  return site;
}
