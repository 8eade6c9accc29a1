import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import tailwind from '@tailwindcss/postcss';
import postcss, { type Rule } from 'postcss';
import { describe, expect, it } from 'vitest';
import preflightOutsideSvg from '@/lib/css/postcss-preflight-outside-svg.mjs';

const globalsPath = fileURLToPath(new URL('../../app/globals.css', import.meta.url));

/** The site's own stylesheet through Tailwind and the plugin, as the build runs them. */
async function siteCss(plugins = [tailwind(), preflightOutsideSvg()]) {
  return (await postcss(plugins).process(readFileSync(globalsPath, 'utf8'), { from: globalsPath })).root;
}

/** The base layer's rules that reset box-sizing. */
function resets(root: postcss.Root): Rule[] {
  const found: Rule[] = [];
  root.walkRules((rule) => {
    if (rule.some((node) => node.type === 'decl' && node.prop === 'box-sizing')) found.push(rule);
  });
  return found;
}

describe('Preflight outside the SVG', () => {
  it('finds the reset Tailwind writes for every element, so the plugin has something to change', async () => {
    const plain = resets(await siteCss([tailwind()]));
    expect(plain.some((rule) => rule.selectors.includes('*'))).toBe(true);
  });

  it('resets every element but those inside an svg, which no longer match it', async () => {
    const rules = resets(await siteCss());
    expect(rules.some((rule) => rule.selectors.includes('*'))).toBe(false);
    expect(rules.some((rule) => rule.selectors.includes(':where(:not(svg *))'))).toBe(true);
  });

  it('stops the build, naming itself, when Tailwind no longer writes that rule', async () => {
    const css = '@layer theme { :root { --x: 1; } } @layer base { html { color: black; } }';
    await expect(postcss([preflightOutsideSvg()]).process(css, { from: undefined })).rejects.toThrow(
      /preflight-outside-svg: .*Preflight has changed/,
    );
  });

  it('leaves a stylesheet without Tailwind in it alone', async () => {
    const css = '@layer base { * { box-sizing: border-box; } }';
    const out = await postcss([preflightOutsideSvg()]).process(css, { from: undefined });
    expect(out.css).toBe(css);
  });
});
