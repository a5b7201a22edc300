import { GIT_STORE_TOKEN, type Provider, type TokenCheck, namespacedRepo, parseJson } from './types.ts';

/** GET /api/v4/personal_access_tokens/self: scopes, expiry, whether it is still active. */
function interpretSelf(a: { status: number; body: string }, now: number): TokenCheck {
  if (a.status === 401) return { kind: 'invalid' };
  if (a.status === 429) return { kind: 'unknown', detail: 'GitLab is rate-limiting requests (429)' };
  const t = a.status === 200 ? parseJson(a.body) : undefined;
  if (!t || !Array.isArray(t.scopes)) return { kind: 'unknown', detail: `GitLab answered ${a.status}` };
  const user = `user #${t.user_id}`;
  if (t.revoked || t.active === false) return { kind: 'invalid' };
  if (t.expires_at && Date.parse(`${t.expires_at}T23:59:59Z`) < now) return { kind: 'expired', user, when: t.expires_at };
  const scopes = t.scopes as string[];
  if (!scopes.includes('write_repository') && !scopes.includes('api')) {
    return { kind: 'read-only', user, detail: `token "${t.name}" has the scopes ${scopes.join(', ')}; pushing needs write_repository` };
  }
  return { kind: 'ok', user, role: scopes.join(', ') };
}

export const gitlab: Provider = {
  name: 'gitlab',
  label: 'GitLab',
  hosts: ['gitlab.com'],
  storeToken: GIT_STORE_TOKEN,
  parseRepo: (path) => namespacedRepo(path),
  tokenPatterns: [/\bglpat-[A-Za-z0-9_-]{6,}/g],
  tokensPage: 'https://gitlab.com/-/user_settings/personal_access_tokens',
  keysPage: 'https://gitlab.com/-/user_settings/ssh_keys',
  hostKeysPage: 'https://docs.gitlab.com/user/gitlab_com/#ssh-host-keys-fingerprints',
  // "Welcome to GitLab, @<user>!"; a deploy key gets "Welcome to GitLab, Anonymous!" and may still push.
  greeting(text) {
    const m = /\bWelcome to GitLab, (@?)([^\s!]+)!/.exec(text);
    if (!m) return undefined;
    return { user: m[1] ? m[2] : `${m[2]} (a deploy key)` };
  },
  tokenShape: (password) => (/^gl[a-z]+-[A-Za-z0-9_.-]{16,}$/.test(password)
    ? { token: true }
    : { token: false, why: 'it is not a GitLab token (glpat-...); with two-factor authentication or SSO, GitLab refuses passwords for Git' }),
  apiFor: (host) => (host === 'gitlab.com' ? 'https://gitlab.com' : undefined),
  tokenRequest: (api, token) => ({ url: `${api}/api/v4/personal_access_tokens/self`, headers: { 'private-token': token } }),
  interpretToken: (answer, _repo, now) => interpretSelf(answer, now),
};
