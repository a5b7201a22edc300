import { GIT_STORE_TOKEN, type Provider, namespacedRepo } from './types.ts';

// App passwords stopped working on 2026-06-09; Atlassian API tokens (ATATT...) replace them.
const APP_PASSWORDS_END = Date.parse('2026-06-09T00:00:00Z');

export const bitbucket: Provider = {
  name: 'bitbucket',
  label: 'Bitbucket',
  hosts: ['bitbucket.org'],
  storeToken: GIT_STORE_TOKEN,
  parseRepo: (path) => namespacedRepo(path),
  tokenPatterns: [/\bATATT[A-Za-z0-9_=-]{6,}/g, /\bATBB[A-Za-z0-9]{6,}/g],
  tokensPage: 'https://id.atlassian.com/manage-profile/security/api-tokens',
  keysPage: 'https://bitbucket.org/account/settings/ssh-keys/',
  hostKeysPage: 'https://bitbucket.org/site/ssh',
  // "authenticated via ssh key." and, for a personal key, "logged in as <user>."
  greeting(text) {
    const user = /\blogged in as ([^\s.]+)/.exec(text)?.[1];
    if (user) return { user };
    return /\bauthenticated via ssh key\b/.test(text) ? { user: '(a Bitbucket account)' } : undefined;
  },
  tokenShape(password, now) {
    if (password.startsWith('ATATT')) return { token: true };
    if (password.startsWith('ATBB') && now >= APP_PASSWORDS_END) return { token: false, why: 'it is a Bitbucket app password, and app passwords stopped working on 2026-06-09' };
    if (password.startsWith('ATBB')) return { token: true };
    return { token: false, why: 'it is not an Atlassian API token (ATATT...); Bitbucket does not accept account passwords for Git' };
  },
};
