import { describe, expect, it } from 'vitest';
import { allScenes } from '@/content/scenes';

/*
 * A scene's description is heard, not seen: it is the screen reader's text, the lecture caption,
 * the share card's alt and the picture's entry in /api/chapters.json. A listener cannot look back
 * at it, so it is short, it names colours only by the key's words ("reused", "built anew",
 * "under strain"), it uses no drawing words a listener would have to picture, and it speaks in
 * one voice: "the article" for the source's claims, plain statements for the explainer's own.
 */

const MEDIAN_MAX = 35;
const EACH_MAX = 45;

/** Colour names: the key's words say what a colour means; the colour itself means nothing to the ear. */
const COLOURS = [
  'blue',
  'green',
  'rust',
  'red',
  'grey',
  'gray',
  'orange',
  'white',
  'black',
  'yellow',
  'purple',
  'pink',
  'brown',
  'teal',
  'navy',
  'amber',
  'violet',
  'crimson',
  'scarlet',
  'beige',
];

/** Words of the drawing a listener would have to hold in mind as shapes. */
const DRAWING_WORDS = ['band', 'bracket', 'stack', 'row', 'column', 'box', 'swatch', 'outline', 'tile', 'dashed'];

/** Voices other than "the article" and plain statements. */
const OTHER_VOICES = ['the author', 'the source', 'our reading', 'our interpretation'];

const scenes = allScenes();
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The words of `list` that `text` uses, as whole words (a plural or -ish counts too). */
function uses(text: string, list: readonly string[]): string[] {
  return list.filter((word) => new RegExp(`\\b${word}(?:s|es|ish|ed)?\\b`, 'i').test(text));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

describe('scene descriptions, as a listener hears them', () => {
  it('are there to measure: every scene has one', () => {
    expect(scenes.length).toBeGreaterThan(0);
    for (const scene of scenes) expect(wordCount(scene.description), scene.id).toBeGreaterThan(5);
  });

  it(`run to a median of at most ${MEDIAN_MAX} words`, () => {
    expect(median(scenes.map((scene) => wordCount(scene.description)))).toBeLessThanOrEqual(MEDIAN_MAX);
  });

  it(`are each at most ${EACH_MAX} words long`, () => {
    const long = scenes
      .map((scene) => ({ id: scene.id, words: wordCount(scene.description) }))
      .filter(({ words }) => words > EACH_MAX);
    expect(long).toEqual([]);
  });

  it('name no colour: only the key’s words say what a colour means', () => {
    const named = scenes.flatMap((scene) => uses(scene.description, COLOURS).map((word) => `${scene.id}: ${word}`));
    expect(named).toEqual([]);
  });

  it('use no drawing words a listener would have to picture', () => {
    const named = scenes.flatMap((scene) =>
      uses(scene.description, DRAWING_WORDS).map((word) => `${scene.id}: ${word}`),
    );
    expect(named).toEqual([]);
  });

  it('start differently: no two share their first six words', () => {
    const opening = (text: string) => text.toLowerCase().split(/\s+/).slice(0, 6).join(' ');
    const seen = new Map<string, string>();
    const twins: string[] = [];
    for (const scene of scenes) {
      const key = opening(scene.description);
      const first = seen.get(key);
      if (first) twins.push(`${first} and ${scene.id}: "${key}"`);
      else seen.set(key, scene.id);
    }
    expect(twins).toEqual([]);
  });

  it('speak in one voice: "the article" for its claims, never the author, the source or our reading', () => {
    const voices = scenes.flatMap((scene) =>
      OTHER_VOICES.filter((voice) => scene.description.toLowerCase().includes(voice)).map(
        (voice) => `${scene.id}: ${voice}`,
      ),
    );
    expect(voices).toEqual([]);
  });

  it('catch what they are meant to catch', () => {
    expect(uses('Lines turn Blue, then greenish', COLOURS)).toEqual(['blue', 'green']);
    expect(uses('the middle band and its brackets', DRAWING_WORDS)).toEqual(['band', 'bracket']);
    expect(uses('growth reads thrown arrows, boxed in', DRAWING_WORDS)).toEqual(['box']);
    expect(uses('a rusty red-brick reference', COLOURS)).toEqual(['red']);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});
