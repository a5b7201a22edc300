// What stopped a request, in words that say where it broke: the proxy, the name, the
// certificate, the deadline. net/guidance.ts turns each kind into its own finding.
import { type Route, shownProxy } from './route.ts';

export type Failure = 'timeout' | 'dns' | 'refused' | 'tls' | 'proxy' | 'proxy-auth' | 'unverified' | 'network';

export interface Failed {
  error: string;
  failure: Failure;
  /** The certificate chain ends in a CA nobody here trusts (as opposed to expired, wrong name). */
  untrusted?: boolean;
}

/** OpenSSL's verify results that mean "signed by a CA not in the trust store". */
const UNTRUSTED = new Set([
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT', 'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'CERT_UNTRUSTED',
]);
const NO_NAME = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);

/**
 * `tunnelled`: the proxy had answered the CONNECT, so what failed after is the far side.
 * Before that, with a proxy, a connection error is the proxy's.
 */
export function failureOf(e: NodeJS.ErrnoException, target: URL, route: Route, tunnelled: boolean): Failed {
  const code = e.code ?? '';
  const proxy = route.proxy?.url;
  if (UNTRUSTED.has(code)) return { error: `${target.hostname}'s certificate is signed by a CA this machine's Node does not trust (${code})`, failure: 'tls', untrusted: true };
  if (/CERT|^ERR_TLS_|^ERR_SSL_|^EPROTO$/.test(code)) return { error: `TLS with ${target.hostname} failed: ${e.message.split('\n')[0]} (${code})`, failure: 'tls' };
  if (proxy && !tunnelled) {
    const host = safeHost(proxy);
    if (NO_NAME.has(code)) return { error: `the proxy's host name ${host} does not resolve`, failure: 'proxy' };
    if (code === 'ECONNREFUSED') return { error: `the proxy ${shownProxy(proxy)} refused the connection`, failure: 'proxy' };
    return { error: `the proxy ${shownProxy(proxy)} failed: ${code || e.message.split('\n')[0]}`, failure: 'proxy' };
  }
  const direct = proxy ? '' : route.direct ? ` (asked directly: ${route.direct})` : ' here (no proxy is set for it)';
  if (NO_NAME.has(code)) return { error: `the name ${target.hostname} does not resolve${direct}`, failure: 'dns' };
  if (code === 'ECONNREFUSED') return { error: `${target.host} refused the connection`, failure: 'refused' };
  return { error: code || e.message.split('\n')[0], failure: 'network' };
}

/** The proxy said no to the tunnel, or asked for a login. */
export function proxyAnswered(status: number, proxy: string, target: URL): Failed {
  if (status === 407) return { error: `the proxy ${shownProxy(proxy)} asks for a login (407 Proxy Authentication Required)`, failure: 'proxy-auth' };
  return { error: `the proxy ${shownProxy(proxy)} answered ${status} to CONNECT ${target.host}`, failure: 'proxy' };
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return shownProxy(url);
  }
}
