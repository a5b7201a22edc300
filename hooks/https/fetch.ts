// Reading a repository over HTTPS (a clone, a fetch, a pull): with the credential Git would
// send, or with none, will the provider let it in, and if not, why? The engine's fetch phase
// (DESIGN section 4): a fetch is never stopped; these findings are the words hf-hooks adds
// where Git would fail ("Authentication failed", "Repository not found", a 403).
import { type Config } from '../config.ts';
import { type Effects } from '../effects.ts';
import { type Finding, finding } from '../findings.ts';
import { type Failed } from '../net/failure.ts';
import { apiFailure } from '../net/guidance.ts';
import { routeOf } from '../net/route.ts';
import { LOCAL_TIMEOUT_MS } from '../process.ts';
import { PROVIDERS } from '../providers/index.ts';
import { type FetchCheck, type HttpAnswer, type Provider } from '../providers/types.ts';
import { type Remote, repoPath } from '../remote.ts';
import { apiBase } from './api.ts';
import { gitCredential } from './credentials.ts';
import { type Guidance, guidanceFor, tokenFinding, unverified } from './guidance.ts';
import { bridgeServes, storeContext } from './store.ts';

export interface FetchOptions {
  network: boolean;
  deadline: number;
  remoteName?: string;
  /** Git could ask for a password here (a terminal, an askpass). */
  gitCanAsk: boolean;
  /** The token to judge (the bridge's, hf-hooks' own question's), or null for none; else the one Git would send. */
  token?: { password: string; source: string } | null;
}

/** The credential a clone or fetch would go with: what Git's helpers have, else the bridge's. */
async function credentialOf(remote: Remote, config: Config, fx: Effects): Promise<{ password: string; source: string } | undefined> {
  const git = await gitCredential(remote.url, fx, LOCAL_TIMEOUT_MS);
  if (git?.password) return { password: git.password, source: "Git's credential helpers" };
  if (!bridgeServes(remote, config, fx.env)) return undefined;
  const local = (await PROVIDERS[remote.provider].localTokens?.(fx))?.find((t) => t.inUse && (t.expires === undefined || t.expires > fx.now()));
  return local && { password: local.token, source: `${local.source}, through hf-hooks' credential helper` };
}

/** The provider's answer on reading this repository (and which API gave it), or the finding that says why there is none. */
export type Read = { check: FetchCheck; api: string; source?: string } | Finding;

export async function askFetch(remote: Remote, config: Config, fx: Effects, o: FetchOptions): Promise<Read> {
  const provider = PROVIDERS[remote.provider];
  const repo = remote.repo!;
  const token = o.token === null ? undefined : o.token ?? await credentialOf(remote, config, fx);
  const api = apiBase(remote, provider, config);
  if ('refuse' in api || !o.network) return finding('fetch.unchecked', 'info', `${'refuse' in api ? api.refuse : 'Offline'}: not confirmed whether ${provider.label} lets ${repoPath(remote.path)} be read.`);
  const shape = token ? provider.tokenShape?.(token.password, fx.now()) : undefined;
  if (shape && shape.kind !== 'token') return unverified(guidance(remote, config, fx, o), { password: token!.password }, shape.why);
  const requests = provider.fetchRequests!(api.base, token?.password, repo);
  const routeTo = (url: string) => routeOf(remote, url, config.http, fx.env);
  const answers = await Promise.all(requests.map((r) => fx.httpGet(r.url, r.headers, o.deadline - fx.now(), routeTo(r.url))));
  const [first, ...rest] = answers;
  if ('error' in first) return apiFailure(api.base, first as Failed, routeTo(requests[0].url), `whether ${repoPath(remote.path)} can be read`);
  return { check: provider.interpretFetch!([first, ...rest.map((a) => ('error' in a ? undefined : a as HttpAnswer))], !!token), api: api.base, ...(token && { source: token.source }) };
}

const guidance = (remote: Remote, config: Config, fx: Effects, o: FetchOptions): Guidance =>
  guidanceFor(remote, PROVIDERS[remote.provider], o.remoteName, storeContext(remote, config, fx.env));

export async function checkFetch(remote: Remote, config: Config, fx: Effects, o: FetchOptions): Promise<Finding[]> {
  const provider = PROVIDERS[remote.provider];
  if (!provider.fetchRequests || !provider.interpretFetch || !remote.repo) return [];
  return [readFinding(await askFetch(remote, config, fx, o), remote, config, fx, o)];
}

