import { DiagramSvg } from '@/components/diagram/diagram-svg';
import { CopyLink } from '@/components/share/copy-link';
import { LinkGlyph } from '@/components/share/link-glyph';
import { isSceneId } from '@/content/scenes';
import { getSceneIn } from '@/content/scenes/in-lang';
import { DEFAULT_LANG, LANG_TAGS, LANGS, type Lang } from '@/lib/i18n/lang';
import { clientMessages, messages } from '@/lib/i18n/messages';
import { sitePath, stepPath, stepSharePath } from '@/lib/site';

/**
 * One step of the scroll story. The MDX only names the scene; the step renders its prose and,
 * for readers without JavaScript and for print, a static picture of that scene, captioned with
 * the step's point. The picture's full description stays in its <desc>, its accessible
 * alternative: as a caption it would retell the paragraph above it.
 */
export function Step({
  scene,
  id,
  point,
  chapter,
  lang = DEFAULT_LANG,
  children,
}: {
  scene: string;
  id?: string;
  /** Why the step matters: the share card's and link preview's headline, and the figure's caption. */
  point?: string;
  /** The chapter's slug, given by the chapter page, for the step's share link. */
  chapter?: string;
  lang?: Lang;
  children: React.ReactNode;
}) {
  if (!isSceneId(scene)) throw new Error(`<Step scene="${scene}">: unknown scene`);
  const data = getSceneIn(scene, lang);
  const stepId = id ?? scene;
  const t = clientMessages(lang);
  return (
    <section id={stepId} data-scene={scene} data-step className="step">
      <div className="step-text">
        {children}
        {chapter && (
          <CopyLink
            icon
            glyph={<LinkGlyph />}
            path={stepSharePath(chapter, stepId, lang)}
            title={data.title}
            label={t.chapter.copyStepLink}
            t={t.share}
          />
        )}
        {/* This step in the other language: a plain link, so it works before any script and
            keeps exactly this step, wherever the reader is on the page. */}
        {chapter &&
          LANGS.filter((other) => other !== lang).map((other) => (
            <a
              key={other}
              href={sitePath(stepPath(chapter, stepId, other))}
              hrefLang={LANG_TAGS[other]}
              lang={LANG_TAGS[other]}
              className="step-lang no-print"
              aria-label={messages(other).chapter.stepInThisLanguage}
            >
              {messages(other).chapter.languageShort}
            </a>
          ))}
      </div>
      <figure className="step-figure">
        <DiagramSvg
          frame={data}
          narrow={data.narrow}
          title={data.title}
          description={data.description}
          idPrefix={`fig-${stepId}`}
          still
        />
        <figcaption>{point ?? data.title}</figcaption>
      </figure>
    </section>
  );
}
