import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChapters } from '@/content';

/**
 * Every step's address as readers have shared it: chapter slug and step id, in story order.
 * A step may change its picture; it may not change its address. A new step adds an address
 * (add it here once readers may have shared it).
 */
const SHARED_STEP_URLS = [
  'the-teardown#platform-full',
  'the-teardown#the-intranet-post',
  'the-teardown#platform-cracks',
  'the-teardown#the-question',
  'big-middle-small-front#layers',
  'big-middle-small-front#shared-capabilities',
  'big-middle-small-front#double-11',
  'big-middle-small-front#industry-norm',
  'combinatorial-innovation#hema-assembles',
  'combinatorial-innovation#six-services',
  'combinatorial-innovation#combinatorial',
  'the-second-curve#five-new',
  'the-second-curve#a-fair-test',
  'the-second-curve#rhino-independent',
  'the-second-curve#why-inefficient',
  'the-second-curve#special-edition-independent',
  'disruptive-innovation#combine-vs-disrupt',
  'disruptive-innovation#recombining',
  'disruptive-innovation#cutting-through',
  'disruptive-innovation#in-its-dna',
  'thin-and-fragmented#thinning',
  'thin-and-fragmented#three-gains',
  'thin-and-fragmented#scenario-changed',
  'thin-and-fragmented#fragmented',
  'what-it-means#two-shapes',
  'what-it-means#still-useful',
  'what-it-means#no-blind-following',
  'what-it-means#try-it',
];

describe('shared step links', () => {
  it('every step keeps the address it had when readers shared it, in the same order; new steps may join', () => {
    const urls = loadChapters().flatMap((chapter) => chapter.steps.map((step) => `${chapter.slug}#${step.id}`));
    const kept = urls.filter((url) => SHARED_STEP_URLS.includes(url));
    expect(kept).toEqual(SHARED_STEP_URLS);
  });

  it('every <Step> names its id, so that giving it another scene never moves its address', () => {
    const dir = path.join(process.cwd(), 'content/chapters');
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.mdx'))) {
      const tags = readFileSync(path.join(dir, file), 'utf8').match(/<Step\b[^>]*>/g) ?? [];
      expect(tags.length, file).toBeGreaterThan(0);
      for (const tag of tags) expect(tag, file).toMatch(/\bid="[a-z0-9-]+"/);
    }
  });
});
