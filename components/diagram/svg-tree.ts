import { createElement, type ReactElement } from 'react';

/** An attribute's value; undefined leaves it out (and, when painting, removes it). */
export type SvgValue = string | number | undefined;

/**
 * One SVG element as plain data: what the diagram draws, written once and used three ways.
 * React renders it (cards, snapshots), `toMarkup` writes it as markup (still pictures, the live
 * drawing's first frame), and `paintTree` paints it into elements already on the page (every
 * later frame of a live drawing).
 */
export interface SvgNode {
  tag: string;
  /** React's key among its siblings: an element's id, so React keeps the element across scenes. */
  key?: string;
  /** Attributes by their React names (`strokeWidth`), in the order the markup lists them. */
  attrs: Readonly<Record<string, SvgValue>>;
  /** Child elements, or the element's text. */
  children?: readonly SvgNode[] | string;
}

export const svg = (
  tag: string,
  attrs: Readonly<Record<string, SvgValue>>,
  children?: readonly SvgNode[] | string,
  key?: string,
): SvgNode => (key === undefined ? { tag, attrs, children } : { tag, key, attrs, children });

export function toReact(node: SvgNode, index = 0): ReactElement {
  const { tag, key, attrs, children } = node;
  const kids = typeof children === 'string' ? children : children?.map((child, i) => toReact(child, i));
  return createElement(tag, { ...attrs, key: key ?? index }, kids);
}

/** `strokeWidth` → `stroke-width`: the SVG attribute a React prop name sets. */
const attributeNames = new Map<string, string>();
function attributeName(prop: string): string {
  let name = attributeNames.get(prop);
  if (name === undefined) {
    name = prop.startsWith('data-') ? prop : prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    attributeNames.set(prop, name);
  }
  return name;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The data attributes that carry an element's id in the markup: its key among its siblings. */
const ID_ATTRIBUTES = ['data-band', 'data-band-label', 'data-node', 'data-edge', 'data-annotation', 'data-key-entry'];
/** Keys of the elements this module has made or matched, so a key survives any reordering. */
const keys = new WeakMap<Element, string>();

const keyOfNode = (node: SvgNode, index: number) => `${node.tag}:${node.key ?? `#${index}`}`;

function keyOfElement(el: Element, index: number): string {
  const known = keys.get(el);
  if (known !== undefined) return known;
  const id = ID_ATTRIBUTES.map((name) => el.getAttribute(name)).find((value) => value !== null);
  return `${el.tagName}:${id ?? `#${index}`}`;
}

/** What each element was last painted from: an unchanged node is skipped, a changed one compared. */
const paintedFrom = new WeakMap<Element, SvgNode>();

/** What an element this module has just made was painted from: nothing, so nothing is read back. */
const MADE: SvgNode = { tag: '', attrs: {}, children: [] };

/** The children an element was last painted with, when this module painted it and they were elements. */
const paintedKids = (node: SvgNode | undefined) =>
  node && typeof node.children !== 'string' ? (node.children ?? []) : undefined;

/**
 * The attributes whose value is one length, which SVG's own DOM takes as a number
 * (`rect.x.baseVal.value = 12.5`): about three times quicker than writing the attribute as text
 * for the browser to parse, and a morph writes a hundred or so of them in every frame. The
 * attribute still reads back as written, but no mutation record is made for it.
 */
const LENGTHS = new Set(['x', 'y', 'width', 'height', 'rx', 'cx', 'cy', 'r', 'x1', 'y1', 'x2', 'y2']);

/** Writes a number into a length attribute through the SVG DOM; false if the element has none. */
function writeLength(el: Element, prop: string, value: number): boolean {
  const animated = (el as unknown as Record<string, unknown>)[prop];
  // (A DOM without SVG's, such as jsdom's, writes the attribute.)
  if (typeof SVGAnimatedLength === 'undefined' || !(animated instanceof SVGAnimatedLength)) return false;
  animated.baseVal.value = value;
  return true;
}

function paintAttributes(el: Element, attrs: SvgNode['attrs'], before: SvgNode['attrs'] | undefined) {
  if (before) {
    // What the element shows is what `before` says: only a value that differs is written.
    for (const prop in attrs) {
      const value = attrs[prop];
      const was = before[prop];
      if (was === value) continue;
      if (value === undefined) el.removeAttribute(attributeName(prop));
      else if (typeof value !== 'number' || was === undefined || !LENGTHS.has(prop) || !writeLength(el, prop, value))
        el.setAttribute(attributeName(prop), String(value));
    }
    for (const prop in before) if (!(prop in attrs)) el.removeAttribute(attributeName(prop));
    return;
  }
  // Made from markup or just made: an unchanged attribute is left alone (writing it would
  // still invalidate its style), and what the node does not name is dropped.
  for (const prop in attrs) {
    const value = attrs[prop];
    const name = attributeName(prop);
    if (value === undefined) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else {
      const text = String(value);
      if (el.getAttribute(name) !== text) el.setAttribute(name, text);
    }
  }
  const named = new Set(
    Object.keys(attrs)
      .filter((prop) => attrs[prop] !== undefined)
      .map(attributeName),
  );
  for (const { name } of [...el.attributes]) if (!named.has(name)) el.removeAttribute(name);
}

/** Whether two lists of nodes name the same elements in the same order. */
function sameKeys(a: readonly SvgNode[], b: readonly SvgNode[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i]!.key !== b[i]!.key || a[i]!.tag !== b[i]!.tag) return false;
  return true;
}

