import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';

/** A calm editorial palette: warm paper, ink, one blue accent, one green, one rust. */
export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './content/**/*.mdx'],
  theme: {
    extend: {
      colors: {
        paper: '#fbfaf7',
        ink: { DEFAULT: '#1f2328', soft: '#4a5058', faint: '#6b7079' },
        rule: '#dcd8cf',
        accent: { DEFAULT: '#1d4f91', soft: '#e6edf7' },
        fresh: '#2f6b4f',
        rust: '#a4452b',
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
