// HTTPS readiness for one push URL: which credential Git would send, whether it is a
// token at all, and what the provider's API says it may do with this repository.
import { cacheKey, sha256 } from '../cache.ts';
import { type Config } from '../config.ts';
import { type Effects } from '../effects.ts';
import { type Finding, finding } from '../findings.ts';
import { apiBase } from '../https/api.ts';
import { type GitCredential, type HubToken, gitCredential, hubTokens, storedTokens } from '../https/credentials.ts';
import { maskToken } from '../mask.ts';
import { PROVIDERS } from '../providers/index.ts';
import { type Provider, type Repo, type TokenCheck } from '../providers/types.ts';
import { type Remote, endpointHost, repoPath } from '../remote.ts';
import { VERSION } from '../version.ts';

const LOCAL_TIMEOUT_MS = 3000;

export interface HttpsCheckOptions {
  network: boolean;
  deadline: number;
  remoteName: string;
}

/** The findings, and a SHA-256 of the password Git would send (to mark a ready push). */
export async function checkHttps(remote: Remote, config: Config, fx: Effects, o: HttpsCheckOptions): Promise<{ findings: Finding[]; credentialSha?: string }> {
  const provider = PROVIDERS[remote.provider];
  if (provider.name === 'generic') return { findings: [] };
  const [credential, hub] = await Promise.all([
    gitCredential(remote.url, fx, LOCAL_TIMEOUT_MS),
    provider.name === 'huggingface' ? hubTokens(fx) : Promise.resolve([]),
  ]);
  if (!credential?.password) return { findings: [await missingCredential(remote, config, fx, o.remoteName, hub)] };
  return { findings: await diagnoseCredential(remote, credential, config, fx, o, hub), credentialSha: sha256(credential.password) };
}

/** Git has nothing for this URL: a credential stored under the other name of the host, or none at all. */
export async function missingCredential(remote: Remote, config: Config, fx: Effects, remoteName: string, hub?: HubToken[]): Promise<Finding> {
  const provider = PROVIDERS[remote.provider];
  const ctx = guidanceContext(remote, provider, remoteName);
  const alias = await aliasCredential(remote, config, fx);
  if (alias) return hostAlias(ctx, alias);
  const tokens = provider.name === 'huggingface' ? [...(hub ?? (await hubTokens(fx))), ...(await storedTokens(fx))] : [];
  return noCredential(ctx, tokens);
}

/** Shape, source and (with the network) the API's word on one credential. */
export async function diagnoseCredential(
  remote: Remote, credential: GitCredential, config: Config, fx: Effects, o: HttpsCheckOptions, hub: HubToken[] = [],
): Promise<Finding[]> {
  const provider = PROVIDERS[remote.provider];
  const ctx = guidanceContext(remote, provider, o.remoteName);
  const password = credential.password ?? '';
  const shape = provider.tokenShape?.(password, fx.now());
  if (shape && !shape.token) return [passwordNotToken(ctx, credential, shape.why)];
  const findings: Finding[] = [];
  // huggingface_hub uses the first source it finds; only a different one can disagree with Git.
  if (hub[0] && hub[0].token !== password) findings.push(envOverride(hub[0]));
  if (!provider.tokenRequest || !provider.interpretToken) return findings;
  if (!o.network) return [...findings, finding('token.not-validated', 'info', `Offline: not confirmed with ${provider.label} whether this token is valid and may push here.`)];
  const api = apiBase(remote, provider, config);
  if ('refuse' in api) return [...findings, unreachable('not asked', api.refuse)];
  const repo = remote.repo ? `${remote.repo.type ?? ''}:${remote.repo.namespace ?? ''}/${remote.repo.name}` : '';
  const key = cacheKey('token', VERSION, api.base, sha256(password), repo);
  const cached = (await fx.cache.get(key, config.cacheTtl)) as TokenCheck | undefined;
  if (cached?.kind === 'ok') return [...findings, tokenFinding(cached, ctx, api.base)];
  const request = provider.tokenRequest(api.base, password);
  const answer = await fx.httpGet(request.url, request.headers, o.deadline - fx.now());
  if ('error' in answer) return [...findings, unreachable(api.base, answer.error)];
  const check = provider.interpretToken(answer, remote.repo, fx.now());
  if (check.kind === 'ok') await fx.cache.set(key, check);
  return [...findings, tokenFinding(check, ctx, api.base)];
}

