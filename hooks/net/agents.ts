// The proxy-agent family (TooTallNate/proxy-agents: https-proxy-agent, http-proxy-agent,
// socks-proxy-agent), going as Git's curl would: CONNECT for https, absolute URLs for plain
// http, SOCKS 4/4a/5/5h. Basic proxy credentials come from the proxy URL, as Git reads them.
// Built apart and carried in the runtime as a string (build.mjs, http.ts loadAgents): parsing
// it costs every node start ~10 ms, and only a request through a proxy needs it.
import { type Agent } from 'node:http';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { SocksProxyAgent } from 'socks-proxy-agent';

/**
 * One agent per request. `signal` ends the socket to the proxy: a proxy that takes the
 * connection and never answers the CONNECT would otherwise keep it (and node) open after
 * the request gave up, as the request never gets that socket to destroy.
 */
export function agentFor(proxy: string, secure: boolean, signal: AbortSignal, timeoutMs: number): Agent {
  const scheme = proxy.slice(0, proxy.indexOf(':'));
  // Git's (curl's) bare "socks" is SOCKS4; socks-proxy-agent would read it as 5h.
  if (scheme.startsWith('socks')) return new SocksProxyAgent(scheme === 'socks' ? `socks4${proxy.slice(5)}` : proxy, { timeout: Math.max(1, timeoutMs), socketOptions: { signal } });
  return secure ? new HttpsProxyAgent(proxy, { signal }) : new HttpProxyAgent(proxy, { signal });
}
