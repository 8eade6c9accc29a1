import { createElement, type ReactElement } from 'react';

/** An attribute's value; undefined leaves it out (and, when painting, removes it). */
export type SvgValue = string | number | undefined;

/**
 * One SVG element as plain data: what the diagram draws, written once and used twice. React
 * renders it when the scene changes; between two scenes `paintTree` writes a frame's tree into
 * the elements React made, so a frame of a morph costs no React render.
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

/** Whether `el` was made from a tree of this shape: same tags, same ids, same number of children. */
function sameShape(el: Element, node: SvgNode): boolean {
  if (el.tagName !== node.tag) return false;
  for (const prop in node.attrs) {
    if (prop.startsWith('data-') && el.getAttribute(prop) !== String(node.attrs[prop])) return false;
  }
  const { children } = node;
  if (typeof children === 'string') return el.childElementCount === 0;
  const kids = children ?? [];
  if (el.childElementCount !== kids.length) return false;
  let child = el.firstElementChild;
  for (const kid of kids) {
    if (!child || !sameShape(child, kid)) return false;
    child = child.nextElementSibling;
  }
  return true;
}

function paint(el: Element, node: SvgNode) {
  for (const prop in node.attrs) {
    const value = node.attrs[prop];
    const name = attributeName(prop);
    if (value === undefined) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else {
      const text = String(value);
      // An unchanged attribute is left alone: writing it would still invalidate its style.
      if (el.getAttribute(name) !== text) el.setAttribute(name, text);
    }
  }
  const { children } = node;
  if (typeof children === 'string') {
    if (el.textContent !== children) el.textContent = children;
    return;
  }
  let child = el.firstElementChild;
  for (const kid of children ?? []) {
    paint(child!, kid);
    child = child!.nextElementSibling;
  }
}

/**
 * Writes `node`'s attributes and text into `el`, which React rendered from a tree of the same
 * shape. Returns false, changing nothing, when the shapes differ (a label that appears halfway
 * through a morph): that frame is React's to render.
 */
export function paintTree(el: Element, node: SvgNode): boolean {
  if (!sameShape(el, node)) return false;
  paint(el, node);
  return true;
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
