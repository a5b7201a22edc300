// `ssh -G` output: the configuration ssh will really use for a host. Pure.

export type StrictHostKeyChecking = 'yes' | 'ask' | 'accept-new' | 'no';

export interface SshConfig {
  user: string;
  hostname: string;
  port: number;
  identityFiles: string[];
  identitiesOnly: boolean;
  userKnownHostsFiles: string[];
  globalKnownHostsFiles: string[];
  strictHostKeyChecking: StrictHostKeyChecking;
  hostKeyAlias?: string;
  identityAgent?: string;
  /** BatchMode yes: ssh never asks for a passphrase or about a host key. */
  batchMode: boolean;
}

const STRICT: Record<string, StrictHostKeyChecking> = {
  yes: 'yes', true: 'yes', ask: 'ask', 'accept-new': 'accept-new', no: 'no', false: 'no', off: 'no',
};

export function parseSshG(output: string, local: { home: string; user: string }): SshConfig {
  const values = new Map<string, string[]>();
  for (const line of output.split('\n')) {
    const m = /^(\S+)\s+(.*)$/.exec(line.trim());
    if (!m) continue;
    const key = m[1].toLowerCase();
    values.set(key, [...(values.get(key) ?? []), m[2]]);
  }
  const one = (k: string) => values.get(k)?.[0];
  const config: SshConfig = {
    user: one('user') ?? local.user,
    hostname: one('hostname') ?? '',
    port: Number(one('port') ?? 22),
    identityFiles: [],
    identitiesOnly: one('identitiesonly') === 'yes',
    userKnownHostsFiles: (one('userknownhostsfile') ?? '').split(/\s+/).filter(Boolean),
    globalKnownHostsFiles: (one('globalknownhostsfile') ?? '').split(/\s+/).filter(Boolean),
    strictHostKeyChecking: STRICT[one('stricthostkeychecking') ?? 'ask'] ?? 'ask',
    batchMode: one('batchmode') === 'yes',
  };
  const alias = one('hostkeyalias');
  if (alias && alias !== 'none') config.hostKeyAlias = alias;
  const agent = one('identityagent');
  if (agent && agent !== 'none') config.identityAgent = agent;
  config.identityFiles = (values.get('identityfile') ?? []).map((f) => expandTokens(f, config, local));
  return config;
}

/** ssh expands these in IdentityFile when it loads a key; `ssh -G` prints them raw. */
export function expandTokens(path: string, c: Pick<SshConfig, 'user' | 'hostname' | 'port'>, local: { home: string; user: string }): string {
  const withHome = path === '~' || path.startsWith('~/') ? local.home + path.slice(1) : path;
  const tokens: Record<string, string> = { '%': '%', d: local.home, u: local.user, h: c.hostname, r: c.user, p: String(c.port) };
  return withHome.replace(/%(.)/g, (all, t: string) => tokens[t] ?? all);
}

/** known_hosts names a non-default port as `[host]:port`. */
export const knownHostsName = (host: string, port: number): string => (port === 22 ? host : `[${host}]:${port}`);

/** The name ssh looks up for this config: a HostKeyAlias as it is, whatever the port. */
export const knownHostsEntry = (c: SshConfig): string => c.hostKeyAlias ?? knownHostsName(c.hostname, c.port);
