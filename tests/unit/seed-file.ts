import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The source article the prose is checked against; it lives outside the repository. */
const SEED = path.join('shared', 'seed', '000_b23c743c4e91463c.txt');
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The repository this one was cloned from, when that is a folder on this machine. */
function originFolder(): string | null {
  try {
    const url = execFileSync('git', ['-C', repoRoot, 'remote', 'get-url', 'origin'], { encoding: 'utf8' }).trim();
    return existsSync(url) ? path.resolve(url) : null;
  } catch {
    return null;
  }
}

/**
 * The seed article's path: under $SHARED_DIR if set, else in `shared/` beside the repository,
 * else beside the repository a fresh clone (CI's, in a temporary folder) was cloned from.
 * Throws, naming every place it looked, when none has it.
 */
export function seedFile(): string {
  const origin = originFolder();
  const candidates = [
    process.env.SHARED_DIR && path.join(process.env.SHARED_DIR, path.relative('shared', SEED)),
    path.resolve(repoRoot, '..', SEED),
    origin && path.resolve(origin, '..', SEED),
  ].filter((candidate): candidate is string => Boolean(candidate));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `The source article is missing: looked for ${candidates.join(', ')}. Set SHARED_DIR to the folder that holds seed/.`,
    );
  }
  return found;
}
