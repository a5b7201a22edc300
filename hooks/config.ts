// hf-hooks settings from git config (any scope, one `git config` call) and the environment.
import { type Finding, finding } from './findings.ts';
import { type ConfigEntry } from './net/urlmatch.ts';
import { endpointsFrom } from './providers/index.ts';
import { PROVIDER_NAMES, type ProviderName } from './providers/types.ts';
import { type RunResult } from './process.ts';

export interface HostConfig {
  provider?: ProviderName;
  api?: string;
}

export interface Config {
  enabled: boolean;
  strict: boolean;
  /** The credential helper hands Git the token the provider's own tools use (hf auth login's). */
  bridge: boolean;
  /** Check what the push would send against the server's file rules (content/). */
  contentGuard: boolean;
  timeoutMs: number;
  cacheTtl: number;
  /** Keyed by lowercase host, or host:port. */
  hosts: Record<string, HostConfig>;
  /** Deployments named in the environment (HF_ENDPOINT): that host is the provider, its API there. */
  endpoints: Partial<Record<ProviderName, string>>;
  /** core.sshCommand, as Git would run it (possibly hf-hooks' own wrapper). */
  sshCommand?: string;
  /** core.askPass: the program Git asks for passwords with, when GIT_ASKPASS is not set. */
  askPass?: string;
  /** user.email, to fill in an `ssh-keygen -C` suggestion. */
  email?: string;
  /** Push URLs per remote: pushurl entries, or url entries when there is none. */
  remotes: Record<string, string[]>;
  /** The URL each remote fetches from (its first url entry). */
  fetchUrls: Record<string, string>;
  /** Unscoped credential.helper values in Git's order (an empty value clears the list). */
  credentialHelpers: string[];
  /** The URLs of `credential.<url>.helper|username|useHttpPath` sections (https/caller.ts). */
  credentialSections: string[];
  /** git-lfs settings (git-lfs-config(5)): server URLs set by hand, and where it keeps objects. */
  lfs: { url?: string; pushurl?: string; storage?: string; remotes: Record<string, { lfsurl?: string; lfspushurl?: string }>;
    /** Custom transfer agents with a path (lfs.customtransfer.<name>.path): multipart, xet. */
    agents: string[] };
  /** The http.* settings that decide the route to an API (net/route.ts), in Git's order, with their scopes. */
  http: ConfigEntry[];
}

export const DEFAULTS: Config = { enabled: true, strict: false, bridge: true, contentGuard: true, timeoutMs: 4000, cacheTtl: 600, hosts: {}, endpoints: {}, remotes: {}, fetchUrls: {}, credentialHelpers: [], credentialSections: [], lfs: { remotes: {}, agents: [] }, http: [] };

/** The values of HF_HOOKS that switch every check off; the shell shims get the same list (shim.ts). */
export const HF_HOOKS_OFF = ['0', 'false', 'no', 'off'] as const;
const TRUE = new Set(['true', 'yes', 'on', '1', '']);
const FALSE = new Set<string>(HF_HOOKS_OFF);

/** Scopes `--show-scope` puts before each entry; no key is one (a key has a dot). */
const SCOPES = new Set(['system', 'global', 'local', 'worktree', 'command', 'unknown']);

