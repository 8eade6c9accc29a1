// Makes the site's font files in app/fonts/ from the OFL-licensed variable fonts that the
// @fontsource-variable packages ship: the weight axis cut to the weights the CSS uses (400–700
// for the romans, 400 for the italic) and the characters cut to scripts/fonts/charset.mjs.
// Run by hand when the fonts or the character set change: `node scripts/fonts/subset-fonts.mjs`.
// Needs Debian's `fonttools` package (pyftsubset, fonttools varLib.instancer); the outputs are
// committed (app/fonts/README.md), so a build does not.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unicodesArgument } from './charset.mjs';

const FONTS = [
  [
    '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
    'source-serif-4-roman.woff2',
    'wght=400:700',
  ],
  [
    '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
    'source-serif-4-italic.woff2',
    'wght=400',
  ],
  ['@fontsource-variable/inter/files/inter-latin-wght-normal.woff2', 'inter-roman.woff2', 'wght=400:700'],
];
const FEATURES = 'kern,liga,calt,ccmp,locl,mark,mkmk,case,tnum,lnum';

const work = mkdtempSync(join(tmpdir(), 'fonts-'));
try {
  for (const [from, to, axis] of FONTS) {
    const cut = join(work, to.replace('.woff2', '.ttf'));
    execFileSync('fonttools', ['varLib.instancer', join('node_modules', from), axis, '-q', '-o', cut]);
    const out = join('app/fonts', to);
    execFileSync('pyftsubset', [
      cut,
      `--unicodes=${unicodesArgument()}`,
      `--layout-features=${FEATURES}`,
      '--flavor=woff2',
      '--no-hinting',
      '--desubroutinize',
      `--output-file=${out}`,
    ]);
    console.log(`${out}: ${statSync(out).size} bytes`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
