// Parse a push URL the way Git does, and decide transport, provider and repo.
// Pure: no I/O; configuration arrives as plain data.
import { PROVIDERS, providerByHost } from './providers/index.ts';
import { type ProviderName, type Repo } from './providers/types.ts';

export type Transport = 'ssh' | 'https' | 'http' | 'git' | 'file';

export interface GitUrl {
  transport: Transport;
  user?: string;
  /** Present only to flag it; never printed unmasked. */
  password?: string;
  /** Lowercase; IPv6 without brackets. */
  host?: string;
  port?: number;
  /** The repository path as Git sends it to the server. */
  path: string;
}

export interface Remote extends GitUrl {
  url: string;
  provider: ProviderName;
  repo?: Repo;
}

export interface UrlProblem {
  error: string;
  /** A URL Git may accept but this pack does not check (ftp, remote helpers). */
  unsupported?: boolean;
}

export interface ClassifyContext {
  /** `hf-hooks.<host>.provider` and friends, keyed by lowercase host or host:port. */
  hosts: Record<string, { provider?: ProviderName }>;
  /** Deployments from the environment (HF_ENDPOINT): that host is that provider. */
  endpoints?: Partial<Record<ProviderName, string>>;
}

const MAX_URL_LENGTH = 2048;
const SCHEMES: Record<string, Transport> = {
  ssh: 'ssh', 'git+ssh': 'ssh', 'ssh+git': 'ssh', https: 'https', http: 'http', git: 'git', file: 'file',
};
const HOSTNAME = /^[a-z0-9_](?:[a-z0-9_.-]{0,252})$/;
const IPV6 = /^[0-9a-f:.]+(?:%[a-z0-9_.-]+)?$/;
// A leading '-' would turn into an ssh option (CVE-2017-1000117); Git refuses it too.
const SSH_USER = /^[A-Za-z0-9._~+$][A-Za-z0-9._~+$!-]*$/;

export function parseGitUrl(raw: string): GitUrl | UrlProblem {
  if (raw === '') return { error: 'the URL is empty' };
  if (raw.length > MAX_URL_LENGTH) return { error: `the URL is ${raw.length} characters long; no remote URL is longer than ${MAX_URL_LENGTH}` };
  if (/[\u0000-\u001f\u007f]/.test(raw)) return { error: 'the URL contains a control character (a newline or a tab, from a copy-paste?)' };
  if (raw.trim() !== raw) return { error: 'the URL starts or ends with a space' };
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(raw);
  if (scheme) return parseUrlForm(scheme[1].toLowerCase(), raw.slice(scheme[0].length));
  const helper = /^([A-Za-z][A-Za-z0-9+.-]*)::/.exec(raw);
  if (helper) return { error: `the URL goes through the remote helper git-remote-${helper[1]}, which hf-hooks cannot check`, unsupported: true };
  if (isLocalPath(raw)) return { transport: 'file', path: raw };
  return parseScpLike(raw);
}

/** Git's rule: no colon, or a slash before the first colon, or a drive letter, is a path. */
function isLocalPath(raw: string): boolean {
  const colon = raw.indexOf(':');
  const slash = raw.indexOf('/');
  return colon < 0 || (slash >= 0 && slash < colon) || /^[A-Za-z]:[\\/]/.test(raw);
}

function parseUrlForm(scheme: string, rest: string): GitUrl | UrlProblem {
  const transport = SCHEMES[scheme];
  if (!transport) return { error: `the '${scheme}://' scheme is not one hf-hooks can check`, unsupported: true };
  const slash = rest.indexOf('/');
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? '' : rest.slice(slash);
  if (transport === 'file') return { transport, path: path || rest };
  const at = authority.lastIndexOf('@');
  const userinfo = at < 0 ? undefined : authority.slice(0, at);
  const server = parseHostPort(authority.slice(at + 1), true);
  if ('error' in server) return server;
  if (/\s/.test(path) && transport !== 'ssh') return { error: 'the path contains a space; a web URL cannot (did a copy-paste add one?)' };
  const url: GitUrl = { transport, ...server, path };
  if (userinfo !== undefined) {
    const colon = userinfo.indexOf(':');
    url.user = decode(colon < 0 ? userinfo : userinfo.slice(0, colon));
    if (colon >= 0) url.password = decode(userinfo.slice(colon + 1));
    // %0a and friends: Git dies on them in the credential protocol (credential.c,
    // credential_write_item: "credential value for username contains newline").
    if (/[\u0000-\u001f\u007f]/.test(`${url.user}${url.password ?? ''}`)) return { error: 'the user name or password in the URL holds an encoded control character (%0a, %0d, %00...)' };
  }
  return checkSshUser(url);
}

function parseScpLike(raw: string): GitUrl | UrlProblem {
  // Like Git's host_end(): `[host]:path`, `user@[host]:path`, `[user@host:port]:path`.
  const at = raw.indexOf('@[');
  const open = raw.startsWith('[') ? 0 : at >= 0 && at < raw.indexOf(':') ? at + 1 : -1;
  let hostPart: string;
  let path: string;
  if (open >= 0) {
    const close = raw.indexOf(']:', open);
    if (close < 0) return { error: "the URL opens '[' but has no ']:' before the path" };
    hostPart = raw.slice(0, open) + raw.slice(open + 1, close);
    path = raw.slice(close + 2);
  } else {
    const colon = raw.indexOf(':');
    hostPart = raw.slice(0, colon);
    path = raw.slice(colon + 1);
  }
  const userAt = hostPart.lastIndexOf('@');
  const user = userAt < 0 ? undefined : hostPart.slice(0, userAt);
  // Inside brackets Git allows `host:port`; more than one colon there is IPv6.
  const hostPort = hostPart.slice(userAt + 1);
  const colons = hostPort.split(':').length - 1;
  const server = parseHostPort(colons > 1 ? `[${hostPort}]` : hostPort, colons === 1);
  if ('error' in server) return server;
  if (path === '') return { error: 'the URL has no repository path after the colon' };
  return checkSshUser(user === undefined ? { transport: 'ssh', ...server, path } : { transport: 'ssh', user, ...server, path });
}