/** Paints each of `parent`'s children with the node in its place in `kids`. */
function paintInPlace(parent: Element, kids: readonly SvgNode[]) {
  let child = parent.firstElementChild;
  for (const kid of kids) {
    paintTree(child!, kid);
    child = child!.nextElementSibling;
  }
}

/**
 * Makes `parent`'s children those of `kids`, matched by key: kept, moved, made or removed.
 * `before` is what they were last painted from, if this module painted them.
 */
function paintChildren(parent: Element, kids: readonly SvgNode[], before: readonly SvgNode[] | undefined) {
  // Most frames keep every element where it is: then each child is painted in place.
  if (before && sameKeys(before, kids)) {
    paintInPlace(parent, kids);
    return;
  }
  if (parent.childElementCount === kids.length && parent.childNodes.length === kids.length) {
    let child = parent.firstElementChild;
    let same = true;
    for (let i = 0; same && child; i += 1, child = child.nextElementSibling) {
      same = keys.get(child) === keyOfNode(kids[i]!, i);
    }
    if (same) {
      paintInPlace(parent, kids);
      return;
    }
  }
  const existing = new Map<string, Element>();
  [...parent.children].forEach((child, i) => existing.set(keyOfElement(child, i), child));
  let cursor = parent.firstElementChild;
  kids.forEach((kid, i) => {
    const key = keyOfNode(kid, i);
    let el = existing.get(key);
    if (el) existing.delete(key);
    else {
      el = parent.ownerDocument.createElementNS(SVG_NS, kid.tag);
      paintedFrom.set(el, MADE);
    }
    keys.set(el, key);
    if (el === cursor) cursor = cursor.nextElementSibling;
    else parent.insertBefore(el, cursor);
    paintTree(el, kid);
  });
  for (const left of existing.values()) left.remove();
  // Text that stood where children now go (none in today's drawings, which never switch).
  for (const stray of [...parent.childNodes]) if (stray.nodeType !== 1) stray.remove();
}

/**
 * Makes `el` draw `node`: its attributes, its text, and its children matched by key (kept,
 * moved, made or removed), changing only what differs. The live diagram's drawing is put into
 * the page once as markup (see DiagramSvg's `still`), and every later frame, a morph's
 * in-between frames and each new scene alike, is painted by this, so no frame costs a React
 * render and React never holds a stale copy of what the elements show.
 */
export function paintTree(el: Element, node: SvgNode) {
  const before = paintedFrom.get(el);
  if (before === node) return;
  paintedFrom.set(el, node);
  paintAttributes(el, node.attrs, before?.attrs);
  const { children } = node;
  if (typeof children === 'string') {
    if (before?.children === children) return;
    if (el.childElementCount || el.textContent !== children) el.textContent = children;
  } else {
    paintChildren(el, children ?? [], paintedKids(before));
  }
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/**
 * The tree as SVG markup, for a picture that never changes: React puts it into the page as it
 * is (dangerouslySetInnerHTML of a string this module builds from numbers and the scenes' own
 * words, escaped), and has nothing in it to hydrate.
 */
export function toMarkup(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .filter(([, value]) => value !== undefined)
    .map(([prop, value]) => ` ${attributeName(prop)}="${escapeAttribute(String(value))}"`)
    .join('');
  const { children } = node;
  const inner = typeof children === 'string' ? escapeText(children) : (children ?? []).map(toMarkup).join('');
  return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}
