/**
 * Reads a `_headers` file (Netlify and Cloudflare Pages syntax) the way those hosts match it:
 * a rule is a path line, `*` matching anything and `:name` one segment, followed by indented
 * `Name: value` lines. Used by the tests that serve out/ with the headers a host would send.
 */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not under a path or has no colon`);
    rule.headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return rules;
}

function pattern(path: string): RegExp {
  const source = path
    .split(/(\*|:[a-z]\w*)/i)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

function rulesFor(rules: readonly HeaderRule[], pathname: string): HeaderRule[] {
  return rules.filter((rule) => pattern(rule.path).test(pathname));
}

/** Every header the host sends for `pathname`, each with the values of all matching rules. */
export function headerValues(rules: readonly HeaderRule[], pathname: string): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const rule of rulesFor(rules, pathname)) {
    for (const [name, value] of Object.entries(rule.headers)) (values[name] ??= []).push(value);
  }
  return values;
}

/** The headers as Cloudflare sends them: a header set by two rules has their values joined. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  return Object.fromEntries(Object.entries(headerValues(rules, pathname)).map(([name, v]) => [name, v.join(', ')]));
}
