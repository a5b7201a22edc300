// GitHub facts: docs.github.com (REST "Get the authenticated user", "Get a repository",
// "Authenticating with SAML single sign-on", token formats).
import { type HttpAnswer, type Provider, type Repo, type TokenCheck, gitStoreToken, namespacedRepo, parseJson } from './types.ts';

const EXPIRY_HEADER = 'github-authentication-token-expiration';

/** "2026-12-10 10:00:00 UTC" (the expiry header) as epoch ms. */
const parseExpiry = (value: string) => Date.parse(value.replace(' UTC', 'Z').replace(' ', 'T'));

/**
 * GET /user: the login in the body, classic scopes and the expiry in headers. A 403 with
 * `X-GitHub-SSO: required; url=...` is an organization that wants this token authorised for SSO.
 */
function interpretUser(a: HttpAnswer, now: number): TokenCheck | { user: string; classic: boolean; expires?: number } {
  if (a.status === 401) return { kind: 'invalid' };
  if (a.status === 403 || a.status === 429) return { kind: 'unknown', detail: `GitHub answered ${a.status} (rate limit?)` };
  const login = a.status === 200 ? (parseJson(a.body)?.login as string | undefined) : undefined;
  if (!login) return { kind: 'unknown', detail: `GitHub answered ${a.status}` };
  const header = a.headers[EXPIRY_HEADER];
  const expires = header ? parseExpiry(header) : undefined;
  if (expires !== undefined && expires <= now) return { kind: 'expired', user: login, when: header! };
  const scopes = a.headers['x-oauth-scopes'];
  // Fine-grained tokens send no scopes header; their repository access shows on the repo.
  if (scopes === undefined) return { user: login, classic: false, ...(expires !== undefined && { expires }) };
  const list = scopes.split(',').map((s) => s.trim()).filter(Boolean);
  if (!list.includes('repo') && !list.includes('public_repo')) {
    return { kind: 'read-only', user: login, detail: `its scopes are ${list.length ? list.join(', ') : 'empty'}; pushing needs "repo" (or "public_repo" for public repositories)`, certain: true };
  }
  return { user: login, classic: true, ...(expires !== undefined && { expires }) };
}

/** GET /repos/{owner}/{repo}: `permissions.push` is whether this account may push there. */
function interpretRepo(a: HttpAnswer | undefined, user: string, repo: Repo, base: TokenCheck & { kind: 'ok' }): TokenCheck {
  if (!a) return base;
  const full = `${repo.namespace}/${repo.name}`;
  const sso = a.headers['x-github-sso'];
  if (a.status === 403 && sso?.startsWith('required')) return { kind: 'sso-required', user, url: /url=(\S+)/.exec(sso)?.[1] };
  // A repository the token cannot see answers 404 (GitHub hides private repositories).
  if (a.status === 404) return { kind: 'not-found', user, repo: full };
  const push = a.status === 200 ? parseJson(a.body)?.permissions?.push : undefined;
  if (push === false) return { kind: 'no-write', user, namespace: full, detail: `GitHub says ${user} has no push permission on ${full}`, certain: true };
  return base;
}

export const github: Provider = {
  name: 'github',
  label: 'GitHub',
  hosts: ['github.com'],
  // Any user name works with a token; x-access-token is the documented one for app tokens.
  storeToken: (c) => gitStoreToken(c, 'x-access-token'),
  // docs.github.com "About large files on GitHub": blocked over 100 MiB (GH001), a warning over 50 MiB
  // (tooLarge.bytes is the first size refused).
  contentRules: {
    tooLarge: {
      bytes: 100 * 1024 * 1024 + 1, docs: 'https://docs.github.com/en/repositories/working-with-files/managing-large-files/about-large-files-on-github',
      said: "GH001: Large files detected. ... this exceeds GitHub's file size limit of 100.00 MB",
      warnFrom: { bytes: 50 * 1024 * 1024, said: "this is larger than GitHub's recommended maximum file size of 50.00 MB" },
    },
  },
  // GitHub CLI (cli.github.com manual): `gh auth setup-git` makes Git ask `gh auth git-credential`.
  gitCli: { status: ['gh', 'auth', 'status'], setup: 'gh auth setup-git' },
  tokenQuestion: {
    user: 'x-access-token',
    ask: (where, push) => `GitHub personal access token${push ? ' that may push (classic: "repo" scope; fine-grained: Contents read and write)' : ''} for ${where} (https://github.com/settings/tokens): `,
  },
  parseRepo: (path) => namespacedRepo(path),
  tokenPatterns: [/gh[pousr]_[A-Za-z0-9]{6,}/g, /github_pat_[A-Za-z0-9_]{6,}/g],
  tokensPage: 'https://github.com/settings/tokens',
  keysPage: 'https://github.com/settings/keys',
  hostKeysPage: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/githubs-ssh-key-fingerprints',
  // That page, "GitHub's SSH key fingerprints" (DSA, deprecated, left out).
  hostKeyFingerprints: ['SHA256:+DiY3wvvV6TuJJhbpZisF/zLDA0zPMSvHdkr4UvCOqU (ED25519)', 'SHA256:p2QAMXNIC1TJYWeIOttrVc98/R1BUFWu3/LiyKgUfQM (ECDSA)', 'SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s (RSA)'],
  // Success exits 1: "Hi <user>! You've successfully authenticated, but GitHub does not provide shell access."
  greeting(text) {
    const m = /\bHi ([^\s!]+)! You've successfully authenticated/.exec(text);
    return m ? { user: m[1] } : undefined;
  },
  tokenShape: (password) => (/^(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,})$/.test(password)
    ? { kind: 'token' }
    : { kind: 'unknown', why: 'it does not look like a GitHub token (ghp_..., github_pat_...), and GitHub removed password authentication for Git on August 13, 2021' }),
  apiFor: (host) => (host === 'github.com' ? 'https://api.github.com' : undefined),
  tokenRequests(api, token, repo) {
    const headers = { authorization: `token ${token}`, accept: 'application/vnd.github+json' };
    const user = { url: `${api}/user`, headers };
    return repo?.namespace ? [user, { url: `${api}/repos/${encodeURIComponent(repo.namespace)}/${encodeURIComponent(repo.name)}`, headers }] : [user];
  },
  interpretToken([userAnswer, repoAnswer], repo, now) {
    const who = interpretUser(userAnswer, now);
    if ('kind' in who) return who;
    const base: TokenCheck & { kind: 'ok' } = { kind: 'ok', user: who.user, role: who.classic ? 'classic token' : 'fine-grained token', ...(who.expires !== undefined && { expires: who.expires }) };
    return repo?.namespace ? interpretRepo(repoAnswer, who.user, repo, base) : base;
  },
};
