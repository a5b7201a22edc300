// Where a token may be sent to be checked. A credential goes only to the API of the host
// it was stored for, over HTTPS, unless the user configured that API or it is loopback.
import { type Config } from '../config.ts';
import { type Provider } from '../providers/types.ts';
import { type Remote, isDeployment, isLoopback } from '../remote.ts';

export function apiBase(remote: Remote, provider: Provider, config: Config): { base: string } | { refuse: string } {
  const host = remote.host ?? '';
  const hostPort = remote.port ? `${host}:${remote.port}` : host;
  const configured = config.hosts[hostPort]?.api ?? config.hosts[host]?.api;
  if (configured) return { base: configured };
  const endpoint = config.endpoints[provider.name];
  if (endpoint && isDeployment(endpoint, remote)) return { base: endpoint };
  const official = provider.apiFor?.(host);
  if (official) return { base: official };
  if (remote.transport === 'https' || isLoopback(host)) return { base: `${remote.transport}://${remote.host?.includes(':') ? `[${host}]` : host}${remote.port ? `:${remote.port}` : ''}` };
  return { refuse: `the API of ${host} would be reached over plain http; set hf-hooks.${host}.api to allow it` };
}
