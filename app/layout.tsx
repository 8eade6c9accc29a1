import type { Metadata, Viewport } from 'next';
import { COLORS, COLORS_DARK } from '@/lib/design/tokens';
import { SITE_NAME, SITE_TAGLINE, SITE_URL, sitePath } from '@/lib/site';
import { ThemeScript } from '@/components/theme/theme-script';
import { textFace, uiFace } from './fonts/fonts';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: `${SITE_NAME}: ${SITE_TAGLINE}`, template: `%s · ${SITE_NAME}` },
  description:
    'A scroll-driven explainer of one argument: why Alibaba built a big middle platform, what it was good at, why it could not carry disruptive innovation, and why it is getting thinner.',
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
    <html lang="en" className={`${textFace.variable} ${uiFace.variable}`} suppressHydrationWarning>
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
