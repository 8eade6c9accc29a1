import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MASTERY_SCORE, lmsMasteryScore, masteryOption } from '@/lib/scorm/mastery';
import { PACKAGE_INFO, PACKAGE_ZIP, readPackageInfo, type PackageInfo } from '@/lib/scorm/package-info';
import { scormManifest } from '@/scripts/package/scorm-manifest';

const XSD = path.join(process.cwd(), 'tests/scorm/xsd/scorm12.xsd');
const scratch = mkdtempSync(path.join(tmpdir(), 'thin-middle-scorm-unit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const manifest = (masteryScore = 75) =>
  scormManifest({
    identifier: 'thin-middle',
    version: '1.0.0',
    title: 'The Thinning Middle',
    description: 'Platforms & their <limits>',
    chapters: [
      { slug: 'with-check', title: 'Checked', launch: 'embed/with-check/index.html', questions: 3 },
      { slug: 'no-check', title: 'Unchecked', launch: 'embed/no-check/index.html', questions: 0 },
    ],
    assets: ['_next/static/a.js', 'icon.svg'],
    masteryScore,
  });

function validates(xml: string): boolean {
  const file = path.join(mkdtempSync(path.join(scratch, 'manifest-')), 'imsmanifest.xml');
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  expect(run.error, 'xmllint (Debian package libxml2-utils) must be installed').toBeUndefined();
  return run.status === 0;
}

describe('the package manifest', () => {
  it('declares the mastery score on each item whose chapter has questions, after its title, and on no other', () => {
    const xml = manifest(80);
    expect(xml).toContain(
      '<item identifier="item-with-check" identifierref="sco-with-check" isvisible="true">\n' +
        '        <title>Checked</title>\n' +
        '        <adlcp:masteryscore>80</adlcp:masteryscore>\n' +
        '      </item>',
    );
    expect(xml).toContain('<title>Unchecked</title>\n      </item>');
    expect(xml.match(/masteryscore>/g)).toHaveLength(2);
  });

  it('validates against the SCORM 1.2 schemas with the mastery score, and not with it before the title', () => {
    expect(validates(manifest(0))).toBe(true);
    const before = manifest().replace(
      /(<title>Checked<\/title>\n)(\s*<adlcp:masteryscore>75<\/adlcp:masteryscore>\n)/,
      '$2$1',
    );
    expect(before).not.toBe(manifest());
    expect(validates(before)).toBe(false);
  });

  it('names its language, and a Chinese one with Chinese titles validates too', () => {
    expect(manifest()).toContain('<imsmd:language>en</imsmd:language>');
    const chinese = scormManifest({
      identifier: 'thin-middle-zh',
      version: '1.0.0',
      title: '变薄的中台',
      description: '中台的兴起与变薄',
      chapters: [{ slug: 'the-teardown', title: '拆中台', launch: 'zh/embed/the-teardown/index.html', questions: 2 }],
      assets: ['_next/static/a.js'],
      masteryScore: 75,
      language: 'zh-Hans',
    });
    expect(chinese).toContain('<imsmd:language>zh-Hans</imsmd:language>');
    expect(chinese).toContain('<imsmd:langstring xml:lang="zh-Hans">变薄的中台</imsmd:langstring>');
    expect(validates(chinese)).toBe(true);
  });
});

describe('the mastery score', () => {
  it('is a whole number of percent from 0 to 100 when the package is built, 75 when not set', () => {
    expect(masteryOption(undefined, '--mastery')).toEqual({ score: DEFAULT_MASTERY_SCORE });
    expect(masteryOption(' ', 'SCORM_MASTERY')).toEqual({ score: 75 });
    for (const [text, score] of [
      ['0', 0],
      ['80', 80],
      ['100', 100],
      ['075', 75],
    ] as const)
      expect(masteryOption(text, '--mastery')).toEqual({ score });
  });

  it('refuses anything else in one line that says what to set', () => {
    for (const text of ['101', '-1', '7.5', '80%', 'high', '1e2']) {
      const result = masteryOption(text, 'SCORM_MASTERY');
      expect(result, text).toEqual({ error: expect.stringContaining(`SCORM_MASTERY="${text}"`) });
      expect((result as { error: string }).error).toMatch(/whole number of percent from 0 to 100.*SCORM_MASTERY=80$/);
      expect((result as { error: string }).error).not.toContain('\n');
    }
  });

  it('stops `npm run package:scorm` before it builds anything when a setting is bad', () => {
    const tsx = path.join(process.cwd(), 'node_modules/.bin/tsx');
    for (const [args, env, says] of [
      [['--mastery', '120'], {}, /--mastery="120"/],
      [[], { SCORM_MASTERY: 'most' }, /SCORM_MASTERY="most"/],
      [['--masteryscore', '80'], {}, /--masteryscore.*--mastery/],
      // A host's build without the site's address: the site's build would stop, so this does first.
      [[], { CF_PAGES: '1', SITE_URL: '' }, /SITE_URL is not set/],
    ] as const) {
      const run = spawnSync(tsx, ['scripts/package/scorm.ts', ...args], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
        timeout: 20_000,
      });
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(says);
    }
  });

  it('is the LMS’s when it gives a number from 0 to 100, else the package’s', () => {
    expect(lmsMasteryScore('80', 75)).toBe(80);
    expect(lmsMasteryScore(' 62.5 ', 75)).toBe(62.5);
    for (const text of ['', 'false', '-5', '120', 'abc']) expect(lmsMasteryScore(text, 75), text).toBe(75);
  });
});

describe('readPackageInfo', () => {
  const info: PackageInfo = {
    lang: 'en',
    file: 'downloads/thin-middle-scorm12.zip',
    bytes: 4,
    sha256: '0'.repeat(64),
    scormVersion: '1.2',
    masteryScore: 75,
    chapters: 2,
    questions: 3,
    reports: ['score', 'passed/failed', 'completed', 'resume'],
    linksTo: null,
  };
  const root = (zip: string | null, json: unknown) => {
    const dir = mkdtempSync(path.join(scratch, 'root-'));
    mkdirSync(path.join(dir, 'dist'));
    if (zip !== null) writeFileSync(path.join(dir, PACKAGE_ZIP), zip);
    if (json !== undefined) writeFileSync(path.join(dir, PACKAGE_INFO), JSON.stringify(json));
    return dir;
  };

  it('reads the description of the package beside it', () => {
    expect(readPackageInfo(root('PK..', info))).toEqual(info);
  });

  it('gives null with no package, a description that does not match the zip, or one it cannot read', () => {
    expect(readPackageInfo(root(null, undefined))).toBeNull();
    expect(readPackageInfo(root(null, info))).toBeNull();
    expect(readPackageInfo(root('PK...', info))).toBeNull();
    expect(readPackageInfo(root('PK..', { ...info, scormVersion: '2004' }))).toBeNull();
    // The English description asked for as the Chinese package's, or a description of another language.
    expect(readPackageInfo(root('PK..', info), 'zh')).toBeNull();
    expect(readPackageInfo(root('PK..', { ...info, lang: 'zh' }))).toBeNull();
    const broken = root('PK..', undefined);
    writeFileSync(path.join(broken, PACKAGE_INFO), '{');
    expect(readPackageInfo(broken)).toBeNull();
  });
});
