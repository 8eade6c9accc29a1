'use client';

import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/** The boxes drawn within a band's outline, in its drawing. */
function insideOf(element: Element): Element[] {
  const band = element as SVGGraphicsElement;
  const outer = band.getBBox();
  return [...(band.ownerSVGElement?.querySelectorAll<SVGGraphicsElement>('[data-node]') ?? [])].filter((node) => {
    const box = node.getBBox();
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    return x > outer.x && x < outer.x + outer.width && y > outer.y && y < outer.y + outer.height;
  });
}

const partOf = (event: Event) => (event.target as Element | null)?.closest?.<HTMLElement>('[data-part]') ?? null;

/**
 * Words that name a part of the picture (`<Part>`, components/prose/part.tsx) point into the
 * live diagram while their step is the active one: they become focusable and take their hint
 * ("Shown in the diagram: Payment") as their description, and hovering, focusing or tapping
 * them names the part on the diagram's stage (`data-pointing`) and marks its elements
 * (`data-pointed`), which scrolly.css outlines while the rest dims. The other steps' words, and
 * every word before this code has loaded, stay plain prose. `painted` changes whenever the
 * drawing may have been painted anew (a scene, the end of a morph), so the marks are put back.
 */
export function usePartPointing(stage: RefObject<HTMLElement | null>, step: string, painted: unknown) {
  const [pointed, setPointed] = useState<string | null>(null);

  useEffect(() => {
    const section = document.getElementById(step);
    if (!section) return;
    const parts = [...section.querySelectorAll<HTMLElement>('[data-part]')];
    let hovered: string | null = null;
    let focused: string | null = null;
    const show = () => setPointed(hovered ?? focused);
    const on = (event: Event) => {
      const part = partOf(event);
      if (!part) return;
      if (event.type === 'pointerover') hovered = part.dataset.part!;
      else focused = part.dataset.part!;
      show();
    };
    const off = (event: Event) => {
      const part = partOf(event);
      const to = (event as FocusEvent | PointerEvent).relatedTarget;
      if (!part || (to instanceof Node && part.contains(to))) return;
      if (event.type === 'pointerout') hovered = null;
      else focused = null;
      show();
    };
    // A tap focuses the words (and so keeps the part lit until the reader taps elsewhere).
    const tap = (event: Event) => partOf(event)?.focus();
    parts.forEach((part) => {
      part.tabIndex = 0;
      part.setAttribute('aria-describedby', part.dataset.partHint!);
    });
    const listeners = { pointerover: on, pointerout: off, focusin: on, focusout: off, click: tap };
    Object.entries(listeners).forEach(([type, listener]) => section.addEventListener(type, listener));
    return () => {
      Object.entries(listeners).forEach(([type, listener]) => section.removeEventListener(type, listener));
      parts.forEach((part) => {
        part.removeAttribute('tabindex');
        part.removeAttribute('aria-describedby');
      });
      setPointed(null);
    };
  }, [step]);

  useLayoutEffect(() => {
    const root = stage.current;
    if (!root) return;
    if (pointed === null) {
      root.removeAttribute('data-pointing');
      return;
    }
    root.setAttribute('data-pointing', pointed);
    const id = CSS.escape(pointed);
    const marked = [...root.querySelectorAll(`[data-node="${id}"],[data-band="${id}"],[data-band-label="${id}"]`)];
    marked.forEach((element) => element.setAttribute('data-pointed', 'part'));
    // A layer is lit with what it holds: the boxes drawn inside the band keep their colour.
    const held = marked.filter((element) => element.matches('[data-band]')).flatMap(insideOf);
    held.forEach((element) => element.setAttribute('data-pointed', 'inside'));
    return () => [...marked, ...held].forEach((element) => element.removeAttribute('data-pointed'));
  }, [pointed, stage, painted]);
}
