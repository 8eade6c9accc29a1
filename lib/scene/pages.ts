import { NARROW_VIEWBOX, type Scene, type SceneFrame } from './types';

/**
 * A phone drawing's two pages (see NARROW_PAGES): the platform on the first, a side panel on the
 * second. These tell whether a frame has a second page, what it shows, and turn a scene's phone
 * drawing to the other page.
 */

const onSecondPage = (box: { x: number }) => box.x >= NARROW_VIEWBOX.width;

/** Whether anything of the phone frame is drawn on its second page. */
export function hasSecondPage(frame: SceneFrame): boolean {
  return [...frame.bands, ...frame.nodes].some((el) => el.opacity > 0 && onSecondPage(el.box));
}

/** The page a phone frame shows: 2 or 1. */
export const pageOf = (frame: SceneFrame): 1 | 2 => ((frame.page ?? 1) >= 1.5 ? 2 : 1);

/** What the second page shows, in the frame's words: its labelled frame, else its first note. */
export function secondPageName(frame: SceneFrame): string {
  const band = frame.bands.find((b) => b.opacity > 0 && b.label !== '' && onSecondPage(b.box));
  if (band) return band.label.replace(/\s+/g, ' ');
  const note = frame.annotations.find((a) => a.opacity > 0 && a.text !== '' && a.x >= NARROW_VIEWBOX.width);
  return note ? note.text.replace(/\s+/g, ' ') : '';
}

const turned = new WeakMap<Scene, Partial<Record<1 | 2, Scene>>>();

/**
 * The scene with its phone drawing turned to `page`; the scene itself if it already shows it.
 * The same scene turned the same way is the same object, so a drawing that shows it is not
 * painted again.
 */
export function turnedTo(scene: Scene, page: 1 | 2): Scene {
  if (pageOf(scene.narrow) === page) return scene;
  const made = turned.get(scene) ?? {};
  const narrow = page === 1 ? { ...scene.narrow, page: undefined } : { ...scene.narrow, page: 2 };
  made[page] ??= { ...scene, narrow };
  turned.set(scene, made);
  return made[page];
}
