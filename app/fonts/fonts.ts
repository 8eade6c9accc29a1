import localFont from 'next/font/local';

/*
 * The site's two faces, self-hosted (see README.md beside this file). `optional` display: a
 * face that has not arrived within the first paint's short block period is not swapped in
 * later, so text never reflows when it lands (CLS stays 0); the romans are preloaded so that it
 * normally does arrive. The fallbacks are local fonts scaled to these faces' metrics.
 */

/** Source Serif 4, for the prose: the largest text on every page, so preloaded. */
export const textFace = localFont({
  src: [
    { path: './source-serif-4-roman.woff2', weight: '400 700', style: 'normal' },
    { path: './source-serif-4-italic.woff2', weight: '400', style: 'italic' },
  ],
  variable: '--font-text',
  display: 'optional',
  adjustFontFallback: 'Times New Roman',
  fallback: ['Georgia', 'serif'],
});

/** Inter, for the interface: labels, buttons, captions, kickers. */
export const uiFace = localFont({
  src: [{ path: './inter-roman.woff2', weight: '400 700', style: 'normal' }],
  variable: '--font-ui',
  display: 'optional',
  adjustFontFallback: 'Arial',
  fallback: ['system-ui', 'sans-serif'],
});
