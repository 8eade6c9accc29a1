import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, headerValues, parseHeadersFile } from '../e2e/host-headers';

const read = (file: string) => readFileSync(path.join(process.cwd(), file), 'utf8');
const rules = parseHeadersFile(read('public/_headers'));
const vercel = JSON.parse(read('vercel.json')) as {
  headers: { source: string; headers: { key: string; value: string }[] }[];
};
// Vercel matches `source` as Next.js matches headers() sources: with this path-to-regexp.
const { pathToRegexp } = createRequire(import.meta.url)('next/dist/compiled/path-to-regexp') as {
  pathToRegexp: (source: string) => RegExp;
};

const ENGLISH_PAGES = [
  '/',
  '/chapters/the-teardown/',
  '/chapters/the-teardown/platform-full/',
  '/sources/',
  '/teach/',
  '/present/the-teardown/',
  '/present/the-teardown/presenter/',
  '/embed/the-teardown/',
];
/** Every kind of page, in both languages: the Chinese edition is the English one under /zh/. */
const PAGES = [...ENGLISH_PAGES, ...ENGLISH_PAGES.map((page) => `/zh${page}`)];
const EMBED = /^\/(zh\/)?embed\//;
const SECURITY = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy'];

function vercelValues(pathname: string): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const rule of vercel.headers.filter((r) => pathToRegexp(r.source).test(pathname))) {
    for (const { key, value } of rule.headers) (values[key.toLowerCase()] ??= []).push(value);
  }
  return values;
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe('security headers for static hosts', () => {
  it('public/_headers sets each security header exactly once on every kind of page', () => {
    for (const page of PAGES) {
      const values = headerValues(rules, page);
      for (const name of SECURITY) expect(values[name], `${page} ${name}`).toHaveLength(1);
    }
  });

  it('vercel.json sends the same headers as public/_headers, each from one rule', () => {
    for (const page of PAGES) {
      const values = vercelValues(page);
      for (const name of SECURITY) expect(values[name], `${page} ${name}`).toHaveLength(1);
      const flat = Object.fromEntries(Object.entries(values).map(([name, v]) => [name, v[0]]));
      expect(flat, page).toEqual(headersFor(rules, page));
    }
  });

  it('only embeds, in either language, may be framed by other sites', () => {
    for (const page of PAGES) {
      const policy = directives(headersFor(rules, page)['content-security-policy']!);
      expect(policy.get('frame-ancestors'), page).toEqual(EMBED.test(page) ? ['*'] : ["'self'"]);
    }
  });

  it('the policy loads nothing from any other host and no plugins', () => {
    for (const page of PAGES) {
      const policy = directives(headersFor(rules, page)['content-security-policy']!);
      expect(policy.get('default-src'), page).toEqual(["'self'"]);
      expect(policy.get('object-src'), page).toEqual(["'none'"]);
      expect(policy.get('base-uri'), page).toEqual(["'self'"]);
      for (const [name, sources] of policy) {
        if (name === 'frame-ancestors') continue;
        expect(
          sources.filter((s) => s === '*' || /^(https?:|data:|blob:)/.test(s)),
          `${page} ${name}`,
        ).toEqual([]);
      }
    }
  });

  it('Permissions-Policy turns off the devices and sensors the site never uses and keeps fullscreen', () => {
    const features = new Map(
      headersFor(rules, '/')
        ['permissions-policy']!.split(',')
        .map((entry) => entry.trim().split('=') as [string, string]),
    );
    for (const denied of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'display-capture']) {
      expect(features.get(denied), denied).toBe('()');
    }
    expect(features.get('fullscreen')).toBe('(self)');
  });
});
