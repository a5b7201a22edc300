import { type Provider, namespacedRepo } from './types.ts';

export const bitbucket: Provider = {
  name: 'bitbucket',
  label: 'Bitbucket',
  hosts: ['bitbucket.org'],
  parseRepo: (path) => namespacedRepo(path),
  // Atlassian API tokens and (retired) app passwords.
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
};
