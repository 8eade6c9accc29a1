// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = readFileSync(path.join(process.cwd(), 'public', 'embed-host.js'), 'utf8');
const SITE = window.location.origin;

function frame(src: string): HTMLIFrameElement {
  const element = document.createElement('iframe');
  element.src = src;
  document.body.append(element);
  return element;
}

function send(data: unknown, source: Window | null, origin = SITE) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

describe('public/embed-host.js', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('sets the height of the frame that sent the message, and of no other', () => {
    const [a, b] = [frame('/embed/one/'), frame('/embed/two/')];
    window.eval(SCRIPT);
    send({ type: 'thin-middle:height', height: 512.4, slug: 'one' }, a.contentWindow);
    expect(a.style.height).toBe('513px');
    expect(b.style.height).toBe('');
  });

  it('ignores messages from another origin, of another shape, or from no frame of the page', () => {
    const a = frame('/embed/one/');
    window.eval(SCRIPT);
    send({ type: 'thin-middle:height', height: 300, slug: 'one' }, a.contentWindow, 'https://elsewhere.example');
    send({ type: 'thin-middle:height', height: '300px', slug: 'one' }, a.contentWindow);
    send({ type: 'thin-middle:height', height: 1e9, slug: 'one' }, a.contentWindow);
    send({ type: 'thin-middle:height', height: 300, slug: 'one' }, window);
    expect(a.style.height).toBe('');
  });
});
