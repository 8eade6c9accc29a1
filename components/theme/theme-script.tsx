import { THEME_SCRIPT } from '@/lib/theme/theme';

/** Sets the reader's scheme before the first paint, so a dark page never flashes light. */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
