import { type Provider, namespacedRepo } from './types.ts';

export const gitlab: Provider = {
  name: 'gitlab',
  label: 'GitLab',
  hosts: ['gitlab.com'],
  parseRepo: (path) => namespacedRepo(path),
  tokenPatterns: [/\bglpat-[A-Za-z0-9_-]{6,}/g],
  tokensPage: 'https://gitlab.com/-/user_settings/personal_access_tokens',
  keysPage: 'https://gitlab.com/-/user_settings/ssh_keys',
};
