import { type Provider, namespacedRepo } from './types.ts';

export const gitlab: Provider = {
  name: 'gitlab',
  label: 'GitLab',
  hosts: ['gitlab.com'],
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
};
