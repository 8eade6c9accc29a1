import type { Metadata, Viewport } from 'next';
import { COLORS, COLORS_DARK } from '@/lib/design/tokens';
import { DEFAULT_LANG, HTML_LANG } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';
import { SITE_URL, sitePath } from '@/lib/site';
import { ThemeScript } from '@/components/theme/theme-script';
import { textFace, uiFace } from './fonts/fonts';
import './globals.css';

/** The language of the pages under this root layout (the Chinese edition's has its own). */
const LANG = DEFAULT_LANG;
const t = messages(LANG).site;

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: t.homeTitle, template: t.pageTitle('%s') },
  description: t.description,
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: COLORS.paper },
    { media: '(prefers-color-scheme: dark)', color: COLORS_DARK.paper },
  ],
  colorScheme: 'light dark',
  width: 'device-width',
  initialScale: 1,
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The theme script sets data-theme on <html> before React hydrates it.
    <html lang={HTML_LANG[LANG]} className={`${textFace.variable} ${uiFace.variable}`} suppressHydrationWarning>
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
