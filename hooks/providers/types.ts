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

/** Whether a stored secret looks like one of this provider's access tokens. */
export type TokenShape = { token: true } | { token: false; why: string };

/** What the provider's API said about a token, for this repository. */
export type TokenCheck =
  | { kind: 'ok'; user: string; role: string; note?: string }
  | { kind: 'invalid' }
  | { kind: 'read-only'; user: string; detail: string }
  | { kind: 'no-write'; user: string; namespace: string; detail: string }
  | { kind: 'expired'; user?: string; when: string }
  | { kind: 'unknown'; detail: string };

export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

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
  /** The web host credentials are stored for (huggingface.co for hf.co). */
  canonicalHost?: string;
  tokenShape?(password: string, now: number): TokenShape;
  /** The API base of one of this provider's own hosts. */
  apiFor?(host: string): string | undefined;
  tokenRequest?(api: string, token: string): { url: string; headers: Record<string, string> };
  interpretToken?(answer: HttpAnswer, repo: Repo | undefined, now: number): TokenCheck;
}

export function parseJson(body: string): any {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** `owner/name` or `group/sub/name`: the last segment is the repo, the rest its namespace. */
export function namespacedRepo(path: string, minDepth = 2): Repo | undefined {
  const parts = path.split('/');
  if (parts.length < minDepth || parts.some((p) => p === '' || p === '.' || p === '..')) return undefined;
  return { namespace: parts.slice(0, -1).join('/'), name: parts[parts.length - 1] };
}
