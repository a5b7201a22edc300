// GitLab facts: docs.gitlab.com (security/tokens "Token prefixes", REST
// personal_access_tokens "Get single personal access token" /self, user/ssh).
import { type HttpAnswer, type Provider, type TokenCheck, gitStoreToken, namespacedRepo, parseJson } from './types.ts';

/**
 * GET /api/v4/personal_access_tokens/self: scopes, expiry, whether it is still active.
 * `expires_at` is a date; the token stops working at 00:00 UTC that day.
 */
function interpretSelf(a: HttpAnswer, now: number): TokenCheck {
  if (a.status === 401) return { kind: 'invalid' };
  if (a.status === 429) return { kind: 'unknown', detail: 'GitLab is rate-limiting requests (429)' };
  const t = a.status === 200 ? parseJson(a.body) : undefined;
  if (!t || !Array.isArray(t.scopes)) return { kind: 'unknown', detail: `GitLab answered ${a.status}` };
  const user = `user #${t.user_id}`;
  if (t.revoked || t.active === false) return { kind: 'invalid' };
  const expires = typeof t.expires_at === 'string' ? Date.parse(`${t.expires_at}T00:00:00Z`) : NaN;
  if (expires <= now) return { kind: 'expired', user, when: t.expires_at };
  const scopes = t.scopes as string[];
  if (!scopes.includes('write_repository') && !scopes.includes('api')) {
    return { kind: 'read-only', user, detail: `token "${t.name}" has the scopes ${scopes.join(', ')}; pushing needs write_repository`, certain: true };
  }
  return { kind: 'ok', user, role: scopes.join(', '), ...(Number.isFinite(expires) && { expires }) };
}

/** Personal, project and group access tokens (glpat-) are the ones /personal_access_tokens/self knows. */
const PAT = /^glpat-/;

export const gitlab: Provider = {
  name: 'gitlab',
  label: 'GitLab',
  hosts: ['gitlab.com'],
  // With a token, GitLab takes any user name; oauth2 is the documented one.
  storeToken: (c) => gitStoreToken(c, 'oauth2'),
  // GitLab CLI: `glab auth login` offers to make Git use its credentials.
  gitCli: { status: ['glab', 'auth', 'status'], setup: 'glab auth login' },
  tokenQuestion: {
    user: 'oauth2',
    ask: (where, push) => `GitLab personal access token${push ? ' with the write_repository scope' : ''} for ${where} (https://gitlab.com/-/user_settings/personal_access_tokens): `,
  },
  parseRepo: (path) => namespacedRepo(path),
  // Every prefix GitLab documents: glpat- (personal, project, group), gldt- (deploy),
  // glcbt- (CI job), glrt- (runner), gloas-, glft-, glptt-, glsoat-, glimt-, glagent-, ...
  // The documented prefixes anywhere; any other gl*- only at a word start, so prose
  // ("english-speaking") is left alone.
  tokenPatterns: [/gl(?:pat|dt|cbt|rt|oas|ft|ptt|soat|imt|agent|ffct|wt|rtr)-[A-Za-z0-9_.-]{6,}/g, /\bgl[a-z]{2,8}-[A-Za-z0-9_.-]{6,}/g],
  tokensPage: 'https://gitlab.com/-/user_settings/personal_access_tokens',
  // Its push check for projects with LFS on (git-lfs issue #2744 quotes it).
  lfsRefusal: 'GitLab: LFS objects are missing. Ensure LFS is properly set up or try a manual "git lfs push --all".',
  keysPage: 'https://gitlab.com/-/user_settings/ssh_keys',
  hostKeysPage: 'https://docs.gitlab.com/user/gitlab_com/#ssh-host-keys-fingerprints',
  // "Welcome to GitLab, @<user>!"; a deploy key gets "Welcome to GitLab, Anonymous!" and may still push.
  greeting(text) {
    const m = /\bWelcome to GitLab, (@?)([^\s!]+)!/.exec(text);
    if (!m) return undefined;
    return { user: m[1] ? m[2] : `${m[2]} (a deploy key)` };
  },
  // Self-managed instances may set their own prefix, so no shape is ever certain here.
  tokenShape: (password) => (/^gl[a-z]+-[A-Za-z0-9_.-]{16,}$/.test(password)
    ? { kind: 'token' }
    : { kind: 'unknown', why: 'it does not look like a GitLab token (glpat-..., gldt-...), and with two-factor authentication or SSO GitLab refuses passwords for Git' }),
  apiFor: (host) => (host === 'gitlab.com' ? 'https://gitlab.com' : undefined),
  // Only personal access tokens can describe themselves; a deploy or job token gets 401 there
  // and may still push, so for any other token the API cannot tell.
  tokenRequests: (api, token) => (PAT.test(token) ? [{ url: `${api}/api/v4/personal_access_tokens/self`, headers: { 'private-token': token } }] : []),
  interpretToken: ([answer], _repo, now) => interpretSelf(answer, now),
};
