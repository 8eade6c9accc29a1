import { useId } from 'react';
import { isSceneId } from '@/content/scenes';
import { getSceneIn } from '@/content/scenes/in-lang';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';
import { sceneParts } from '@/lib/scene/parts';

/**
 * Words that name a part of the step's picture. On the page they are plain prose; the chapter's
 * live diagram makes the parts of the step in view focusable and lights the part up while the
 * words are hovered, focused or tapped (components/scrolly/use-part-pointing.ts), and then gives
 * them the hint drawn here, which says what they point at. `scene` is the enclosing step's, put
 * here by lib/mdx/remark-part-scene.mjs; the content check has made sure the scene draws `id`.
 */
export function Part({
  id,
  scene,
  lang = DEFAULT_LANG,
  children,
}: {
  id: string;
  scene?: string;
  lang?: Lang;
  children: React.ReactNode;
}) {
  const hint = `part${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const part = scene && isSceneId(scene) ? sceneParts(getSceneIn(scene, lang)).find((p) => p.id === id) : undefined;
  if (!part) return <>{children}</>;
  return (
    <span className="part" data-part={id} data-part-hint={hint}>
      {children}
      <span id={hint} hidden>
        {messages(lang).prose.partHint(part.label)}
      </span>
    </span>
  );
}
