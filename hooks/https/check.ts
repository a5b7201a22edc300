// HTTPS readiness for one push URL: which credential Git would send, whether it is a
// token at all, and what the provider's API says it may do with this repository.
import { cacheKey, sha256 } from '../cache.ts';
import { type Config } from '../config.ts';
import { type Effects } from '../effects.ts';
import { type Finding } from '../findings.ts';
import { LOCAL_TIMEOUT_MS } from '../process.ts';
import { PROVIDERS } from '../providers/index.ts';
import { type LocalToken, type Provider, type TokenCheck } from '../providers/types.ts';
import { type Remote, endpointHost, origin } from '../remote.ts';
import { VERSION } from '../version.ts';
import { apiBase } from './api.ts';
import { type GitCredential, gitCredential } from './credentials.ts';
import { envOverride, guidanceFor, hostAlias, noCredential, notValidated, passwordNotToken, tokenFinding, unreachable } from './guidance.ts';

export interface HttpsCheckOptions {
  network: boolean;
  deadline: number;
  remoteName?: string;
}

/** The findings, and a SHA-256 of the password Git would send (to mark a ready push). */
export async function checkHttps(remote: Remote, config: Config, fx: Effects, o: HttpsCheckOptions): Promise<{ findings: Finding[]; credentialSha?: string }> {
  const provider = PROVIDERS[remote.provider];
  if (!provider.tokenShape) return { findings: [] };
  const [credential, local] = await Promise.all([gitCredential(remote.url, fx, LOCAL_TIMEOUT_MS), localTokens(provider, fx)]);
  if (!credential?.password) return { findings: [await missingCredential(remote, config, fx, o.remoteName, local)] };
  return { findings: await diagnoseCredential(remote, credential, config, fx, o, local), credentialSha: sha256(credential.password) };
}

const localTokens = async (provider: Provider, fx: Effects): Promise<LocalToken[]> => (await provider.localTokens?.(fx)) ?? [];

/** Git has nothing for this URL: a credential stored under the other name of the host, or none at all. */
export async function missingCredential(remote: Remote, config: Config, fx: Effects, remoteName: string | undefined, local?: LocalToken[]): Promise<Finding> {
  const provider = PROVIDERS[remote.provider];
  const c = guidanceFor(remote, provider, remoteName);
  const alias = await aliasCredential(remote, config, fx);
  if (alias) return hostAlias(c, alias);
  return noCredential(c, local ?? (await localTokens(provider, fx)));
}

/** Shape, source and (with the network) the API's word on one credential. */
export async function diagnoseCredential(
  remote: Remote, credential: GitCredential, config: Config, fx: Effects, o: HttpsCheckOptions, local?: LocalToken[],
): Promise<Finding[]> {
  const provider = PROVIDERS[remote.provider];
  const c = guidanceFor(remote, provider, o.remoteName);
  const password = credential.password ?? '';
  const shape = provider.tokenShape?.(password, fx.now());
  if (shape && !shape.token) return [passwordNotToken(c, credential, shape.why)];
  const findings: Finding[] = [];
  // The provider's tools use the first token in use; only a different one can disagree with Git.
  const inUse = (local ?? (await localTokens(provider, fx))).find((t) => t.inUse);
  if (inUse && inUse.token !== password) findings.push(envOverride(provider, inUse));
  if (!provider.tokenRequest || !provider.interpretToken) return findings;
  if (!o.network) return [...findings, notValidated(provider)];
  const api = apiBase(remote, provider, config);
  if ('refuse' in api) return [...findings, unreachable('not asked', api.refuse)];
  const repo = remote.repo ? `${remote.repo.type ?? ''}:${remote.repo.namespace ?? ''}/${remote.repo.name}` : '';
  const key = cacheKey('token', VERSION, api.base, sha256(password), repo);
  const cached = (await fx.cache.get(key, config.cacheTtl)) as TokenCheck | undefined;
  if (cached?.kind === 'ok') return [...findings, tokenFinding(cached, c, api.base)];
  const request = provider.tokenRequest(api.base, password);
  const answer = await fx.httpGet(request.url, request.headers, o.deadline - fx.now());
  if ('error' in answer) return [...findings, unreachable(api.base, answer.error)];
  const check = provider.interpretToken(answer, remote.repo, fx.now());
  if (check.kind === 'ok') await fx.cache.set(key, check);
  return [...findings, tokenFinding(check, c, api.base)];
}

/** Hosts that are the same provider (hf.co and huggingface.co, its endpoint, or names configured for it). */
export function aliasHosts(remote: Remote, config: Config): string[] {
  const provider = PROVIDERS[remote.provider];
  const hosts = new Set<string>(provider.hosts);
  for (const [host, c] of Object.entries(config.hosts)) if (c.provider === remote.provider) hosts.add(host.replace(/:\d+$/, ''));
  const endpoint = config.endpoints[provider.name];
  const endpointName = endpoint ? endpointHost(endpoint) : undefined;
  if (endpointName) hosts.add(endpointName);
  hosts.delete(remote.host ?? '');
  return [...hosts];
}

async function aliasCredential(remote: Remote, config: Config, fx: Effects): Promise<{ host: string } | undefined> {
  for (const host of aliasHosts(remote, config)) {
    const url = `${origin({ ...remote, host })}${remote.path}`;
    if ((await gitCredential(url, fx, LOCAL_TIMEOUT_MS))?.password) return { host };
  }
  return undefined;
}
