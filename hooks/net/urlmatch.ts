// Which `http.<url>.*` settings Git applies to a URL, as urlmatch.c decides (git/git
// urlmatch.c: match_urls, match_host, cmp_matches): same scheme, host and port; the
// pattern's path a prefix of the URL's at a '/'; its user name, if any, the URL's; a `*`
// stands for one whole host label. The most specific match wins (longer host, then longer
// path, then a user name); among equals, the one read last. `http.<name>` matches any URL.

/** One git config entry: the key as Git lists it (section and name lowercase), its scope. */
export interface ConfigEntry {
  key: string;
  /** Undefined for a key written without `=` (a boolean that is true). */
  value: string | undefined;
  scope?: string;
}

export interface Applied {
  value: string | undefined;
  /** The key and scope it came from, for saying where a setting is set. */
  source: string;
}

interface UrlInfo { scheme: string; user: string; host: string; port: string; path: string }

function parse(url: string): UrlInfo | undefined {
  try {
    const u = new URL(url);
    return { scheme: u.protocol, user: decodeURIComponent(u.username), host: u.hostname, port: u.port, path: u.pathname };
  } catch {
    return undefined;
  }
}

/** Labels compared one by one; `*` alone is any one label (match_host). */
function hostMatches(host: string, pattern: string): boolean {
  const a = host.split('.');
  const b = pattern.split('.');
  return a.length === b.length && b.every((label, i) => label === '*' || label === a[i]);
}

/** The length of the path match counting the implicit final '/', or 0 (url_match_prefix). */
function pathMatch(path: string, prefix: string): number {
  if (prefix === '' || prefix === '/') return 1;
  const p = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  if (!path.startsWith(p)) return 0;
  return path.length === p.length || path[p.length] === '/' ? p.length + 1 : 0;
}

type Rank = [host: number, path: number, user: number];

/**
 * Whether a pattern that names a path (`https://huggingface.co/acme/model`) is for this
 * URL's server (scheme, host with `*` labels, port), whatever the URL's own path: a
 * `credential.<url>` section Git may apply to some repository of that server.
 */
export function pathScopedFor(url: string, pattern: string): boolean {
  const u = parse(url);
  const p = parse(pattern);
  return !!u && !!p && p.path !== '/' && p.path !== '' && p.scheme === u.scheme && p.port === u.port && hostMatches(u.host, p.host);
}

function rank(url: UrlInfo, pattern: string): Rank | undefined {
  const p = parse(pattern);
  if (!p || p.scheme !== url.scheme || p.port !== url.port || !hostMatches(url.host, p.host)) return undefined;
  if (p.user && p.user !== url.user) return undefined;
  const path = pathMatch(url.path, p.path);
  return path ? [p.host.length, path, p.user ? 1 : 0] : undefined;
}

const worse = (a: Rank, b: Rank) => a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];

/** The settings of `section` that apply to `url`, by name (lowercase), each with where it came from. */
export function urlConfig(entries: ConfigEntry[], section: string, url: string): Map<string, Applied> {
  const target = parse(url);
  const best = new Map<string, { rank: Rank } & Applied>();
  for (const e of entries) {
    if (!e.key.startsWith(`${section}.`)) continue;
    const rest = e.key.slice(section.length + 1);
    const dot = rest.lastIndexOf('.');
    const name = rest.slice(dot + 1);
    const r: Rank | undefined = dot < 0 ? [0, 0, 0] : target && rank(target, rest.slice(0, dot));
    if (!r) continue;
    const had = best.get(name);
    if (had && worse(r, had.rank)) continue;
    best.set(name, { rank: r, value: e.value, source: `${e.key}${e.scope ? ` (${e.scope})` : ''}` });
  }
  return new Map([...best].map(([name, { value, source }]) => [name, { value, source }]));
}
