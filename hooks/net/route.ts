// The way to a provider's API that Git would take to the remote: its proxy and its trust
// (git/git http.c). Settings are those Git applies to the remote's URL (`http.<url>.*`,
// urlmatch.ts), so a proxy set for the Git host is used for that host's API too; NO_PROXY
// is checked against the host actually reached, as curl does for each request.
import { type Remote } from '../remote.ts';
import { noProxy } from './noproxy.ts';
import { type ConfigEntry, urlConfig } from './urlmatch.ts';

export interface Route {
  /** The proxy Git would use, and where that is set. */
  proxy?: { url: string; source: string };
  /** Why this request goes direct although a proxy is set (NO_PROXY, an empty http.proxy). */
  direct?: string;
  /** A proxy setting Git itself would refuse ("Invalid proxy URL"), and why. */
  invalid?: string;
  /** Certificates Git is told to trust, added to Node's roots (and NODE_EXTRA_CA_CERTS, which Node reads itself). */
  ca: { path: string; dir?: boolean; source: string }[];
  /**
   * Trust tried only when a certificate is not trusted otherwise, as it costs ~20 ms to add a
   * whole bundle: OpenSSL's SSL_CERT_FILE (Node ignores it; curl may not), then the system bundle.
   */
  fallbackCa?: { path: string; source: string }[];
  /** Why Git does not verify certificates here (http.sslVerify false, GIT_SSL_NO_VERIFY). */
  unverified?: string;
  /** http.proxyAuthMethod or GIT_HTTP_PROXY_AUTHMETHOD, when set. */
  proxyAuthMethod?: string;
}

/** The schemes Git accepts in a proxy URL (http.c set_curl_proxy_type). */
const PROXY_SCHEMES = new Set(['http', 'https', 'socks', 'socks4', 'socks4a', 'socks5', 'socks5h']);

