// How an exported page loads its scripts (issue 14), as pure functions of a page's HTML and a
// chunk's source; scripts/site/defer-scripts.mjs applies them to out/ after `next build`.
//
// 1. After the first paint. Next writes its first-load chunks as <script async> (and one
//    <link rel=preload as=script>) in the head, so the browser fetches 139 KB of script while
//    it is still fetching what the first paint needs. Each becomes a data block that names the
//    chunk, and a small loader adds them once the first paint is on screen. The page reads and
//    scrolls without them (the drawing is server markup); they hydrate the controls and the
//    morph.
// 2. Compiled off the main thread. V8 compiles a script's inner functions lazily, on the main
//    thread, the first time each is called; a Turbopack chunk is a list of module functions,
//    all called at start. The `allFunctionsCalledOnLoad` compile hint makes V8 compile them
//    eagerly while it streams the file, on a background thread.

/** The type of the data block that stands for a chunk the loader adds after the first paint. */
export const AFTER_PAINT_TYPE = 'text/x-after-first-paint';

/** V8's file-level compile hint (https://v8.dev/blog/explicit-compile-hints). */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

// Next's own spelling of the two tags, as it writes them into the head.
const CHUNK_TAG =
  /<script src="([^"]+)" async=""><\/script>|<link rel="preload" as="script"(?: fetchPriority="low")? href="([^"]+)"\/>/g;

const block = (src, preload) =>
  `<script type="${AFTER_PAINT_TYPE}" data-src="${src}"${preload ? ' data-preload=""' : ''}></script>`;

/**
 * Adds the chunks the page's data blocks name: scripts (async, as Next wrote them) and
 * preloads. It runs once, in the task after the browser reports the page's first paint (a
 * frame's paint is shown a little after its rendering task ends, so waiting for the next frame
 * is not enough), or after the next frame where paint timing is unknown, or after three
 * seconds whatever happens (a page opened in a background tab paints when it is shown). Any
 * first paint, not only a contentful one: an embed or lecture page opened at a step hides its
 * content until its script has shown that step (components/hooks/query-pending.tsx), and
 * paints only its background until then.
 */
export const LOADER = `(()=>{let d=0;const go=()=>{if(d)return;d=1;for(const b of document.querySelectorAll('script[type="${AFTER_PAINT_TYPE}"]')){const p="preload"in b.dataset,e=document.createElement(p?"link":"script");if(p){e.rel="preload";e.as="script";e.href=b.dataset.src}else{e.src=b.dataset.src;e.async=!0}document.head.appendChild(e)}},later=()=>setTimeout(go);if(self.PerformanceObserver&&PerformanceObserver.supportedEntryTypes?.includes("paint"))new PerformanceObserver((l,o)=>{o.disconnect();later()}).observe({type:"paint",buffered:!0});else requestAnimationFrame(later);setTimeout(go,3e3)})()`;

/**
 * A page's HTML with its first-load chunks turned into data blocks and the loader after the
 * last of them, and the chunks it names in document order. A page already deferred (the step
 * ran twice) or without chunks comes back as it was.
 */
export function deferScripts(html) {
  if (html.includes(AFTER_PAINT_TYPE)) return { html, chunks: chunksOf(html) };
  const out = html.replace(CHUNK_TAG, (_, script, preload) => block(script ?? preload, !script));
  const chunks = chunksOf(out);
  if (chunks.length === 0) return { html, chunks };
  const last = out.lastIndexOf(`<script type="${AFTER_PAINT_TYPE}"`);
  const end = out.indexOf('</script>', last) + '</script>'.length;
  return { html: `${out.slice(0, end)}<script>${LOADER}</script>${out.slice(end)}`, chunks };
}

/** The chunks a deferred page's data blocks name. */
export function chunksOf(html) {
  const tag = new RegExp(`<script type="${AFTER_PAINT_TYPE}" data-src="([^"]+)"`, 'g');
  return [...html.matchAll(tag)].map(([, src]) => src);
}

/** A chunk's source with the compile hint as its first line (once). */
export function withCompileHint(source) {
  return source.startsWith(COMPILE_HINT) ? source : COMPILE_HINT + source;
}