/** Hosts that are the same Hub (hf.co and huggingface.co, or two names configured for it). */
export function aliasHosts(remote: Remote, config: Config): string[] {
  const provider = PROVIDERS[remote.provider];
  const hosts = new Set<string>(provider.hosts);
  for (const [host, c] of Object.entries(config.hosts)) if (c.provider === remote.provider) hosts.add(host.replace(/:\d+$/, ''));
  const endpoint = remote.provider === 'huggingface' && config.hfEndpoint ? endpointHost(config.hfEndpoint) : undefined;
  if (endpoint) hosts.add(endpoint);
  hosts.delete(remote.host ?? '');
  return [...hosts];
}

async function aliasCredential(remote: Remote, config: Config, fx: Effects): Promise<{ host: string } | undefined> {
  for (const host of aliasHosts(remote, config)) {
    const url = `${remote.transport}://${host}${remote.port ? `:${remote.port}` : ''}${remote.path}`;
    if ((await gitCredential(url, fx, LOCAL_TIMEOUT_MS))?.password) return { host };
  }
  return undefined;
}

interface Guidance {
  remoteName: string;
  provider: Provider;
  scheme: string;
  host: string;
  /** host[:port], as credential helpers key it. */
  hostPort: string;
  url: string;
  repo?: Repo;
  sshUrl?: string;
}

function guidanceContext(remote: Remote, provider: Provider, remoteName: string): Guidance {
  const host = remote.host ?? '';
  const path = repoPath(remote.path);
  const official = provider.hosts.includes(host);
  return {
    remoteName, provider, scheme: remote.transport, host, hostPort: remote.port ? `${host}:${remote.port}` : host, url: remote.url, repo: remote.repo,
    ...(official && path && { sshUrl: `git@${provider.name === 'huggingface' ? 'hf.co' : host}:${path}` }),
  };
}

/** How to give Git a token without a prompt (hf-hooks' helper turns prompts off). */
function storeToken(c: Guidance): string[] {
  return c.provider.name === 'huggingface'
    ? ['hf auth login --add-to-git-credential    # paste a token with the "write" role; it is stored for Git too']
    : [
      `git config --global credential.helper store    # or cache, or your OS credential manager`,
      'HF_HOOKS=0 git push    # once: Git asks for your user name, then the token as password, and the helper keeps it',
    ];
}

function noCredential(c: Guidance, hub: HubToken[]): Finding {
  const have = hub[0] ? `You do have a Hub token in ${hub[0].source}, but Git does not read it.` : `Git would ask for a user name and password, and ${c.provider.label} wants an access token, not your password.`;
  return finding('https.no-credential', 'error',
    `Git has no credential for ${c.scheme}://${c.hostPort}, so this push cannot authenticate.\n${have}`,
    [
      ...(hub[0]?.source.startsWith('$') ? [`hf auth login --token "${hub[0].source}" --add-to-git-credential    # store that token for Git`] : []),
      ...storeToken(c),
      ...(c.sshUrl ? [`or use SSH with a registered key: git remote set-url ${c.remoteName} ${c.sshUrl}`] : []),
    ],
    c.provider.tokensPage);
}

function hostAlias(c: Guidance, alias: { host: string }): Finding {
  const port = c.hostPort.slice(c.host.length);
  return finding('https.host-alias', 'error',
    `Git has a credential for ${alias.host}${port}, but this remote says ${c.hostPort}.\n` +
      'Credential helpers match the host name exactly, so Git would find nothing for this push and ask for a password.',
    [
      `git remote set-url ${c.remoteName} ${c.url.replace(/^(\w+:\/\/)([^/@]*@)?[^/:]+/, `$1$2${alias.host}`)}    # use the host the token is stored for`,
      `or copy the credential to ${c.host}: printf 'protocol=${c.scheme}\\nhost=${alias.host}${port}\\n\\n' | git credential fill | sed 's/^host=.*/host=${c.hostPort}/' | git credential approve`,
    ],
    c.provider.tokensPage);
}

