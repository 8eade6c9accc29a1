import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';
import { colorVar } from './lib/design/tokens';

/**
 * A calm editorial palette (lib/design/tokens.ts): warm paper, ink, one blue accent, one green,
 * one rust. Each colour is its custom property, so every class follows the light or dark scheme.
 */
export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './content/**/*.mdx'],
  theme: {
    extend: {
      colors: {
        paper: colorVar('paper'),
        surface: colorVar('surface'),
        ink: { DEFAULT: colorVar('ink'), soft: colorVar('inkSoft'), faint: colorVar('inkFaint') },
        rule: colorVar('rule'),
        accent: { DEFAULT: colorVar('accent'), soft: colorVar('accentSoft'), deep: colorVar('accentDeep') },
        'on-accent': colorVar('onAccent'),
        new: colorVar('new'),
        warn: colorVar('warn'),
      },
      fontFamily: {
        prose: ['var(--font-text)', 'Georgia', 'serif'],
        ui: ['var(--font-ui)', 'system-ui', 'sans-serif'],
      },
      maxWidth: { prose: '38rem' },
    },
  },
  plugins: [typography],
} satisfies Config;