function parseHostPort(text: string, portAllowed: boolean): { host: string; port?: number } | UrlProblem {
  const v6 = /^\[([^\]]*)\](?::(.*))?$/.exec(text);
  const [host, port] = v6 ? [v6[1], v6[2]] : splitOnce(text, ':');
  const lower = host.toLowerCase();
  if (lower === '') return { error: 'the URL has no host name' };
  if (v6 ? !IPV6.test(lower) || !lower.includes(':') : !HOSTNAME.test(lower)) {
    return { error: `'${host.slice(0, 80)}' is not a valid host name` };
  }
  if (port === undefined || port === '') return { host: lower };
  if (!portAllowed) return { error: `a port cannot be given here (':${port.slice(0, 20)}'); use ssh://host:port/path` };
  const number = /^\d{1,5}$/.test(port) ? Number(port) : NaN;
  if (!(number >= 1 && number <= 65535)) return { error: `port '${port.slice(0, 20)}' is not a number from 1 to 65535` };
  return { host: lower, port: number };
}

function checkSshUser(url: GitUrl): GitUrl | UrlProblem {
  if (url.transport !== 'ssh' || url.user === undefined || SSH_USER.test(url.user)) return url;
  return { error: `the SSH user name '${url.user.slice(0, 40)}' has characters ssh would misread` };
}

function splitOnce(text: string, sep: string): [string, string | undefined] {
  const i = text.indexOf(sep);
  return i < 0 ? [text, undefined] : [text.slice(0, i), text.slice(i + 1)];
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The repository path without leading/trailing slashes and without `.git`. */
export function repoPath(path: string): string {
  return path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '').replace(/\/+$/, '');
}

export function providerFor(url: GitUrl, ctx: ClassifyContext): ProviderName {
  if (!url.host) return 'generic';
  const configured = (url.port && ctx.hosts[`${url.host}:${url.port}`]?.provider) || ctx.hosts[url.host]?.provider;
  if (configured) return configured;
  const deployed = Object.entries(ctx.endpoints ?? {}).find(([, endpoint]) => isDeployment(endpoint, url))?.[0] as ProviderName | undefined;
  return deployed ?? providerByHost(url.host)?.name ?? 'generic';
}

/**
 * Whether a remote is the deployment an endpoint (HF_ENDPOINT) names. Over HTTP(S) the port
 * must be the endpoint's too: another port of the same host is another server, and the
 * deployment's API would get its credentials. Over SSH the host name alone says it.
 */
export function isDeployment(endpoint: string, url: Pick<GitUrl, 'transport' | 'host' | 'port'>): boolean {
  if (!url.host || endpointHost(endpoint) !== url.host) return false;
  if (url.transport !== 'http' && url.transport !== 'https') return true;
  const e = new URL(endpoint);
  const endpointPort = Number(e.port) || DEFAULT_PORTS[e.protocol.slice(0, -1) as Transport];
  return (url.port ?? DEFAULT_PORTS[url.transport]) === endpointPort;
}

/** The lowercase host name of an API base or endpoint URL. */
export function endpointHost(endpoint: string): string | undefined {
  try {
    return new URL(endpoint).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return undefined;
  }
}

export function classify(raw: string, ctx: ClassifyContext): Remote | UrlProblem {
  const parsed = parseGitUrl(raw);
  if ('error' in parsed) return parsed;
  const provider = providerFor(parsed, ctx);
  const repo = parsed.transport === 'file' ? undefined : PROVIDERS[provider].parseRepo(repoPath(parsed.path));
  return repo ? { url: raw, ...parsed, provider, repo } : { url: raw, ...parsed, provider };
}

/** The same URL with any `user:password@` removed: what `git remote set-url` should get. */
export function withoutUserinfo(raw: string): string {
  return raw.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/]*@/, '$1');
}

/** `scheme://host[:port]`, as credential helpers and `credential.<url>.*` keys name a server. */
export function origin(r: Pick<GitUrl, 'transport' | 'host' | 'port'>): string {
  const host = r.host?.includes(':') ? `[${r.host}]` : r.host ?? '';
  return `${r.transport}://${host}${r.port ? `:${r.port}` : ''}`;
}

/** Whether two URLs reach the same server: same host and port, HTTP and HTTPS counting as one. */
export function sameServer(a: GitUrl, b: GitUrl): boolean {
  const family = (t: Transport) => (t === 'http' ? 'https' : t);
  const port = (u: GitUrl) => u.port ?? DEFAULT_PORTS[u.transport];
  return family(a.transport) === family(b.transport) && a.host === b.host && port(a) === port(b);
}

const DEFAULT_PORTS: Partial<Record<Transport, number>> = { ssh: 22, https: 443, http: 80, git: 9418 };

export const isLoopback = (host: string | undefined): boolean =>
  host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host ?? '');
