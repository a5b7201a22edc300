import { GIT_STORE_TOKEN, type Provider, namespacedRepo } from './types.ts';

export const generic: Provider = {
  name: 'generic',
  label: 'Git server',
  hosts: [],
  parseRepo: (path) => namespacedRepo(path, 1),
  tokenPatterns: [],
  storeToken: GIT_STORE_TOKEN,
};
