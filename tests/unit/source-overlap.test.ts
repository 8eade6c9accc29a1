import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seedFile } from './seed-file';

/*
 * The prose must be ours: no run of RUN or more words may be shared with the source article.
 * Both texts are reduced to lowercase words; every RUN-word window (shingle) of the prose is
 * looked up among the source's shingles.
 */

const RUN = 8;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Words of people the source quotes, as the source reports them. A shared run is excused only
 * if it lies wholly inside <Quote>...</Quote> and wholly inside one of these phrases.
 */
const ALLOWED = [
  // Rhino Manufacturing's CEO
  'an independent organization with its own business, technology, development, and product',
  // an Alibaba middle-platform architect
  'keep only the most abstract parts in the middle platform',
];

/**
 * Titles the Sources page must cite: the article itself and its one reference. A shared run is
 * excused only if it lies wholly inside “curly quotation marks” and wholly inside a title.
 */
const ALLOWED_TITLES = [
  'Why Alibaba Is Dismantling Its Middle Platform and What It Means for Innovation',
  'Key Figures and Organizational Design in Alibaba E‑commerce',
];

interface Word {
  text: string;
  inQuote: boolean;
  inTitle: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const straighten = (s: string) => s.replace(/[‘’‚‛]/g, "'").replace(/[“”„‟]/g, '"');
const words = (s: string): string[] => straighten(s).toLowerCase().match(WORD) ?? [];

/** Splits prose into words, tracking whether each sits inside curly (or straight) double quotes. */
function proseWords(text: string, inQuote: boolean, state: { title: boolean }): Word[] {
  const out: Word[] = [];
  for (const piece of text.split(/([“”"])/)) {
    if (piece === '“') state.title = true;
    else if (piece === '”') state.title = false;
    else if (piece === '"') state.title = !state.title;
    else for (const w of words(piece)) out.push({ text: w, inQuote, inTitle: state.title });
  }
  return out;
}

const TAG = /<(\/?)([A-Za-z][\w.]*)((?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*(\/?)>/g;
const ATTR = /([\w-]+)=(?:"([^"]*)"|'([^']*)')/g;
const NON_PROSE_ATTRS = new Set(['scene', 'id']);

/**
 * Reads an MDX file as a reader would: the text as one run of words (inline tags do not break
 * it), plus the meta strings and the prose held in tag attributes (gloss notes, quote credits),
 * each as a separate run.
 */
function mdxSegments(mdx: string): Word[][] {
  const segments: Word[][] = [];
  let body = mdx.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  body = body.replace(/^export\s+const\s+\w+\s*=\s*\{[\s\S]*?^\};?[ \t]*$/gm, (block) => {
    for (const m of block.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)) {
      segments.push(proseWords(m[1] ?? m[2] ?? '', false, { title: false }));
    }
    return '';
  });
  body = body.replace(/^(?:import|export)\s.*$/gm, '').replace(/\]\([^)]*\)/g, ']');
  const current: Word[] = [];
  let inQuote = false;
  const state = { title: false };
  let last = 0;
  for (const m of body.matchAll(TAG)) {
    current.push(...proseWords(body.slice(last, m.index), inQuote, state));
    last = m.index + m[0].length;
    const [, closing, name, attrs = '', selfClosing] = m;
    for (const a of attrs.matchAll(ATTR)) {
      if (NON_PROSE_ATTRS.has(a[1] ?? '')) continue;
      segments.push(proseWords(a[2] ?? a[3] ?? '', false, { title: false }));
    }
    if (name === 'Quote' && !selfClosing) inQuote = !closing;
  }
  current.push(...proseWords(body.slice(last), inQuote, state));
  segments.push(current);
  return segments.filter((s) => s.length > 0);
}

function shingles(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + RUN <= ws.length; i++) out.push(ws.slice(i, i + RUN).join(' '));
  return out;
}

const padded = (phrase: string) => ` ${words(phrase).join(' ')} `;
const allowedQuotes = ALLOWED.map(padded);
const allowedTitles = ALLOWED_TITLES.map(padded);

/** Every RUN-word window of `mdx` that also occurs in the source, minus the excused ones. */
function sharedRuns(mdx: string, sourceShingles: Set<string>): string[] {
  const found = new Set<string>();
  for (const segment of mdxSegments(mdx)) {
    for (let i = 0; i + RUN <= segment.length; i++) {
      const window = segment.slice(i, i + RUN);
      const shingle = window.map((w) => w.text).join(' ');
      if (!sourceShingles.has(shingle)) continue;
      const inside = (list: string[]) => list.some((p) => p.includes(` ${shingle} `));
      if (window.every((w) => w.inQuote) && inside(allowedQuotes)) continue;
      if (window.every((w) => w.inTitle) && inside(allowedTitles)) continue;
      found.add(shingle);
    }
  }
  return [...found];
}

/** The seed article's body: from its first line up to and including the "Reference:" line. */
function loadSource(): string {
  const file = seedFile();
  const lines = readFileSync(file, 'utf8').split('\n');
  const end = lines.findIndex((line) => line.startsWith('Reference:'));
  if (end < 0) throw new Error(`${file} has no "Reference:" line marking the end of its body.`);
  return lines.slice(0, end + 1).join('\n');
}

const sourceShingleSet = () => new Set(shingles(words(loadSource())));

function offenders(folder: string): string[] {
  const dir = path.join(repoRoot, folder);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : [];
  expect(files.length, `no .mdx files in ${folder}`).toBeGreaterThan(0);
  const source = sourceShingleSet();
  return files.flatMap((f) => sharedRuns(readFileSync(path.join(dir, f), 'utf8'), source).map((s) => `${f}: "${s}"`));
}

describe('source overlap', () => {
  it('reads the source article from shared/seed', () => {
    expect(words(loadSource()).length).toBeGreaterThan(500);
  });

  it('allows only quotes and titles that really occur in the source', () => {
    const source = padded(loadSource());
    for (const phrase of [...ALLOWED, ...ALLOWED_TITLES]) {
      expect(source.includes(padded(phrase)), phrase).toBe(true);
    }
  });

  it('detects a sentence copied from the source, even with its punctuation changed', () => {
    const source = sourceShingleSet();
    const copied =
      'Combinatorial innovation combines existing capabilities — emphasizing standardization — which the middle platform excels at.';
    const fixture = `<Step scene="hema-assembles">\n\nIn short: ${copied}\n\n</Step>`;
    expect(sharedRuns(fixture, source).length).toBeGreaterThan(0);
    const inNote = `The <Gloss note="${copied}">platform</Gloss> again.`;
    expect(sharedRuns(inNote, source).length).toBeGreaterThan(0);
    const inMeta = `export const meta = {\n  summary: '${copied}',\n};\n\nHello.`;
    expect(sharedRuns(inMeta, source).length).toBeGreaterThan(0);
  });

  it('excuses an allowed quote only inside <Quote>, and nothing else inside <Quote>', () => {
    const source = sourceShingleSet();
    const quote = ALLOWED[0] ?? '';
    expect(sharedRuns(`The CEO said:\n\n<Quote by="The CEO">${quote}</Quote>\n`, source)).toEqual([]);
    expect(sharedRuns(`The CEO said they need ${quote}.`, source).length).toBeGreaterThan(0);
    const copied = 'the middle platform needs to become thinner, more agile, and faster';
    expect(sharedRuns(`<Quote by="Someone">${copied}</Quote>`, source).length).toBeGreaterThan(0);
    const spill = `Its CEO said they need <Quote by="The CEO">${quote}</Quote>`;
    expect(sharedRuns(spill, source).length).toBeGreaterThan(0);
  });

  it('excuses a cited title only inside quotation marks', () => {
    const source = sourceShingleSet();
    const title = ALLOWED_TITLES[0] ?? '';
    expect(sharedRuns(`The article “${title},” by someone.`, source)).toEqual([]);
    expect(sharedRuns(`The article ${title}, by someone.`, source).length).toBeGreaterThan(0);
  });

  it('no chapter shares a run of 8 or more words with the source article', () => {
    expect(offenders('content/chapters')).toEqual([]);
  });

  it('no page in content/pages shares a run of 8 or more words with the source article', () => {
    expect(offenders('content/pages')).toEqual([]);
  });
});
