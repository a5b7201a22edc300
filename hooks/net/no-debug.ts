// Stands in for the `debug` package in the builds (build.mjs alias). The proxy agents log
// through it when DEBUG matches, and what they log (the proxy URL with its password, each
// CONNECT) must not reach a terminal or a CI log because a user set DEBUG=* for another tool.
type Debug = ((...args: unknown[]) => void) & { enabled: boolean; extend: () => Debug };

export default function createDebug(): Debug {
  const debug = (() => {}) as Debug;
  debug.enabled = false;
  debug.extend = () => debug;
  return debug;
}
