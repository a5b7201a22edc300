// HTTPS readiness for one push URL: which credential Git would send, whether it is a
// token at all, and what the provider's API says it may do with this repository.
import { cacheKey, readyKey, sha256 } from '../cache.ts';
import { type Config } from '../config.ts';
import { type Effects } from '../effects.ts';
import { type Finding, finding } from '../findings.ts';
import { LOCAL_TIMEOUT_MS } from '../process.ts';
import { PROVIDERS } from '../providers/index.ts';
import { type HttpAnswer, type LocalToken, type Provider, type PushScope, type TokenCheck, type TokenRequest, type TokenShape } from '../providers/types.ts';
import { type Remote, endpointHost, origin, repoPath, withoutUserinfo } from '../remote.ts';
import { shQuote } from '../shell.ts';
import { VERSION } from '../version.ts';
import { apiBase } from './api.ts';
import { type GitCredential, gitCredential } from './credentials.ts';
import { type Guidance, bridgedFrom, envOverride, expiring, guidanceFor, hostAlias, noCredential, notValidated, passwordNotToken, tokenFinding, unreachable, unverified } from './guidance.ts';
import { storeContext } from './store.ts';
import { bridged } from './bridge.ts';
import { type Failed } from '../net/failure.ts';
import { apiFailure } from '../net/guidance.ts';
import { type Route, routeOf } from '../net/route.ts';

export interface HttpsCheckOptions {
  network: boolean;
  deadline: number;
  remoteName?: string;
  /** Git could ask for a password here (a terminal, an askpass). */
  gitCanAsk: boolean;
  scope: PushScope;
  /** The Git server has just refused this credential (credential-erase). */
  rejected?: boolean;
}

/** The findings, and the name of the marker that lets the shim allow the same push (cache.ts readyKey). */
export async function checkHttps(remote: Remote, config: Config, fx: Effects, o: HttpsCheckOptions): Promise<{ findings: Finding[]; readyKey?: (url: string) => string | undefined }> {
  const provider = PROVIDERS[remote.provider];
  if (!provider.tokenShape) return { findings: [] };
  const [credential, local] = await Promise.all([gitCredential(remote.url, fx, LOCAL_TIMEOUT_MS), localTokens(provider, fx)]);
  if (credential?.timedOut) return { findings: [helperTimeout(remote)] };
  if (!credential?.password) {
    // Git got a token at hf-hooks' question moments ago (helper.ts): what was found then stands.
    const asked = await fx.cache.get(askedKey(remote), ASKED_TTL_SECONDS) as { findings: Finding[] } | undefined;
    if (asked?.findings && !o.scope.reviewOnly) return { findings: asked.findings };
    // No helper has one: the bridge will hand Git the provider's local token (helper.ts).
    const bridge = await bridged(remote, config, fx, { remoteName: o.remoteName, deadline: o.deadline, scope: o.scope, network: o.network });
    if (bridge && !('refused' in bridge)) return { findings: [bridgedFrom(remote, bridge.source), ...bridge.findings] };
    return { findings: [...(bridge ? [bridge.refused] : []), await missingCredential(remote, config, fx, o, local)] };
  }
  const password = credential.password;
  return { findings: await diagnoseCredential(remote, credential, config, fx, o, local), readyKey: (url) => readyKey(VERSION, url, password) };
}

/**
 * A helper that has not answered within the deadline may be slow (a password manager
 * waiting to be unlocked) or stuck: Git will wait on it too, so this is unknown, never a block.
 */
function helperTimeout(remote: Remote): Finding {
  const url = withoutUserinfo(remote.url);
  return finding('https.helper-timeout', 'warn',
    `A credential helper did not answer within ${LOCAL_TIMEOUT_MS / 1000} s when asked for ${url}.\n` +
      'Git asks the same helpers before it pushes, so the push waits on it too; if it never answers, the push hangs there.',
    [
      `printf 'url=%s\\n\\n' ${shQuote(url)} | GIT_TRACE=1 git credential fill    # shows which helper Git runs last before it waits`,
      'git config --show-origin --get-all credential.helper    # where each helper is set',
    ]);
}

/** How long the pre-push check of a push may rely on what the helper found about a token it asked for. */
export const ASKED_TTL_SECONDS = 120;

/** Where the helper leaves those findings (never the token) for the pre-push check. */
export const askedKey = (remote: Remote): string => cacheKey('asked', VERSION, origin(remote), repoPath(remote.path));

const localTokens = async (provider: Provider, fx: Effects): Promise<LocalToken[]> => (await provider.localTokens?.(fx)) ?? [];

const guidance = (remote: Remote, config: Config, fx: Effects, remoteName: string | undefined) =>
  guidanceFor(remote, PROVIDERS[remote.provider], remoteName, storeContext(remote, config, fx.env));

