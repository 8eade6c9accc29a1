// A small reader for the start tags of the HTML that Next writes: enough to list the scripts a
// page loads, the links it makes and the ids it has. Script and style bodies and comments are
// dropped first, so text inside them (the inline RSC payload) never reads as markup.

const COMMENT = /<!--[\s\S]*?-->/g;
const RAW_TEXT = /(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi;
const START_TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** The start tags of `html`, each as its lower-case name and its attributes (names lower-cased). */
export function startTags(html) {
  const tags = [];
  const markup = html.replace(COMMENT, '').replace(RAW_TEXT, '$1$3');
  for (const [, name, rest] of markup.matchAll(START_TAG)) {
    const attrs = {};
    for (const [, key, double, single, bare] of rest.matchAll(ATTRIBUTE)) {
      attrs[key.toLowerCase()] = decodeEntities(double ?? single ?? bare ?? '');
    }
    tags.push({ name: name.toLowerCase(), attrs });
  }
  return tags;
}

/**
 * The bodies of the inline script elements, exactly as written in the file: those without a
 * `src`, and not data blocks (a `type` that is not JavaScript, which never runs).
 */
export function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter(([, attrs]) => !/\bsrc\s*=/i.test(attrs))
    .filter(([, attrs]) => !/\btype\s*=\s*"(?!text\/javascript"|module")/i.test(attrs))
    .map(([, , body]) => body);
}
