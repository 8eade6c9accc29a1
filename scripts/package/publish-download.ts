// The last step of `npm run build`: puts the SCORM 1.2 package that the build's first step made
// (dist/thin-middle-scorm12.zip, described in dist/thin-middle-scorm12.json) into the exported
// site at downloads/thin-middle-scorm12.zip, where the instructors' page offers it.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { PACKAGE_ZIP, readPackageInfo } from '@/lib/scorm/package-info';

/** out/, or the folder a second build was written to (SITE_OUT_DIR, as next.config.ts reads it). */
const OUT = join(process.cwd(), process.env.SITE_OUT_DIR || 'out');
if (!existsSync(join(OUT, 'index.html'))) {
  console.error(`${relative(process.cwd(), OUT)}/index.html not found: run "npm run build" first.`);
  process.exit(1);
}
const info = readPackageInfo();
if (!info) {
  console.error(`${PACKAGE_ZIP} is missing or differs from its description: run "npm run package:scorm" first.`);
  process.exit(1);
}
const target = join(OUT, info.file);
mkdirSync(dirname(target), { recursive: true });
copyFileSync(PACKAGE_ZIP, target);
console.log(`SCORM 1.2 package offered at ${relative(process.cwd(), target)} (${(info.bytes / 1024).toFixed(0)} KB)`);
