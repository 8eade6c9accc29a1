/** The id of the style that hides a lecture or embed until the client has applied its query. */
export const PENDING_STYLE_ID = 'deck-query-pending';

/**
 * A static export draws every embed and lecture page at step 1. When the address has a query
 * (`?step=4`), this inline script hides the page before the first paint, so that the reader
 * never sees step 1 flash by; `useQueryOnMount` shows it again once the query is applied, and
 * a timer shows it anyway if the page's scripts fail to load.
 */
const SCRIPT = `(function(){if(location.search.length<2)return;var s=document.createElement('style');s.id='${PENDING_STYLE_ID}';s.textContent='[data-query-root]{visibility:hidden}';document.head.appendChild(s);setTimeout(function(){s.remove()},2500)})()`;

export function QueryPendingScript() {
  return <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
