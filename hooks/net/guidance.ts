// A request that did not get an answer, said for what stopped it, with the setting that
// fixes it: Git's own (http.proxy, http.sslCAInfo), which hf-hooks follows. Each is a
// warning: Git reads more than hf-hooks can (a credential helper for the proxy, its own
// CA list), so the push may still work.
import { type Finding, type RouteShown, finding } from '../findings.ts';
import { type Failed } from './failure.ts';
import { type Route, shownProxy } from './route.ts';

/** Findings that say an API could not be asked; the push goes on unconfirmed. */
export const API_FAILURES = new Set(['api.unreachable', 'api.tls', 'api.proxy', 'api.proxy-auth', 'api.unverified']);

const LETS = 'hf-hooks cannot confirm the token, so it lets Git try.';
const PROXY_HINT = 'If this network reaches the internet only through a proxy, tell Git (hf-hooks follows it): git config --global http.proxy http://PROXY-HOST:PORT';
const CA_HINT = 'git config --global http.sslCAInfo /path/to/your-network-ca.pem    # Git and hf-hooks both trust it';

/** `asked`: what hf-hooks wanted to know ("whether the token may push"). */
export function apiFailure(api: string, f: Failed, route: Route, asked = 'whether the token may push'): Finding {
  const what = `Could not ask ${api} ${asked}: ${f.error}.`;
  switch (f.failure) {
    case 'tls': return tls(what, f, route);
    case 'proxy': return proxy(what, route);
    case 'proxy-auth': return proxyAuth(what, route);
    case 'unverified':
      return finding('api.unverified', 'warn',
        `${what}\nGit will send the token anyway, to whoever answers: ${route.unverified} turns off the check that it is ${hostOf(api)}.`,
        [...verifyAgain(route.unverified ?? ''), CA_HINT.replace('both trust it', 'both trust it, instead of trusting anyone')]);
    case 'timeout':
      return finding('api.unreachable', 'warn', `${what}\n${LETS}`,
        ['hf-hooks.timeout is the budget in ms (git config hf-hooks.timeout 8000); HF_HOOKS=0 skips the check', ...(route.proxy || route.direct ? [] : [PROXY_HINT])]);
    case 'dns':
      return finding('api.unreachable', 'warn', `${what}\n${LETS}`,
        route.direct?.includes('covers') ? [`${route.direct}: if ${hostOf(api)} is reached through the proxy, take it out of that list`] : route.proxy ? [] : [PROXY_HINT]);
    default:
      return finding('api.unreachable', 'warn', `${what}\n${LETS}`, route.proxy || route.direct ? [] : [PROXY_HINT]);
  }
}

function tls(what: string, f: Failed, route: Route): Finding {
  const tried = route.ca.length ? `\nThe certificates hf-hooks was given (${route.ca.map((c) => `${c.path}, from ${c.source}`).join('; ')}) do not sign it either.` : '';
  return finding('api.tls', 'warn', `${what}${tried}\nGit may trust it where hf-hooks does not, so it lets Git try.`,
    f.untrusted ? [`If your network inspects TLS with its own CA, name that CA: ${CA_HINT}`, 'or, for one shell: export GIT_SSL_CAINFO=/path/to/your-network-ca.pem'] : []);
}

function proxy(what: string, route: Route): Finding {
  const where = route.invalid ? route.invalid.split(':')[0] : route.proxy?.source;
  const env = where && /^[a-z_]+$/i.test(where) ? where : undefined;
  return finding('api.proxy', 'warn', `${what}\nThe proxy is ${route.proxy ? `${shownProxy(route.proxy.url)}, from ${route.proxy.source}` : `set in ${where}`}; Git uses the same one, so the push is likely to fail too. hf-hooks lets Git try.`,
    env
      ? [`export ${env}=http://PROXY-HOST:PORT    # the proxy your network uses`]
      : ['git config --show-origin --get-all http.proxy    # where it is set', 'git config --global http.proxy http://PROXY-HOST:PORT    # the proxy your network uses']);
}

function proxyAuth(what: string, route: Route): Finding {
  const p = route.proxy!;
  const method = route.proxyAuthMethod?.toLowerCase();
  const hasLogin = /^[a-z0-9]+:\/\/[^/@]+@/i.test(p.url);
  const why = method && method !== 'basic' && method !== 'anyauth'
    ? `Git logs in to it with ${method} (http.proxyAuthMethod); hf-hooks speaks only Basic to proxies, so it lets Git try.`
    : hasLogin ? `It refused the login in ${p.source}. hf-hooks lets Git try.`
      : 'hf-hooks sends a proxy login only when it is in the proxy URL; Git may get one from a credential helper, so it lets Git try.';
  const host = shownProxy(p.url).replace(/^[a-z0-9]+:\/\/([^/@]*@)?/i, '');
  return finding('api.proxy-auth', 'warn', `${what}\n${why}`,
    hasLogin || (method && method !== 'basic' && method !== 'anyauth') ? [] : [`Put the login in the proxy URL, where Git and hf-hooks both read it: http://USER:PASSWORD@${host} (in ${p.source})`]);
}

/** How to turn verification back on, where it was turned off. */
function verifyAgain(why: string): string[] {
  if (why.startsWith('GIT_SSL_NO_VERIFY')) return ['unset GIT_SSL_NO_VERIFY    # verify certificates again'];
  const scope = /\((global|system|local|worktree)\)/.exec(why)?.[1];
  const key = why.split(' ')[0];
  return [`git config${scope ? ` --${scope}` : ''} --unset ${key}    # verify certificates again`];
}

const hostOf = (api: string) => {
  try {
    return new URL(api).host;
  } catch {
    return api;
  }
};

/** doctor: the way API requests go, when anything but Node's defaults decides it. */
export function routeFinding(url: string, route: Route): Finding | undefined {
  const parts: string[] = [];
  if (route.proxy) parts.push(`via the proxy ${shownProxy(route.proxy.url)} (from ${route.proxy.source})`);
  else if (route.direct) parts.push(`direct (${route.direct})`);
  else if (route.invalid) parts.push(`nowhere: ${route.invalid}`);
  if (route.ca.length) parts.push(`trusting, besides Node's roots, ${route.ca.map((c) => `${c.path} (from ${c.source})`).join(', ')}`);
  if (route.unverified) parts.push(`with no token sent: ${route.unverified}`);
  if (!parts.length) return undefined;
  return finding('api.route', 'info', `API requests for ${url.replace(/\/\/[^/@]*@/, '//')} go ${parts.join('; ')}.`);
}

/** The same, as data for doctor --json; undefined when Node's defaults decide. */
export function routeShown(route: Route): RouteShown | undefined {
  const shown: RouteShown = {
    ...(route.proxy && { proxy: shownProxy(route.proxy.url), proxySource: route.proxy.source }),
    ...(route.direct && { direct: route.direct }),
    ...(route.invalid && { invalid: route.invalid }),
    ...(route.ca.length && { ca: route.ca.map(({ path, source }) => ({ path, source })) }),
    ...(route.unverified && { unverified: route.unverified }),
  };
  return Object.keys(shown).length ? shown : undefined;
}
