import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MISSING, parseSiteUrl, resolveSiteUrl } from '../../scripts/site/site-url.mjs';

describe('the SITE_URL setting', () => {
  it('splits an address with a folder into origin and base path, without trailing slashes', () => {
    expect(parseSiteUrl('https://example.edu/courses/thin-middle/')).toEqual({
      url: 'https://example.edu/courses/thin-middle',
      origin: 'https://example.edu',
      basePath: '/courses/thin-middle',
    });
    expect(parseSiteUrl(' https://example.org ')).toEqual({
      url: 'https://example.org',
      origin: 'https://example.org',
      basePath: '',
    });
  });

  it('refuses what is not an http(s) address of a folder, in one line that shows the right form', () => {
    for (const bad of [
      'example.org',
      'ftp://example.org',
      'https://user:pw@example.org',
      'https://example.org/?x=1',
      'https://example.org/#top',
      'https://example.org/a//b',
      'https://example.org/a/../b',
      'https://example.org/a b',
    ]) {
      const result = parseSiteUrl(bad);
      expect('error' in result && result.error, bad).toMatch(/^SITE_URL=".*" .+: write it like https:\/\/\S+$/);
    }
  });

  it('is localhost:3000 with no setting, except in a deployment build or on a host’s own builder', () => {
    expect(resolveSiteUrl({})).toMatchObject({ url: 'http://localhost:3000', basePath: '' });
    expect(resolveSiteUrl({}, { required: true })).toEqual({ error: MISSING });
    expect(resolveSiteUrl({ CF_PAGES: '1' })).toEqual({ error: MISSING });
    expect(resolveSiteUrl({ VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'tm.vercel.app' })).toMatchObject({
      url: 'https://tm.vercel.app',
    });
    expect(resolveSiteUrl({ NETLIFY: 'true', URL: 'https://tm.netlify.app' })).toMatchObject({
      url: 'https://tm.netlify.app',
    });
    expect(resolveSiteUrl({ SITE_URL: 'https://a.org/x', VERCEL: '1' })).toMatchObject({ basePath: '/x' });
  });
});

/** Runs a command in the project with `env` in place of the SITE_URL-related variables. */
function run(args: string[], env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(SITE_|VERCEL|NETLIFY|CF_PAGES|URL$)/.test(name)),
  );
  const started = Date.now();
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...clean, ...env } as NodeJS.ProcessEnv,
    timeout: 60_000,
  });
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

describe('a build that cannot know its address', () => {
  it('build:deploy without SITE_URL stops at once with one line saying what to set', () => {
    const result = run([path.join('scripts/site/require-site-url.mjs')], {});
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([MISSING]);
  });

  it('next build with a malformed SITE_URL stops while reading its config, with that one line', () => {
    const next = path.join('node_modules/next/dist/bin/next');
    const result = run([next, 'build'], { SITE_URL: 'example.org/courses', SITE_OUT_DIR: '.hosts/never' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'SITE_URL="example.org/courses" is not an absolute URL: write it like https://example.org/courses/thin-middle',
    ]);
    expect(result.seconds).toBeLessThan(30);
  }, 60_000);
});
