// The Chinese cards' font: Noto Sans SC (OFL, from @expo-google-fonts/noto-sans-sc), cut at
// build time to the characters the cards draw. The source files are about 10 MB a weight; resvg
// would parse all of that for every card, and the cut files are cached by their characters so a
// repeat build reuses them.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const PACKAGE = '@expo-google-fonts/noto-sans-sc';

/** The weights a card draws: 400 (summary), 600 (kicker, site name, box labels), 700 (headline). */
export const CJK_SOURCES = ['400Regular', '600SemiBold', '700Bold'].map((weight) =>
  require.resolve(`${PACKAGE}/${weight}/NotoSansSC_${weight}.ttf`),
);

/**
 * TrueType out, for resvg. Name IDs 16 and 17 (typographic family and style) are what tell
 * resvg that SemiBold is "Noto Sans SC" at 600: without them it is a family of its own, and 600
 * is drawn in Bold.
 */
const SUBSET_OPTIONS: Parameters<typeof subsetFont>[2] = { targetFormat: 'truetype', preserveNameIds: [16, 17] };

/** Where cut fonts are kept between builds (gitignored). */
export const CJK_CACHE_DIR = '.cache/card-fonts';

export interface CjkFont {
  /** The cut TTFs, one per weight in CJK_SOURCES' order, for resvg's `fontFiles`. */
  files: string[];
  /** The characters they hold, sorted by code point. */
  chars: string;
  /** The sizes in bytes of the source files and of the cut ones, summed over the weights. */
  sourceBytes: number;
  bytes: number;
  /** Milliseconds spent, and whether the cut files came from the cache. */
  ms: number;
  cached: boolean;
}

/**
 * Every character the texts use, once, sorted by code point. White space is drawn as the space,
 * which is always kept: a font without it draws each space as a missing glyph, about 1 em wide.
 */
export function charsOf(texts: Iterable<string>): string {
  const set = new Set<number>([0x20]);
  for (const text of texts) for (const char of text) if (!/\s/.test(char)) set.add(char.codePointAt(0)!);
  return String.fromCodePoint(...[...set].sort((a, b) => a - b));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text a card SVG draws: the content of its <text> elements (not <title> or <desc>). */
export function drawnText(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^]*?)<\/text>/g)].map((match) =>
    match[1]!
      .replace(/<[^>]*>/g, '')
      .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) =>
        name.startsWith('#x') || name.startsWith('#X')
          ? String.fromCodePoint(parseInt(name.slice(2), 16))
          : name.startsWith('#')
            ? String.fromCodePoint(Number(name.slice(1)))
            : (ENTITIES[name] ?? whole),
      ),
  );
}

function version(name: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}

/**
 * Noto Sans SC cut to `chars`, in `cacheDir/<hash of the characters and tool versions>/`: made
 * with subset-font (HarfBuzz's hb-subset in WebAssembly, so no system tools), or reused when a
 * build before made the same cut.
 */
export async function subsetCjkFont(chars: string, cacheDir = CJK_CACHE_DIR): Promise<CjkFont> {
  const start = performance.now();
  const key = createHash('sha256')
    .update(
      `${PACKAGE}@${version(PACKAGE)} subset-font@${version('subset-font')} ${JSON.stringify(SUBSET_OPTIONS)}\n${chars}`,
    )
    .digest('hex')
    .slice(0, 16);
  const dir = path.resolve(cacheDir, key);
  const files = CJK_SOURCES.map((source) => path.join(dir, path.basename(source)));
  const cached = files.every((file) => existsSync(file));
  if (!cached) {
    mkdirSync(dir, { recursive: true });
    for (const [i, source] of CJK_SOURCES.entries()) {
      const cut = await subsetFont(readFileSync(source), chars, SUBSET_OPTIONS);
      writeFileSync(`${files[i]}.tmp`, cut);
      renameSync(`${files[i]}.tmp`, files[i]!);
    }
  }
  const size = (list: string[]) => list.reduce((sum, file) => sum + statSync(file).size, 0);
  return { files, chars, sourceBytes: size(CJK_SOURCES), bytes: size(files), ms: performance.now() - start, cached };
}

/** One line for the build log: how many characters, how long, how big. */
export function describeCjkFont(font: CjkFont): string {
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const kb = (bytes: number) => `${Math.round(bytes / 1e3)} KB`;
  return `Noto Sans SC cut to ${[...font.chars].length} characters in ${Math.round(font.ms)} ms${font.cached ? ' (cached)' : ''}: ${mb(font.sourceBytes)} → ${kb(font.bytes)} for ${font.files.length} weights`;
}
