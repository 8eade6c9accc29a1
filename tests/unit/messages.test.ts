import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LANGS } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';
import { fill } from '@/lib/i18n/template';
import { templated } from '@/lib/i18n/templated';

type Leaf = string | ((...args: never[]) => string);

/** Every leaf of a catalogue, by its dotted key. */
function leaves(node: unknown, prefix = ''): Map<string, Leaf> {
  const found = new Map<string, Leaf>();
  for (const [key, value] of Object.entries(node as object)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || typeof value === 'function') found.set(name, value as Leaf);
    else for (const [k, v] of leaves(value, name)) found.set(k, v);
  }
  return found;
}

/** A message function called with the same sample value for every parameter. */
const callWith = (message: (...args: never[]) => string, value: number) =>
  message(...(Array.from({ length: message.length }, () => value) as never[]));

const en = leaves(messages('en'));
const zh = leaves(messages('zh'));

/**
 * Latin words a Chinese string may hold: names of things, formats and keys that are written
 * the same in Chinese text. Anything in `backticks` (a command) is allowed too.
 */
const LATIN_NAMES = [
  'AI',
  'App',
  'TMD',
  'BAT',
  'SCORM',
  'LMS',
  'URL',
  'PNG',
  'iframe',
  'HTML',
  'JSON',
  'oEmbed',
  'zip',
  'KB',
  'Ctrl',
  'C',
  'Mac',
  'PgDn',
  'PgUp',
  'Home',
  'End',
  'F',
  'T',
  'P',
];
const ALLOWED = new RegExp(`\\b(${LATIN_NAMES.join('|')})\\b|\`[^\`]*\``, 'g');

describe('the message catalogues', () => {
  it('zh has every key of en and no other', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('a message is a string or a function in both languages alike', () => {
    for (const [key, message] of en) expect(typeof zh.get(key), key).toBe(typeof message);
  });

  it('every function message returns a string for sample input, in both languages', () => {
    for (const lang of LANGS) {
      for (const [key, message] of leaves(messages(lang))) {
        if (typeof message !== 'function') continue;
        for (const sample of [0, 1, 2, 12]) expect(typeof callWith(message, sample), `${lang} ${key}`).toBe('string');
      }
    }
  });

  it('every function message only interpolates, so its template for the browser says the same', () => {
    for (const lang of LANGS) {
      for (const [key, message] of leaves(messages(lang))) {
        if (typeof message !== 'function') continue;
        const template = templated(message) as string;
        for (const sample of [0, 1, 2, 12]) {
          const values = Array.from({ length: message.length }, () => sample);
          expect(fill(template, ...values), `${lang} ${key}`).toBe(callWith(message, sample));
        }
      }
    }
  });

  it('no Chinese string holds Latin letters but the allowed names', () => {
    for (const [key, message] of zh) {
      const text = typeof message === 'function' ? callWith(message, 7) : message;
      expect(text.replace(ALLOWED, ''), key).not.toMatch(/[A-Za-z]/);
    }
  });

  it('Chinese strings use full-width punctuation between Chinese characters', () => {
    for (const [key, message] of zh) {
      const text = typeof message === 'function' ? callWith(message, 7) : message;
      expect(text, key).not.toMatch(/\p{Script=Han}[,;:?!()](?!\d)/u);
    }
  });
});

const COMPONENTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'components');

/** JSX attributes whose literal value a reader sees or hears. */
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'label', 'placeholder', 'text', 'hint']);

/** Words of 3 or more letters written straight into a component's JSX: text, or a spoken attribute. */
function literalWords(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}{3,}/u.test(node.text)) found.push(node.text.trim());
    if (
      ts.isJsxAttribute(node) &&
      SPOKEN_ATTRIBUTES.has(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      /\p{L}{3,}/u.test(node.initializer.text)
    )
      found.push(`${node.name.getText()}="${node.initializer.text}"`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('components take their words from the catalogue', () => {
  it('no component under components/ has a JSX text literal or spoken attribute of 3 or more letters', () => {
    const files = readdirSync(COMPONENTS, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.tsx'))
      .map((name) => path.join(COMPONENTS, name));
    expect(files.length).toBeGreaterThan(20);
    const literals = files.flatMap((file) =>
      literalWords(file).map((words) => `${path.relative(COMPONENTS, file)}: ${words}`),
    );
    expect(literals).toEqual([]);
  });
});
