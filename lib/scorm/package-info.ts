import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LANG, isLang, type Lang } from '@/lib/i18n/lang';

/**
 * A SCORM 1.2 package (one per edition) as the built site offers it for download. `npm run build` builds the
 * package first (scripts/package/scorm.ts) and writes this description beside it, so that the
 * site's own build can show it; the zip is copied into the site after the export.
 */
export interface PackageInfo {
  /** The language of its chapters: one package per edition. */
  lang: Lang;
  /** The zip's path in the built site, from its root (no leading '/'): put the base path before it. */
  file: string;
  /** The zip's size in bytes. */
  bytes: number;
  /** The zip's SHA-256, in hex: the tests compare the download with it. */
  sha256: string;
  scormVersion: '1.2';
  /**
   * The percentage of a chapter's self-check to get right for "passed": the manifest's
   * `adlcp:masteryscore` on every chapter with questions, and the chapters' own fallback.
   */
  masteryScore: number;
  /** Activities (SCOs) in the package: one per chapter. */
  chapters: number;
  /** Self-check questions in all chapters together. */
  questions: number;
  /**
   * What each chapter tells the LMS: `score` (`cmi.core.score.raw`, 0–100, once every question
   * has an answer), `passed/failed` (against the mastery score), `completed` (a chapter without
   * questions, at its last step) and `resume` (the step and the answers, for the next visit).
   */
  reports: string[];
  /** The public site each chapter's "Read the full chapter" opens, or null for none. */
  linksTo: string | null;
}

/**
 * Where the package of `lang`'s edition and its description are written, from the project's
 * root (`zip`, `info`), and where the built site serves the zip, from its root (`download`):
 * thin-middle-scorm12.zip for the English edition, thin-middle-scorm12-zh.zip for the Chinese.
 */
export function packageFiles(lang: Lang = DEFAULT_LANG) {
  const name = `thin-middle-scorm12${lang === DEFAULT_LANG ? '' : `-${lang}`}`;
  return {
    zip: path.join('dist', `${name}.zip`),
    info: path.join('dist', `${name}.json`),
    download: `downloads/${name}.zip`,
  };
}

/** The English package's files (see `packageFiles`). */
export const PACKAGE_ZIP = packageFiles().zip;
export const PACKAGE_INFO = packageFiles().info;

const isInfo = (value: unknown): value is PackageInfo => {
  const info = value as Partial<PackageInfo> | null;
  return (
    typeof info === 'object' &&
    info !== null &&
    typeof info.lang === 'string' &&
    isLang(info.lang) &&
    typeof info.file === 'string' &&
    Number.isInteger(info.bytes) &&
    typeof info.sha256 === 'string' &&
    info.scormVersion === '1.2' &&
    typeof info.masteryScore === 'number' &&
    Number.isInteger(info.chapters) &&
    Number.isInteger(info.questions) &&
    Array.isArray(info.reports) &&
    (info.linksTo === null || typeof info.linksTo === 'string')
  );
};

/**
 * The package this build offers, read at build time: null when there is none (`next dev`, or a
 * build that skipped it) or when its description no longer matches the zip beside it.
 */
export function readPackageInfo(root = process.cwd(), lang: Lang = DEFAULT_LANG): PackageInfo | null {
  const files = packageFiles(lang);
  const file = path.join(root, files.info);
  const zip = path.join(root, files.zip);
  if (!existsSync(file) || !existsSync(zip)) return null;
  try {
    const info: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return isInfo(info) && info.lang === lang && statSync(zip).size === info.bytes ? info : null;
  } catch {
    return null;
  }
}
