// The last step of `npm run build`: puts the SCORM 1.2 packages that the build's first step made
// (dist/thin-middle-scorm12.zip and dist/thin-middle-scorm12-zh.zip, each described in a .json
// beside it) into the exported site under downloads/, where each edition's instructors' page
// offers its own.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { LANGS } from '@/lib/i18n/lang';
import { packageFiles, readPackageInfo } from '@/lib/scorm/package-info';

/** out/, or the folder a second build was written to (SITE_OUT_DIR, as next.config.ts reads it). */
const OUT = join(process.cwd(), process.env.SITE_OUT_DIR || 'out');
if (!existsSync(join(OUT, 'index.html'))) {
  console.error(`${relative(process.cwd(), OUT)}/index.html not found: run "npm run build" first.`);
  process.exit(1);
}
for (const lang of LANGS) {
  const { zip } = packageFiles(lang);
  const info = readPackageInfo(process.cwd(), lang);
  if (!info) {
    console.error(`${zip} is missing or differs from its description: run "npm run package:scorm" first.`);
    process.exit(1);
  }
  const target = join(OUT, info.file);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(zip, target);
  console.log(
    `SCORM 1.2 package (${lang}) offered at ${relative(process.cwd(), target)} (${(info.bytes / 1024).toFixed(0)} KB)`,
  );
}
