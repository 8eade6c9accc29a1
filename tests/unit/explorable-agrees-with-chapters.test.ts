import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENGLISH, evaluate } from './evaluate-in-english';
import { CAPABILITY_IDS, layerOf, preset } from '@/lib/explorable/model';
import { HEMA_REUSES, PLATFORM_SERVICES } from '@/lib/platform';
import { getScene } from '@/content/scenes';

const chapters = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'content', 'chapters');

/** The prose of the step with this id in the chapter whose file name starts with `prefix`. */
function stepText(prefix: string, id: string): string {
  const file = readdirSync(chapters).find((name) => name.startsWith(prefix));
  expect(file, `no chapter file starting ${prefix}`).toBeDefined();
  const mdx = readFileSync(path.join(chapters, file!), 'utf8');
  const step = mdx.split(/^<Step\b/m).find((block) => block.includes(`id="${id}"`));
  expect(step, `no step with id ${id} in ${file}`).toBeDefined();
  // The reader's text only: a teaching note is the instructor's, and may name any part.
  const text = step!.slice(0, step!.indexOf('</Step>')).replace(/<Teach>[\s\S]*?<\/Teach>/g, '');
  return text.replace(/<[^>]*>/g, '');
}

/** Which middle-platform capabilities a text names, by their running-text names, in catalogue order. */
function middleNamed(text: string): string[] {
  return CAPABILITY_IDS.filter((id) => layerOf(id) === 'middle').filter((id) =>
    new RegExp(`\\b${ENGLISH.capabilities[id].name}\\b`, 'i').test(text),
  );
}

describe('the explorable agrees with the chapters', () => {
  it('the Hema-like preset needs exactly the services chapter 3 says Hema reused, plus its own front end', () => {
    const told = stepText('03-', 'six-services');
    expect(told).toMatch(/\bsix\b/);
    expect(middleNamed(told)).toEqual([...HEMA_REUSES]);
    const needs = preset('hema').needs;
    expect(needs.filter((id) => layerOf(id) !== 'front')).toEqual([...HEMA_REUSES]);
    expect(needs.filter((id) => layerOf(id) === 'front').length).toBeGreaterThan(0);
  });

  it('on the 2015 platform the Hema-like sentence counts six services and only the front end built', () => {
    const { sentence, missing } = evaluate(preset('hema').needs, '2015');
    expect(missing).toEqual([]);
    expect(sentence).toMatch(/^The platform provides all 6 services /);
    expect(sentence).toContain('builds only its own front end');
  });

  it('the Rhino-like preset needs from the middle exactly the platform services Rhino is linked to in chapter 4', () => {
    const platform = new Set<string>(PLATFORM_SERVICES);
    const linked = getScene('why-inefficient')
      .edges.filter((edge) => edge.from === 'rhino' && platform.has(edge.to))
      .map((edge) => edge.to);
    expect(linked.length).toBeGreaterThan(0);
    const middle = preset('rhino').needs.filter((id) => layerOf(id) === 'middle' && platform.has(id));
    expect(middle).toEqual(PLATFORM_SERVICES.filter((id) => linked.includes(id)));
  });

  it('on the 2015 platform the Rhino-like business is met only where chapter 4 links it, and builds the rest anew', () => {
    const { met, missing, verdict } = evaluate(preset('rhino').needs, '2015');
    expect(met).toEqual(['product', 'inventory', 'payment']);
    expect(missing.length).toBeGreaterThan(0);
    expect(verdict).toBe('disruptive');
  });
});