/** Parses the output of `git config -z --show-scope --get-regexp` with CONFIG_ARGS (the scopes are optional). */
export function parseConfig(z: string, env: NodeJS.ProcessEnv): { config: Config; problems: Finding[] } {
  const config: Config = { ...DEFAULTS, hosts: {}, endpoints: endpointsFrom(env), remotes: {}, fetchUrls: {}, credentialHelpers: [], credentialSections: [], lfs: { remotes: {}, agents: [] }, http: [] };
  const urls: Record<string, { url: string[]; pushurl: string[] }> = {};
  const problems: Finding[] = [];
  const bad = (key: string, value: string, expected: string) =>
    problems.push(finding('config.invalid', 'warn',
      `git config ${key} is '${value}', not ${expected}; using the default.`,
      [`git config --show-origin --get-all ${key}    # find where it is set`]));
  let scope: string | undefined;
  for (const entry of z.split('\0')) {
    if (!entry) continue;
    if (SCOPES.has(entry)) {
      scope = entry;
      continue;
    }
    const nl = entry.indexOf('\n');
    const key = nl < 0 ? entry : entry.slice(0, nl);
    const value = nl < 0 ? '' : entry.slice(nl + 1);
    if (key.startsWith('http.')) {
      config.http.push({ key, value: nl < 0 ? undefined : value, ...(scope && { scope }) });
      continue;
    }
    if (key === 'core.sshcommand') config.sshCommand = value;
    else if (key === 'user.email') config.email = value;
    else if (key === 'core.askpass') config.askPass = value;
    else if (key === 'credential.helper') config.credentialHelpers = value ? [...config.credentialHelpers, value] : [];
    else if (key.startsWith('credential.') && key.lastIndexOf('.') > 'credential.'.length) config.credentialSections.push(key.slice('credential.'.length, key.lastIndexOf('.')));
    else if (/^lfs\.(url|pushurl|storage)$/.test(key)) config.lfs[key.slice(4) as 'url' | 'pushurl' | 'storage'] = value;
    else if (/^lfs\.customtransfer\..+\.path$/.test(key)) config.lfs.agents.push(key.slice('lfs.customtransfer.'.length, -'.path'.length));
    if (!key.startsWith('hf-hooks.')) {
      const remote = /^remote\.(.+)\.(url|pushurl|lfsurl|lfspushurl)$/.exec(key);
      if (remote?.[2] === 'lfsurl' || remote?.[2] === 'lfspushurl') (config.lfs.remotes[remote[1]] ??= {})[remote[2]] = value;
      else if (remote) ((urls[remote[1]] ??= { url: [], pushurl: [] })[remote[2] as 'url' | 'pushurl']).push(value);
      continue;
    }
    const dot = key.lastIndexOf('.');
    const name = key.slice(dot + 1);
    const host = key.slice('hf-hooks.'.length, dot).toLowerCase();
    if (host) {
      const entryFor = (config.hosts[host] ??= {});
      if (name === 'provider') {
        if ((PROVIDER_NAMES as string[]).includes(value)) entryFor.provider = value as ProviderName;
        else bad(key, value, `one of ${PROVIDER_NAMES.join(', ')}`);
      } else if (name === 'api') entryFor.api = value.replace(/\/+$/, '');
      continue;
    }
    if (name === 'enabled' || name === 'strict' || name === 'bridge' || name === 'contentguard') {
      const v = value.toLowerCase();
      if (TRUE.has(v) || FALSE.has(v)) config[name === 'contentguard' ? 'contentGuard' : name] = TRUE.has(v);
      else bad(key, value, 'true or false');
    } else if (name === 'timeout' || name === 'cachettl') {
      const n = /^\d+$/.test(value) ? Number(value) : NaN;
      if (!Number.isSafeInteger(n)) bad(key, value, 'a whole number');
      else if (name === 'timeout') config.timeoutMs = n;
      else config.cacheTtl = n;
    }
  }
  const flag = env.HF_HOOKS?.toLowerCase();
  if (flag !== undefined && FALSE.has(flag)) config.enabled = false;
  if (flag !== undefined && TRUE.has(flag) && flag !== '') config.enabled = true;
  for (const [name, u] of Object.entries(urls)) {
    config.remotes[name] = u.pushurl.length ? u.pushurl : u.url.slice(0, 1);
    if (u.url.length) config.fetchUrls[name] = u.url[0];
  }
  return { config, problems };
}

/** git exits 1 when no key matches: that is "all defaults", not an error. */
export function configFromGit(result: RunResult, env: NodeJS.ProcessEnv): { config: Config; problems: Finding[] } {
  return parseConfig(result.code === 0 ? result.stdout : '', env);
}

/** Everything the checks read from git config, in one call. */
export const CONFIG_ARGS = ['config', '-z', '--show-scope', '--get-regexp', '^(hf-hooks\\.|http\\.(.*\\.)?(proxy|proxyauthmethod|sslcainfo|sslcapath|sslverify)$|core\\.sshcommand$|core\\.askpass$|user\\.email$|credential\\.(.+\\.)?(helper|username|usehttppath)$|lfs\\.(url|pushurl|storage|customtransfer\\..*\\.path)$|remote\\..*\\.(url|pushurl|lfsurl|lfspushurl)$)'];
