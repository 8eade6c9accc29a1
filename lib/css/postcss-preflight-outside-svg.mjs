/**
 * A PostCSS plugin, run after Tailwind: Preflight's reset of every element (`*, ::after,
 * ::before, ::backdrop { box-sizing, margin, padding, border }`) is kept off the elements inside
 * an SVG.
 *
 * Why: a morph frame writes attributes on a hundred or so of the diagram's elements, and each
 * one's style is worked out again. That rule's longhands (border alone is twelve) were about
 * half of that work on a slow phone (see README, "What a morph frame costs"), and they mean
 * nothing to a rect or a path. The `svg` element itself keeps them.
 *
 * If Tailwind ever writes the rule differently, the build stops here and says so, rather than
 * the diagram quietly getting slower.
 */
const OUTSIDE_SVG = ':where(:not(svg *))';

/** Preflight's first rule: `*` among its selectors, and the border-box reset among its declarations. */
const isPreflightReset = (rule) =>
  rule.selectors.some((s) => s.trim() === '*') &&
  rule.some((decl) => decl.type === 'decl' && decl.prop === 'box-sizing' && decl.value === 'border-box');

/** @type {import('postcss').PluginCreator<void>} */
const preflightOutsideSvg = () => ({
  postcssPlugin: 'preflight-outside-svg',
  OnceExit(root, { result }) {
    // Only Tailwind's own stylesheet (globals.css, the one with a theme layer) carries Preflight.
    let tailwind = false;
    root.walkAtRules('layer', (layer) => {
      if (layer.params === 'theme') tailwind = true;
    });
    if (!tailwind) return;
    let changed = 0;
    root.walkAtRules('layer', (layer) => {
      if (layer.params !== 'base') return;
      layer.walkRules((rule) => {
        if (!isPreflightReset(rule)) return;
        rule.selectors = rule.selectors.map((s) => (s.trim() === '*' ? OUTSIDE_SVG : s));
        changed += 1;
      });
    });
    if (changed === 0) {
      throw root.error(
        'preflight-outside-svg: no "*" rule with box-sizing: border-box in @layer base; ' +
          "Tailwind's Preflight has changed, update lib/css/postcss-preflight-outside-svg.mjs",
        { plugin: result.processor },
      );
    }
  },
});
preflightOutsideSvg.postcss = true;

export default preflightOutsideSvg;
