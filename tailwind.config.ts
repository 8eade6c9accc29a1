import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';
import { COLORS } from './lib/design/tokens';

/** A calm editorial palette (lib/design/tokens.ts): warm paper, ink, one blue accent, one green, one rust. */
export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './content/**/*.mdx'],
  theme: {
    extend: {
      colors: {
        paper: COLORS.paper,
        ink: { DEFAULT: COLORS.ink, soft: COLORS.inkSoft, faint: COLORS.inkFaint },
        rule: COLORS.rule,
        accent: { DEFAULT: COLORS.accent, soft: COLORS.accentSoft, deep: COLORS.accentDeep },
        new: COLORS.new,
        warn: COLORS.warn,
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
