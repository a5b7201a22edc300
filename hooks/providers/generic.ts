import { type Provider, gitStoreToken, namespacedRepo } from './types.ts';

export const generic: Provider = {
  name: 'generic',
  label: 'Git server',
  hosts: [],
  parseRepo: (path) => namespacedRepo(path, 1),
  tokenPatterns: [],
  storeToken: (c) => gitStoreToken(c, 'git'),
};
