// Bitbucket Cloud facts: Atlassian's app-password deprecation notice (brownouts from
// 2026-06-09, removed 2026-07-28), support.atlassian.com "Using API tokens" (user name
// x-bitbucket-api-token-auth or the account's) and "Using access tokens" (x-token-auth).
import { type Provider, gitStoreToken, namespacedRepo } from './types.ts';

const BROWNOUTS = Date.parse('2026-06-09T00:00:00Z');
const REMOVED = Date.parse('2026-07-28T00:00:00Z');

export const bitbucket: Provider = {
  name: 'bitbucket',
  label: 'Bitbucket',
  hosts: ['bitbucket.org'],
  storeToken: (c) => gitStoreToken(c, 'x-bitbucket-api-token-auth'),
  tokenQuestion: {
    user: 'x-bitbucket-api-token-auth',
    ask: (where, push) => `Bitbucket API token${push ? ' with repository write permission' : ''} for ${where} (https://id.atlassian.com/manage-profile/security/api-tokens): `,
  },
  parseRepo: (path) => namespacedRepo(path),
  // ATATT: API tokens; ATCTT: repository, project and workspace access tokens; ATBB: app passwords.
  tokenPatterns: [/ATATT[A-Za-z0-9_=-]{6,}/g, /ATCTT[A-Za-z0-9_=-]{6,}/g, /ATBB[A-Za-z0-9]{6,}/g],
  tokensPage: 'https://id.atlassian.com/manage-profile/security/api-tokens',
  keysPage: 'https://bitbucket.org/account/settings/ssh-keys/',
  hostKeysPage: 'https://bitbucket.org/site/ssh',
  // "authenticated via ssh key." and, for a personal key, "logged in as <user>."
  greeting(text) {
    const user = /\blogged in as ([^\s.]+)/.exec(text)?.[1];
    if (user) return { user };
    return /\bauthenticated via ssh key\b/.test(text) ? { user: '(a Bitbucket account)' } : undefined;
  },
  // No API is asked here, so only a removed credential kind is certain.
  tokenShape(password, now, username) {
    if (password.startsWith('ATATT') || password.startsWith('ATCTT') || username === 'x-token-auth') return { kind: 'token' };
    if (password.startsWith('ATBB') && now >= REMOVED) return { kind: 'not-token', why: 'it is a Bitbucket app password, and Bitbucket removed app passwords on 2026-07-28' };
    if (password.startsWith('ATBB') && now >= BROWNOUTS) return { kind: 'unknown', why: 'it is a Bitbucket app password; they fail during the brownouts that began on 2026-06-09 and stop working on 2026-07-28' };
    if (password.startsWith('ATBB')) return { kind: 'token' };
    return { kind: 'unknown', why: 'it does not look like an Atlassian API token (ATATT...) or an access token (ATCTT...), and Bitbucket does not accept account passwords for Git' };
  },
};
