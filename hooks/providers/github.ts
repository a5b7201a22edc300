import { GIT_STORE_TOKEN, type Provider, type TokenCheck, namespacedRepo, parseJson } from './types.ts';

/** GET /user: the login in the body; classic scopes and expiry in headers. */
function interpretUser(a: { status: number; headers: Record<string, string>; body: string }, now: number): TokenCheck {
  if (a.status === 401) return { kind: 'invalid' };
  if (a.status === 403 || a.status === 429) return { kind: 'unknown', detail: `GitHub answered ${a.status} (rate limit?)` };
  const login = a.status === 200 ? (parseJson(a.body)?.login as string | undefined) : undefined;
  if (!login) return { kind: 'unknown', detail: `GitHub answered ${a.status}` };
  const expires = a.headers['github-authentication-token-expiration'];
  if (expires && Date.parse(expires.replace(' UTC', 'Z').replace(' ', 'T')) < now) return { kind: 'expired', user: login, when: expires };
  const scopes = a.headers['x-oauth-scopes'];
  // Fine-grained tokens send no scopes header; their repository access is not visible here.
  if (scopes === undefined) return { kind: 'ok', user: login, role: 'fine-grained' };
  const list = scopes.split(',').map((s) => s.trim()).filter(Boolean);
  if (!list.includes('repo') && !list.includes('public_repo')) {
    return { kind: 'read-only', user: login, detail: `its scopes are ${list.length ? list.join(', ') : 'empty'}; pushing needs "repo" (or "public_repo" for public repositories)` };
  }
  return { kind: 'ok', user: login, role: list.join(', ') };
}

export const github: Provider = {
  name: 'github',
  label: 'GitHub',
  hosts: ['github.com'],
  storeToken: GIT_STORE_TOKEN,
  parseRepo: (path) => namespacedRepo(path),
  tokenPatterns: [/\bgh[pousr]_[A-Za-z0-9]{6,}/g, /\bgithub_pat_[A-Za-z0-9_]{6,}/g],
  tokensPage: 'https://github.com/settings/tokens',
  keysPage: 'https://github.com/settings/keys',
  hostKeysPage: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/githubs-ssh-key-fingerprints',
  // Success exits 1: "Hi <user>! You've successfully authenticated, but GitHub does not provide shell access."
  greeting(text) {
    const m = /\bHi ([^\s!]+)! You've successfully authenticated/.exec(text);
    return m ? { user: m[1] } : undefined;
  },
  tokenShape: (password) => (/^(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,})$/.test(password)
    ? { token: true }
    : { token: false, why: 'it is not a GitHub token (ghp_..., github_pat_...); GitHub removed password authentication for Git on August 13, 2021' }),
  apiFor: (host) => (host === 'github.com' ? 'https://api.github.com' : undefined),
  tokenRequest: (api, token) => ({ url: `${api}/user`, headers: { authorization: `token ${token}`, accept: 'application/vnd.github+json' } }),
  interpretToken: (answer, _repo, now) => interpretUser(answer, now),
};