/** Git has nothing for this URL: a credential stored under the other name of the host, or none at all. */
export async function missingCredential(
  remote: Remote, config: Config, fx: Effects, o: Pick<HttpsCheckOptions, 'remoteName' | 'gitCanAsk'>, local?: LocalToken[],
): Promise<Finding> {
  const c = guidance(remote, config, fx, o.remoteName);
  const alias = await aliasCredential(remote, config, fx);
  if (alias) return hostAlias(c, alias, o.gitCanAsk);
  return noCredential(c, local ?? (await localTokens(c.provider, fx)), o.gitCanAsk);
}

/** Shape, source and (with the network) the API's word on one credential. */
export async function diagnoseCredential(
  remote: Remote, credential: GitCredential, config: Config, fx: Effects, o: HttpsCheckOptions, local?: LocalToken[],
): Promise<Finding[]> {
  const c = guidance(remote, config, fx, o.remoteName);
  const provider = c.provider;
  const password = credential.password ?? '';
  const shape = provider.tokenShape?.(password, fx.now(), credential.username) ?? { kind: 'token' };
  if (shape.kind === 'not-token') return [passwordNotToken(c, credential, shape.why)];
  // A secret not shaped like a token that the server itself refused: no token, certain.
  if (shape.kind === 'unknown' && o.rejected) return [passwordNotToken(c, credential, `${c.hostPort} refused it, and ${shape.why}`)];
  const tokens = local ?? (await localTokens(provider, fx));
  const findings: Finding[] = [];
  // The provider's tools use the first token in use; only a different one can disagree with Git.
  const inUse = tokens.find((t) => t.inUse);
  if (inUse && inUse.token !== password) findings.push(envOverride(c, inUse));
  // What the provider's own tools recorded about this very token (an OAuth login's expiry).
  const recorded = tokens.find((t) => t.token === password)?.expires;
  const api = apiBase(remote, provider, config);
  const requests = 'base' in api ? provider.tokenRequests?.(api.base, password, remote.repo) ?? [] : [];
  if (!o.network || 'refuse' in api || !requests.length || !provider.interpretToken) {
    const why = !o.network ? notValidated(provider)
      : 'refuse' in api ? unreachable('not asked', api.refuse)
        : provider.tokenRequests ? notValidated(provider, `${provider.label}'s API cannot describe this kind of token`) : undefined;
    const known = unconfirmed(c, credential, shape, recorded, fx.now());
    return [...findings, ...known, ...(why && !known.some((f) => f.level === 'error') ? [why] : [])];
  }
  const base = api.base;
  const repo = remote.repo ? `${remote.repo.type ?? ''}:${remote.repo.namespace ?? ''}/${remote.repo.name}` : '';
  const key = cacheKey('token', VERSION, base, sha256(password), repo, o.scope.reviewOnly ? 'review' : 'push');
  const cached = (await fx.cache.get(key, config.cacheTtl)) as TokenCheck | undefined;
  const routeTo = (url: string) => routeOf(remote, url, config.http, fx.env);
  const route = routeTo(requests[0].url);
  const check = cached?.kind === 'ok' ? cached : await ask(provider, requests, remote, fx, o, routeTo);
  if ('error' in check) return [...findings, ...unconfirmed(c, credential, shape, recorded, fx.now()), apiFailure(base, check, route)];
  if (check.kind === 'ok' && cached !== check) await fx.cache.set(key, check);
  // A secret not shaped like a token that the API refuses is no token: certain.
  if (check.kind === 'invalid' && shape.kind === 'unknown') return [...findings, passwordNotToken(c, credential, `${base} rejected it (401), and ${shape.why}`)];
  if (check.kind === 'invalid' && recorded !== undefined && recorded <= fx.now()) return [...findings, tokenFinding({ kind: 'expired', when: day(recorded) }, c, base)];
  const soon = check.kind === 'ok' ? expiring(c, check.expires ?? recorded, fx.now(), check.user) : undefined;
  return [...findings, tokenFinding(check, c, base), ...(soon ? [soon] : [])];
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Without the API's word: only what the shape and the provider's own tools recorded can say. */
function unconfirmed(c: Guidance, credential: GitCredential, shape: TokenShape, recorded: number | undefined, now: number): Finding[] {
  if (recorded !== undefined && recorded <= now) return [tokenFinding({ kind: 'expired', when: day(recorded) }, c, '')];
  if (shape.kind === 'unknown') return [unverified(c, credential, shape.why)];
  const soon = expiring(c, recorded, now);
  return soon ? [soon] : [];
}

/** Every request at once, within what is left of the deadline, the way Git would go (net/route.ts). */
async function ask(provider: Provider, requests: TokenRequest[], remote: Remote, fx: Effects, o: HttpsCheckOptions, routeTo: (url: string) => Route): Promise<TokenCheck | Failed> {
  const answers = await Promise.all(requests.map((r) => fx.httpGet(r.url, r.headers, o.deadline - fx.now(), routeTo(r.url))));
  // The first request says who the token is; without it nothing is known. A later one
  // that failed is just missing: the provider decides without it (never more certain).
  const [first, ...rest] = answers;
  if ('error' in first) return first;
  return provider.interpretToken!([first, ...rest.map((a) => ('error' in a ? undefined : a))] as HttpAnswer[], remote.repo, fx.now(), o.scope);
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
