// The first step of `npm run build`: every language's chapters are read and checked (English
// against the scenes, each translation against English: same files, steps and self-check), so a
// content mistake stops the build in its first seconds with one line naming the file.
import { loadEdition } from '@/content';
import { ContentError } from '@/lib/content/errors';
import { LANGS } from '@/lib/i18n/lang';

try {
  const counts = LANGS.map((lang) => `${loadEdition(lang).length} ${lang}`);
  console.log(`Chapters checked: ${counts.join(', ')}`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`Content error: ${error.message}`);
  process.exit(1);
}
