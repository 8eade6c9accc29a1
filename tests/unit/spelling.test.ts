import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allScenes } from '@/content/scenes';
import { CATALOGUE, PLATFORM_SHAPES, PRESETS_IN_ORDER, platformShape } from '@/lib/explorable/model';
import { en } from '@/lib/i18n/messages/en';

/*
 * One spelling throughout, American: what a reader sees (the chapters, the pages, the scenes'
 * titles, descriptions, labels and notes, the explorable's words) never spells a word the
 * British way. Code is not scanned: identifiers and module names such as `inCatalogueOrder`
 * and './catalogue' are not read by anyone but programmers.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** British forms, each a pattern over whole words, with the American form a reader should see. */
const BRITISH: readonly [RegExp, string][] = [
  [/\bcentr(?:e|es|ed|ing)\b/i, 'center'],
  [
    /\b(?:organis|standardis|realis|recognis|personalis|optimis|prioritis|specialis|summaris|minimis|maximis|utilis|emphasis|apologis|categoris|modernis|capitalis|industrialis|centralis|decentralis|globalis|digitalis)(?:e|es|ed|er|ers|ing|ation\w*)\b/i,
    '-ize, -ization',
  ],
  [/\b(?:colour|behaviour|favour|labour|honour|neighbour|flavour|humour|rumour|endeavour|harbour|vigour)\w*/i, '-or'],
  [/\bcatalogues?\b/i, 'catalog'],
  [/\banalogue\b/i, 'analog'],
  [/\bprogrammes?\b/i, 'program'],
  [/\b(?:analys|paralys|catalys)(?:e|es|ed|ing)\b/i, '-yze'],
  [/\b(?:modell|travell|labell|levell|cancell|signall|fuell|counsell|unlabell|totall)(?:ed|ing|er|ers)\b/i, 'one l'],
  [/\b(?:metre|litre|theatre|fibre)s?\b/i, '-er'],
  [/\b(?:licence|defence|offence)s?\b/i, '-se'],
  [/\b(?:fulfil|enrol|skilful|wilful)\b/i, 'double l'],
  [/\b(?:ageing|judgement|whilst|amongst)\b/i, 'aging, judgment, while, among'],
  [/\bgrey\b/i, 'gray'],
];

/** The British forms a text uses, as "word (American form)". */
function britishIn(text: string): string[] {
  return BRITISH.flatMap(([pattern, american]) => {
    const found = text.match(pattern);
    return found ? [`"${found[0]}" (${american})`] : [];
  });
}

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => ext.test(file))
    .map((file) => path.join(dir, file));
}

/** The strings a TypeScript module holds, without its comments and its import and export paths. */
function stringsOf(source: string): string {
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|\s)\/\/.*$/gm, '$1')
    .replace(/^\s*(?:import|export)\b[^;=]*?\bfrom\s+['"][^'"]*['"];?/gm, '');
  return (code.match(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g) ?? []).join('\n');
}

/** What a file shows a reader: all of an MDX file, only the strings of a module. */
const readerText = (file: string) => {
  const source = readFileSync(path.join(repoRoot, file), 'utf8');
  return file.endsWith('.mdx') ? source : stringsOf(source);
};

describe('one spelling, American, in everything a reader sees', () => {
  it('no chapter, page or scene module of content/ spells a word the British way', () => {
    const files = [...filesUnder('content', /\.mdx$/), ...filesUnder('content', /\.ts$/)];
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => britishIn(readerText(file)).map((word) => `${file}: ${word}`));
    expect(found).toEqual([]);
  });

  it('no scene’s title, description, label or note spells a word the British way', () => {
    const found = allScenes().flatMap((scene) => {
      const words = [scene, scene.narrow].flatMap((frame) => [
        ...frame.nodes.map((n) => n.label),
        ...frame.bands.map((b) => b.label),
        ...frame.annotations.map((a) => a.text),
      ]);
      return britishIn([scene.title, scene.description, ...words].join('\n')).map((w) => `scene ${scene.id}: ${w}`);
    });
    expect(found).toEqual([]);
  });

  it('the explorable’s capabilities, presets and shapes are spelled the American way', () => {
    const words = [
      ...CATALOGUE.flatMap((c) => {
        const { label, name } = en.explorable.capabilities[c.id];
        return [label, name, c.description].map((text) => [`capability ${c.id}`, text]);
      }),
      ...PRESETS_IN_ORDER.flatMap((p) =>
        [en.explorable.presetNames[p.id].label, p.description].map((text) => [`preset ${p.id}`, text]),
      ),
      ...PLATFORM_SHAPES.flatMap((id) =>
        [en.explorable.shapeNames[id], platformShape(id).description].map((text) => [`shape ${id}`, text]),
      ),
    ];
    const modules = filesUnder('lib/explorable', /\.ts$/).map((file) => [file, readerText(file)]);
    const found = [...words, ...modules].flatMap(([where, text]) => britishIn(text!).map((w) => `${where}: ${w}`));
    expect(found).toEqual([]);
  });

  it('catches British forms and leaves American ones and code alone', () => {
    expect(britishIn('data centres, a standardised organisation')).toEqual([
      '"centres" (center)',
      '"standardised" (-ize, -ization)',
    ]);
    expect(britishIn('One catalogue, modelled on the colour key')).toHaveLength(3);
    expect(britishIn('data centers, a standardized organization, one catalog, the color key, emphasis')).toEqual([]);
    expect(stringsOf("import { CATALOGUE } from './catalogue';\n// a centre\nconst a = 'the centre';")).toBe(
      "'the centre'",
    );
  });
});