/** What askFetch learned, as the finding a clone or fetch is told. */
export function readFinding(read: Read, remote: Remote, config: Config, fx: Effects, o: FetchOptions): Finding {
  if ('id' in read) return read;
  return fetchFinding(read.check, guidance(remote, config, fx, o), PROVIDERS[remote.provider], read.api, read.source, o.gitCanAsk);
}

/** What a clone or fetch will meet, in the provider's words where it has some. */
function fetchFinding(check: FetchCheck, c: Guidance, provider: Provider, api: string, source: string | undefined, canAsk: boolean): Finding {
  const id = c.repo ? `${c.repo.namespace ? `${c.repo.namespace}/` : ''}${c.repo.name}` : c.hostPort;
  const page = c.repo && provider.repoPage?.(api, c.repo);
  const as = check.kind !== 'invalid' && check.kind !== 'unknown' && check.kind !== 'needs-login' && check.user ? ` as ${check.user}` : '';
  const login = provider.cli?.login;
  switch (check.kind) {
    case 'ok':
      return finding('fetch.ok', 'ok', `${provider.label} lets ${id} be cloned and fetched${source ? as : ' without a token'}.`);
    case 'needs-login':
      return finding('fetch.needs-login', canAsk ? 'warn' : 'error',
        `${id} cannot be read without a token: it is ${check.gated ? 'gated (its files are shared only with accounts that were granted access)' : 'private, or does not exist (without a token the Hub does not say which)'}, and Git has none for ${c.hostPort}.\n` +
          (check.said ? `${provider.label} says: "${check.said}"\n` : '') +
          (canAsk ? 'Git will ask for a user name and password: paste an access token (the "read" role is enough) as the password.' : 'Nothing can ask for one here, so Git would stop at "Authentication failed" or "terminal prompts disabled".'),
        [
          ...(login ? [`${login}    # with a token of an account that may read it ("read" is enough); hf-hooks hands it to Git`] : []),
          ...(check.gated && page ? [`Ask for access, logged in to the account: ${page}`] : []),
          ...(provider.tokensPage ? [`Tokens: ${provider.tokensPage}`] : []),
        ],
        provider.tokensPage);
    case 'gated': {
      if (check.tokenScope) {
        return finding('fetch.token-scope', 'error',
          `${id} is gated, and ${check.tokenScope}, so it cannot read ${id} even where ${check.user ?? 'its account'} was granted access.\n` +
            `${provider.label} says: "${check.said}"`,
          [`Edit the token and tick "Read access to contents of all public gated repos you can access": ${provider.tokensPage ?? 'the token settings'}`, 'or use a token with the "read" role'],
          provider.tokensPage);
      }
      const why = {
        'not-requested': `${check.user ?? 'this account'} has not been granted access: nobody asked for it from this account.`,
        pending: `${check.user ?? 'this account'} asked for access, and the request is waiting for the repository's authors to review it.`,
        rejected: `the repository's authors refused ${check.user ?? 'this account'}'s request for access.`,
      }[check.state];
      const fix = {
        'not-requested': [`Ask for access, logged in as ${check.user ?? 'this account'}: ${page ?? `the page of ${id}`}    # some repos grant it at once, others after the authors review it`, 'then fetch again'],
        pending: [`Wait for the authors; the page shows when access is granted: ${page ?? id}`, `or use a token of an account that already has access${login ? ` (${login})` : ''}`],
        rejected: [`Ask the repository's authors (their page: ${page ?? id})`, `or use a token of an account that has access${login ? ` (${login})` : ''}`],
      }[check.state];
      return finding('fetch.gated', 'error', `${id} is gated, and ${why}\n${provider.label} says: "${check.said}"`, fix, page);
    }
    case 'not-found':
      return finding('fetch.not-found', 'error',
        `${provider.label} has no repository ${id} that ${check.user ?? 'this token\'s account'} can see: it does not exist, or it is private and ${check.user ?? 'that account'} is not its owner nor a member of its organization.\n` +
          `Git would say "Repository not found".${source ? ` The token comes from ${source}.` : ''}`,
        [
          'git remote -v    # check the name',
          ...(login ? [`${login}    # with a token of the account that can see it`] : []),
          `Ask the owner to share it with ${check.user ?? 'your account'} (a member of the organization can read its private repos)`,
        ]);
    case 'invalid':
      return tokenFinding({ kind: 'invalid' }, c, api);
    case 'unknown':
      return finding('api.unreachable', 'warn', `Could not learn from ${api} whether ${id} can be read: ${check.detail}.\nhf-hooks says nothing more; Git tries.`, []);
  }
}
