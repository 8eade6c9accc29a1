/**
 * Arriving at a step: a chapter opened at a `#step` link, reloaded, or returned to with back or
 * forward paints that step's scene in its first frame. The server drew the chapter's start
 * scene into the sticky diagram, and every step's scene into the step's figure (for no-JS and
 * print), so the page already holds the picture to show: two tiny inline scripts put it in
 * place while the page is parsed, before any framework code has loaded (the page's own scripts
 * wait for its first paint).
 *
 * Both are the same on every chapter page, so the page policy allows each by one hash.
 */

import { STEP_STATE_KEY } from './step-state';

export { STEP_STATE_KEY };

/**
 * The style the first script adds while a step's scene is on its way; its `data-step` names
 * the step. Once hydrated, the chapter's script reads it and removes it.
 */
export const ARRIVAL_STYLE_ID = 'scrolly-arrival';

/**
 * Runs before the sticky diagram is parsed, in a `<script data-start="<step id>">` naming the
 * step the server drew. The step to arrive at is the one the reader was on in this history
 * entry (kept in its state by the live diagram; in the Navigation API's state on an entry that
 * Next.js has no state in, see rememberStep); else, on a new visit, the address's #fragment.
 * A reload or a return with no step kept is left alone: the browser restores a scroll position
 * that only a measurement can tell the step of. When there is a step other than the server's,
 * the drawing is hidden (visibility: nothing moves) until the second script has swapped it, so
 * no frame, however early the browser paints, shows the wrong scene.
 */
export const ARRIVAL_BEFORE_STAGE = `(()=>{try{const k="${STEP_STATE_KEY}",t=performance.getEntriesByType("navigation")[0]?.type,s=history.state?.[k]||self.navigation?.currentEntry?.getState()?.[k]||(t=="reload"||t=="back_forward"?"":location.hash.slice(1));if(!s||s==document.currentScript.dataset.start)return;const e=document.createElement("style");e.id="${ARRIVAL_STYLE_ID}";e.dataset.step=s;e.textContent="[data-diagram] .diagram-canvas{visibility:hidden}";document.head.append(e)}catch{}})()`;

/**
 * Runs after the last step, in the same parse. If the step to arrive at is one of this
 * chapter's steps, copies its figure's two drawings (wide and phone) into the sticky diagram's,
 * which React never hydrates (they are markup it put in as it is), and shows the diagram again;
 * its kicker (step number and title, React's text, still the server's start step) stays hidden
 * until the chapter's script has rendered the step. Otherwise it shows the diagram as it was.
 */
export const ARRIVAL_AFTER_STEPS = `(()=>{const e=document.getElementById("${ARRIVAL_STYLE_ID}");if(!e)return;const s=document.getElementById(e.dataset.step),c=document.querySelector("[data-diagram] .diagram-canvas");if(!c||!s?.matches(".scrolly-prose [data-step]"))return e.remove();for(const l of["wide","narrow"]){const f=s.querySelector(".step-figure .diagram-"+l+">g"),g=c.querySelector(".diagram-"+l+">g");if(f&&g)g.innerHTML=f.innerHTML}e.textContent="[data-diagram] .step-kicker{visibility:hidden}"})()`;
