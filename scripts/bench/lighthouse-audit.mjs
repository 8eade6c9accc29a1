// Lighthouse 12.2.3 with its default config (the mobile preset: a mid-range phone on slow 4G,
// simulated), driving Debian's Chromium through chrome-launcher on loopback only.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const score = (category) =>
  category?.score === null || category?.score === undefined ? null : Math.round(category.score * 100);

/** Audits of the non-performance categories that did not pass, so a score below 100 says why. */
function failedAudits(lhr) {
  return CATEGORIES.filter((id) => id !== 'performance').flatMap((id) =>
    lhr.categories[id].auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
      .map((audit) => `${id}: ${audit.id}`),
  );
}

function figuresOf(lhr) {
  const numeric = (id) => lhr.audits[id]?.numericValue ?? null;
  const ms = (id) => (numeric(id) === null ? null : Math.round(numeric(id)));
  return {
    performance: score(lhr.categories.performance),
    accessibility: score(lhr.categories.accessibility),
    bestPractices: score(lhr.categories['best-practices']),
    seo: score(lhr.categories.seo),
    fcpMs: ms('first-contentful-paint'),
    lcpMs: ms('largest-contentful-paint'),
    tbtMs: ms('total-blocking-time'),
    cls:
      numeric('cumulative-layout-shift') === null ? null : Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
    speedIndexMs: ms('speed-index'),
    failedAudits: failedAudits(lhr),
    warnings: lhr.runWarnings,
  };
}

/**
 * Starts one headless Chromium for all the audits of a run (Lighthouse resets storage and cache
 * before each), and returns `audit(url)` and `close()`.
 */
export async function openLighthouse() {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    logLevel: 'silent',
  });
  return {
    async audit(url) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (!result?.lhr) throw new Error(`Lighthouse returned no report for ${url}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message} (${url})`);
      return { lighthouseVersion: result.lhr.lighthouseVersion, ...figuresOf(result.lhr) };
    },
    close: () => chrome.kill(),
  };
}
