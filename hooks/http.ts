// One request with a hard deadline, over node:http(s) (lighter to start than fetch), the
// way Git would reach that host (net/route.ts): its proxy, its trust. The modules load on
// first use: a push that needs no request does not pay for TLS, and one without a proxy
// does not load the proxy agents.
import { type Route } from './net/route.ts';
import { type Failed, type Failure, failureOf, proxyAnswered } from './net/failure.ts';
import { secureContextFor, widerTrust } from './net/trust.ts';

export type { Failure };

export type HttpResult =
  | { status: number; headers: Record<string, string>; body: string }
  | Failed;

const MAX_BODY = 1 << 20;
/** Headers that carry a credential (GitLab's API takes its token in PRIVATE-TOKEN). */
const CREDENTIAL_HEADERS = new Set(['authorization', 'private-token', 'proxy-authorization']);
const DIRECT: Route = { ca: [] };

export const httpGet = (url: string, headers: Record<string, string>, timeoutMs: number, route?: Route): Promise<HttpResult> =>
  httpRequest('GET', url, headers, undefined, timeoutMs, route);

/** A POST of a body (the LFS batch API); redirects are not followed, like every request here. */
export const httpPost = (url: string, headers: Record<string, string>, body: string, timeoutMs: number, route?: Route): Promise<HttpResult> =>
  httpRequest('POST', url, headers, body, timeoutMs, route);

/** Git trusts the system's CA bundle on its own; Node does not. Once it was needed, it stays for the process. */
let widened = false;

async function httpRequest(method: string, url: string, headers: Record<string, string>, body: string | undefined, timeoutMs: number, route: Route = DIRECT): Promise<HttpResult> {
  const deadline = Date.now() + timeoutMs;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { error: `not a URL: ${url}`, failure: 'network' };
  }
  // A credential never goes over a connection nobody verifies, even where Git would send it.
  if (route.unverified && Object.keys(headers).some((h) => CREDENTIAL_HEADERS.has(h.toLowerCase()))) {
    return { error: `not sent: ${route.unverified}, and hf-hooks sends no credential over a connection whose certificate nobody checks`, failure: 'unverified' };
  }
  if (route.invalid) return { error: route.invalid, failure: 'proxy' };
  const secure = target.protocol === 'https:';
  const first = await attempt(method, target, headers, body, deadline, route, secure && widened ? await widerTrust(route) : []);
  // A certificate Node's roots do not know may be one the system's bundle (Git's) does.
  const untrusted = 'untrusted' in first && first.untrusted;
  const wider = secure && !widened && untrusted ? await widerTrust(route) : [];
  if (!wider.length) return first;
  const again = await attempt(method, target, headers, body, deadline, route, wider);
  if (!('failure' in again)) widened = true;
  return again;
}

async function attempt(method: string, target: URL, headers: Record<string, string>, body: string | undefined, deadline: number, route: Route, wider: Route['ca']): Promise<HttpResult> {
  const secure = target.protocol === 'https:';
  const { request } = secure ? await import('node:https') : await import('node:http');
  let tls: { secureContext?: unknown } = {};
  if (secure) {
    const ctx = await secureContextFor(route.ca, wider);
    if ('error' in ctx) return { error: ctx.error, failure: 'tls' };
    if (ctx.context) tls = { secureContext: ctx.context };
  }
  const ended = new AbortController();
  const agent = route.proxy ? (await loadAgents()).agentFor(route.proxy.url, secure, ended.signal, deadline - Date.now()) : undefined;
  return new Promise((resolve) => {
    let done = false;
    let connect: number | undefined;
    const finish = (r: HttpResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      ended.abort();
      resolve(r);
    };
    const sized = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
    const req = request(target, { method, headers: { 'user-agent': 'hf-hooks', ...sized, ...headers }, ...(agent && { agent }), ...tls }, (res) => {
      const status = res.statusCode ?? 0;
      // The proxy's own refusal of the tunnel (https-proxy-agent replays it as the answer), or its 407.
      const refused = route.proxy && ((connect !== undefined && connect !== 200) || status === 407);
      if (refused) {
        res.resume();
        return finish(proxyAnswered(connect ?? status, route.proxy!.url, target));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size <= MAX_BODY) chunks.push(c);
      });
      res.on('end', () => finish({
        status,
        headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : String(v ?? '')])),
        body: Buffer.concat(chunks).toString('utf8'),
      }));
      res.on('error', (e) => finish(failureOf(e, target, route, connect !== undefined)));
    });
    req.on('proxyConnect', (answer: { statusCode?: number }) => (connect = answer.statusCode));
    const ms = Math.max(0, deadline - Date.now());
    const timer = setTimeout(() => {
      finish({ error: `no answer within ${ms} ms${route.proxy ? ' through the proxy' : ''}`, failure: 'timeout' });
      req.destroy();
    }, ms);
    req.on('error', (e: NodeJS.ErrnoException) => finish(failureOf(e, target, route, connect !== undefined)));
    req.end(body);
  });
}

declare const __HF_HOOKS_AGENTS__: string | undefined;

/**
 * net/agents.ts: in a build, the bundle build.mjs made of it, imported from the string it
 * carries; from the sources (tests), the module itself, by a path esbuild does not follow.
 */
async function loadAgents(): Promise<typeof import('./net/agents.ts')> {
  if (typeof __HF_HOOKS_AGENTS__ === 'string') return import(`data:text/javascript;base64,${Buffer.from(__HF_HOOKS_AGENTS__).toString('base64')}`);
  const source = ['.', 'net', 'agents.ts'].join('/');
  return import(source);
}
