import type { Viewport } from 'next';
import { COLORS, COLORS_DARK } from '@/lib/design/tokens';
import { LANG_TAGS, type Lang } from '@/lib/i18n/lang';
import { sitePath } from '@/lib/site';
import { ThemeScript } from '@/components/theme/theme-script';
import { textFace, uiFace } from '../fonts/fonts';
import '../globals.css';

/** Both languages' root layouts share the viewport: the page follows the reader's scheme. */
export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: COLORS.paper },
    { media: '(prefers-color-scheme: dark)', color: COLORS_DARK.paper },
  ],
  colorScheme: 'light dark',
  width: 'device-width',
  initialScale: 1,
};

/**
 * The document of every page in `lang`: each language has a root layout of its own (app/(en)/,
 * app/zh/), so that <html lang> is right in the served HTML and a link across languages loads
 * the other language's document afresh.
 */
export function RootDocument({ lang, children }: { lang: Lang; children: React.ReactNode }) {
  return (
    // The theme script sets data-theme on <html> before React hydrates it.
    <html lang={LANG_TAGS[lang]} className={`${textFace.variable} ${uiFace.variable}`} suppressHydrationWarning>
      <head>
        <ThemeScript />
        {/* In the root layout, not metadata: Next swaps a page's metadata links on every client
            navigation, and Chromium, finding no icon for a moment, asks for /favicon.ico. */}
        <link rel="icon" href={sitePath('/icon.svg')} type="image/svg+xml" sizes="any" />
        <noscript>
          <style>
            {
              '.step-figure{display:block}.scrolly-stage{position:static}.step-controls{display:none}.explorable-live{display:none}.explorable-static{display:block}.step{scroll-margin-top:0}.theme-control{display:none}.self-check-live{display:none}.self-check-static{display:block}'
            }
          </style>
        </noscript>
      </head>
      <body className="min-h-svh bg-paper text-ink">{children}</body>
    </html>
  );
}
