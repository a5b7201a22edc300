import { type Provider, namespacedRepo } from './types.ts';

export const github: Provider = {
  name: 'github',
  label: 'GitHub',
  hosts: ['github.com'],
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
};
