export type ProviderName = 'huggingface' | 'github' | 'gitlab' | 'bitbucket' | 'generic';

export const PROVIDER_NAMES: readonly ProviderName[] = ['huggingface', 'github', 'gitlab', 'bitbucket', 'generic'];

export interface Repo {
  /** Hub repo kind; absent for providers without repo types. */
  type?: 'model' | 'dataset' | 'space' | 'kernel';
  namespace?: string;
  name: string;
}

/** What the server said to `ssh -T`: who the key belongs to, or that nobody claimed it. */
export type Greeting = { user: string } | { anonymous: true };

export interface Provider {
  name: ProviderName;
  label: string;
  /** Hosts that are this provider without any configuration. */
  hosts: readonly string[];
  /** Repo identity from the URL path (no leading slash, no `.git`), or undefined. */
  parseRepo(path: string): Repo | undefined;
  /** Prefixes of this provider's access tokens, used to mask them in output. */
  tokenPatterns: readonly RegExp[];
  tokensPage?: string;
  keysPage?: string;
  /** Where the provider publishes its SSH host key fingerprints. */
  hostKeysPage?: string;
  /** Reads the banner of a shell-less `ssh -T`; undefined when it says neither. */
  greeting?(text: string): Greeting | undefined;
}

/** `owner/name` or `group/sub/name`: the last segment is the repo, the rest its namespace. */
export function namespacedRepo(path: string, minDepth = 2): Repo | undefined {
  const parts = path.split('/');
  if (parts.length < minDepth || parts.some((p) => p === '' || p === '.' || p === '..')) return undefined;
  return { namespace: parts.slice(0, -1).join('/'), name: parts[parts.length - 1] };
}