/** Git's spelling of the settings, for messages (git config lists names in lowercase). */
const SPELLING: Record<string, string> = { proxy: 'proxy', sslcainfo: 'sslCAInfo', sslcapath: 'sslCAPath', sslverify: 'sslVerify', proxyauthmethod: 'proxyAuthMethod' };
const spelled = (source: string) => source.replace(/\.(proxy|sslcainfo|sslcapath|sslverify|proxyauthmethod)( \(|$)/, (_, name: string, tail: string) => `.${SPELLING[name]}${tail}`);

/** Git's boolean values that mean false (config.c git_parse_maybe_bool_text). */
const FALSE = new Set(['false', 'no', 'off', '0', '']);

/**
 * `gitUrl`: the URL Git talks to (the remote's, or git-lfs's endpoint); `requestUrl`: the
 * API request. `http`: the http.* entries of git config, in the order Git read them.
 */
export function routeFor(gitUrl: string, requestUrl: string, http: ConfigEntry[], env: NodeJS.ProcessEnv): Route {
  const settings = urlConfig(http, 'http', gitUrl);
  const setting = (name: string) => {
    const s = settings.get(name);
    return s && { value: s.value, source: spelled(s.source) };
  };
  const route: Route = { ca: trust(setting, env, env.HOME), ...(env.SSL_CERT_FILE && { fallbackCa: [{ path: env.SSL_CERT_FILE, source: 'SSL_CERT_FILE' }] }) };
  const verify = setting('sslverify');
  // http.c: GIT_SSL_NO_VERIFY, set to anything, turns verification off.
  if (env.GIT_SSL_NO_VERIFY !== undefined) route.unverified = 'GIT_SSL_NO_VERIFY is set';
  else if (verify?.value !== undefined && FALSE.has(verify.value.toLowerCase())) route.unverified = `${verify.source} is false`;
  const method = env.GIT_HTTP_PROXY_AUTHMETHOD ?? setting('proxyauthmethod')?.value;
  if (method) route.proxyAuthMethod = method;
  const target = urlOf(requestUrl);
  const proxy = target && proxySetting(setting('proxy'), target.protocol, env);
  if (!proxy) return route;
  if (proxy.url === '') return { ...route, direct: `${proxy.source} is empty` };
  const parsed = proxyUrl(proxy.url);
  if ('error' in parsed) return { ...route, invalid: `${proxy.source}: ${parsed.error}` };
  // http.c hands NO_PROXY (no_proxy wins) to curl, whatever set the proxy.
  const list = env.no_proxy ?? env.NO_PROXY;
  const host = target.hostname;
  if (noProxy(host, list)) return { ...route, direct: `${env.no_proxy !== undefined ? 'no_proxy' : 'NO_PROXY'} (${list}) covers ${host}` };
  return { ...route, proxy: { url: parsed.url, source: proxy.source } };
}

function urlOf(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** An API request made for a remote: Git's settings for the remote's URL where Git reaches it over http(s). */
export function routeOf(remote: Remote, requestUrl: string, http: ConfigEntry[], env: NodeJS.ProcessEnv): Route {
  const gitUrl = remote.transport === 'https' || remote.transport === 'http' ? remote.url : requestUrl;
  return routeFor(gitUrl, requestUrl, http, env);
}

/**
 * http.proxy first; else the environment by the request's scheme, lowercase winning, and
 * http_proxy only in lowercase (http.c: "historically lowercase only"); then ALL_PROXY.
 * An empty value counts: it means no proxy.
 */
function proxySetting(configured: { value: string | undefined; source: string } | undefined, scheme: string, env: NodeJS.ProcessEnv): { url: string; source: string } | undefined {
  if (configured) return { url: configured.value ?? '', source: configured.source };
  const names = scheme === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy'];
  for (const name of [...names, 'all_proxy', 'ALL_PROXY']) {
    const value = env[name];
    if (value !== undefined) return { url: value, source: name };
  }
  return undefined;
}

/** A proxy as Git reads it: no scheme means http://; a path only for a socks socket, which hf-hooks cannot use. */
export function proxyUrl(raw: string): { url: string } | { error: string } {
  const url = raw.includes('://') ? raw : `http://${raw}`;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { error: `'${raw}' is not a proxy URL` };
  }
  const scheme = u.protocol.slice(0, -1);
  if (!PROXY_SCHEMES.has(scheme)) return { error: `unsupported proxy scheme '${scheme}'` };
  if (!u.hostname) return { error: `'${raw}' names no proxy host` };
  if (u.pathname !== '/' && u.pathname !== '') return { error: 'a proxy URL with a path (a local socket) is not one hf-hooks can use' };
  return { url };
}

/**
 * Certificates Git is told to trust (GIT_SSL_CAINFO over http.sslCAInfo, GIT_SSL_CAPATH over
 * http.sslCAPath, http.c set_from_env): added to Node's roots, never replacing them (Git's
 * replace curl's; a request hf-hooks trusts more widely than Git only errs towards asking).
 */
function trust(setting: (name: string) => { value: string | undefined; source: string } | undefined, env: NodeJS.ProcessEnv, home: string | undefined): Route['ca'] {
  const ca: Route['ca'] = [];
  const add = (path: string | undefined, source: string, o: { dir?: boolean } = {}) => {
    if (path) ca.push({ path: home && path.startsWith('~/') ? `${home}${path.slice(1)}` : path, source, ...o });
  };
  const info = setting('sslcainfo');
  const capath = setting('sslcapath');
  add(env.GIT_SSL_CAINFO ?? info?.value, env.GIT_SSL_CAINFO !== undefined ? 'GIT_SSL_CAINFO' : info?.source ?? '');
  add(env.GIT_SSL_CAPATH ?? capath?.value, env.GIT_SSL_CAPATH !== undefined ? 'GIT_SSL_CAPATH' : capath?.source ?? '', { dir: true });
  return ca;
}

/** A proxy URL fit to print: its password masked. */
export function shownProxy(url: string): string {
  return url.replace(/^([a-z0-9]+:\/\/[^/@:]*):[^/@]*@/i, '$1:****@');
}
