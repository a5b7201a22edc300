// The shape of a provider: every fact hf-hooks relies on about one Git host, in one object.
export type ProviderName = 'huggingface' | 'github' | 'gitlab' | 'bitbucket' | 'generic';

export const PROVIDER_NAMES: readonly ProviderName[] = ['huggingface', 'github', 'gitlab', 'bitbucket', 'generic'];

export interface Repo {
  /** Hub repo kind; absent for providers without repo types. */
  type?: 'model' | 'dataset' | 'space' | 'kernel';
  namespace?: string;
  name: string;
}

/** What the server said to `ssh -T`: who the key belongs to, or that nobody claimed it. */
export type Greeting = { user: string } | { anonymous: true; said: string };

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

/** A token the provider's own tools keep on this machine, where Git does not look. */
export interface LocalToken {
  token: string;
  /** `$HF_TOKEN`, the token file's path, `stored token "name"`. */
  source: string;
  /** The provider's tools use it (the first such one wins); false for a saved, inactive one. */
  inUse: boolean;
}

/** What reading those tokens may touch: the environment and files, nothing else. */
export interface LocalFiles {
  env: NodeJS.ProcessEnv;
  account: { home: string };
  readText(path: string): Promise<string | undefined>;
}

export interface Provider {
  name: ProviderName;
  label: string;
  /** Web hosts that are this provider without any configuration; the first is canonical. */
  hosts: readonly string[];
  /** The host users push to over SSH, when it is not the web host (hf.co for huggingface.co). */
  sshHost?: string;
  /** The environment variable that points this provider's tools at another deployment. */
  endpointEnv?: string;
  /** Repo identity from the URL path (no leading slash, no `.git`), or undefined. */
  parseRepo(path: string): Repo | undefined;
  /** This provider's access tokens, to mask them in output. */
  tokenPatterns: readonly RegExp[];
  tokensPage?: string;
  keysPage?: string;
  /** Where the provider publishes its SSH host key fingerprints. */
  hostKeysPage?: string;
  /** Reads the banner of a shell-less `ssh -T`; undefined when it says neither. */
  greeting?(text: string): Greeting | undefined;
  tokenShape?(password: string, now: number): TokenShape;
  /** The API base of one of this provider's own hosts. */
  apiFor?(host: string): string | undefined;
  tokenRequest?(api: string, token: string): { url: string; headers: Record<string, string> };
  interpretToken?(answer: HttpAnswer, repo: Repo | undefined, now: number): TokenCheck;
  /** Fix steps that give Git a token for this provider without a prompt. */
  storeToken: readonly string[];
  /** Tokens the provider's tools keep, in the order they use them. */
  localTokens?(files: LocalFiles): Promise<LocalToken[]>;
  /** Who reads those tokens, for messages: "huggingface_hub and the hf CLI". */
  localTools?: string;
  /** The fix step that hands one of those tokens to Git. */
  storeLocalToken?(t: LocalToken): string | undefined;
}

/** How any provider's token reaches Git when its own tools have no way to store it. */
export const GIT_STORE_TOKEN: readonly string[] = [
  'git config --global credential.helper store    # or cache, or your OS credential manager',
  'HF_HOOKS=0 git push    # once: Git asks for your user name, then the token as password, and the helper keeps it',
];

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