function passwordNotToken(c: Guidance, cred: GitCredential, why: string): Finding {
  return finding('https.password-not-token', 'error',
    `The password Git has stored for ${cred.username ? `${cred.username}@` : ''}${c.hostPort} is not an access token: ${why}.\n` +
      'The server would answer "Authentication failed".',
    [
      `Create a token with write access: ${c.provider.tokensPage ?? `the token settings of ${c.host}`}`,
      `${reject(c)}    # forget the stored password`,
      ...storeToken(c),
    ],
    c.provider.tokensPage);
}

function envOverride(hub: HubToken): Finding {
  return finding('token.env-override', 'info',
    `Git pushes with the token stored in its credential helper, not the one in ${hub.source} (${maskToken(hub.token)}).\n` +
      `huggingface_hub and the hf CLI use ${hub.source} first; git never reads it, so the two can disagree.`,
    [`hf auth login --token "${hub.source.startsWith('$') ? hub.source : `$(cat '${hub.source}')`}" --add-to-git-credential    # if Git should use that one too`]);
}

function unreachable(api: string, detail: string): Finding {
  return finding('api.unreachable', 'warn',
    `Could not ask ${api} whether the token may push: ${detail}.\n` +
      'hf-hooks cannot confirm the token, so it lets Git try.',
    [`hf-hooks.timeout is the budget in ms (git config hf-hooks.timeout 8000); HF_HOOKS=0 skips the check`]);
}

const reject = (c: Guidance) => `printf 'protocol=${c.scheme}\\nhost=${c.hostPort}\\n\\n' | git credential reject`;

function tokenFinding(t: TokenCheck, c: Guidance, api: string): Finding {
  const page = c.provider.tokensPage;
  const where = c.repo ? `${c.repo.namespace ? `${c.repo.namespace}/` : ''}${c.repo.name}` : c.hostPort;
  switch (t.kind) {
    case 'ok':
      return finding('token.ok', 'ok', `Git pushes to ${c.hostPort} as ${t.user} (token role: ${t.role})${t.note ? `; ${t.note}` : ''}.`);
    case 'invalid':
      return finding('token.invalid', 'error',
        `The token Git has stored for ${c.hostPort} is not valid: ${api} rejected it (401).\n` +
          'It was revoked, deleted or mistyped; the push would fail with "Authentication failed".',
        [`Create a new token: ${page ?? `the token settings of ${c.host}`}`, `${reject(c)}    # forget the dead one`, ...storeToken(c)],
        page);
    case 'read-only':
      return finding('token.read-only', 'error',
        `The token Git would push with (${t.user}) is read-only: ${t.detail}.\n` +
          `${c.provider.label} lets it clone but refuses the push ("DENIED ... forbidden").`,
        [`Create a token with write access (role "write", or fine-grained with "repo.write" on ${c.repo?.namespace ?? where}): ${page ?? ''}`, `${reject(c)}    # forget the read-only one`, ...storeToken(c)],
        page);
    case 'no-write': {
      const owner = t.namespace.split('/')[0];
      const own = owner === t.user;
      return finding('token.no-write-access', t.detail.includes('contributor') ? 'warn' : 'error',
        `${t.user}'s token cannot push to ${where}: ${t.detail}.\n` +
          `${c.provider.label} would refuse the push after the upload.`,
        [
          own
            ? `Create a token with the "write" role, or a fine-grained one with "repo.write" on ${owner}: ${page ?? ''}`
            : `Ask an admin of ${owner} for the "write" role, or use a fine-grained token with "repo.write" on ${owner}: ${page ?? ''}`,
          ...(!own && c.repo?.name ? [`or push to your own namespace: git remote set-url ${c.remoteName} ${c.url.replace(/\/[^/]+\/[^/]+\/?$/, `/${t.user}/${c.repo.name}`)}`] : []),
          ...(own ? [reject(c), ...storeToken(c)] : []),
        ],
        page);
    }
    case 'expired':
      return finding('token.expired', 'error',
        `The token Git has stored for ${c.hostPort}${t.user ? ` (${t.user})` : ''} expired on ${t.when}.\n` +
          'The push would fail with "Authentication failed".',
        [`Create a new token: ${page ?? ''}`, `${reject(c)}`, ...storeToken(c)],
        page);
    case 'unknown':
      return unreachable(api, t.detail);
  }
}
