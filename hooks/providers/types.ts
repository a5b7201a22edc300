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

/**
 * What a stored secret is, by its shape alone. Shape never blocks by itself unless it is
 * certain: `not-token` is only for secrets that can never push (a removed credential
 * kind); a shape never seen before is `unknown`, and the provider's API decides.
 */
export type TokenShape =
  | { kind: 'token' }
  | { kind: 'unknown'; why: string }
  | { kind: 'not-token'; why: string };

/**
 * What a server refuses in a push's content, in bytes, with its own words. `certain`
 * thresholds block; `from` thresholds only warn. Checked against the non-LFS files the
 * push adds (content/rules.ts).
 */
export interface ContentRules {
  /** Any file of this size or more is refused. */
  tooLarge?: { bytes: number; said: string; docs?: string; warnFrom?: { bytes: number; said: string } };
  /** A binary file (a NUL in its first 8000 bytes) over `bytes` is refused; from `warnFrom`, it may be. */
  binary?: { bytes: number; warnFrom: number; said: string; docs?: string; smallerRefused?: string };
  /** LFS files: over `agent` bytes, only a transfer agent uploads them (else a warning); over `hard`, never. */
  lfsFile?: { agent: number; agentFix: string[]; hard: number; said: string };
  /** The repo card's metadata: the front matter of this file must parse; the API may check more. */
  metadata?: { file: string; said: string; validate?(api: string): string };
}

/** What the push is, beyond its URL: only review refs (the Hub's refs/pr/N) are pushed. */
export interface PushScope {
  reviewOnly: boolean;
}

/**
 * What the provider's API said about a token, for this repository. `certain: false` is
 * the API's word that the push may fail (a resource group may grant write): a warning.
 */
export type TokenCheck =
  | { kind: 'ok'; user: string; role: string; note?: string; fix?: string[]; expires?: number }
  | { kind: 'invalid' }
  | { kind: 'read-only'; user: string; detail: string; certain: boolean }
  | { kind: 'no-write'; user: string; namespace: string; detail: string; certain: boolean; fix?: string[] }
  | { kind: 'not-found'; user: string; repo: string; create?: string }
  | { kind: 'sso-required'; user: string; url?: string }
  | { kind: 'expired'; user?: string; when: string }
  | { kind: 'unknown'; detail: string };

/**
 * What the provider's API said about reading one repository (a clone, a fetch, a pull) with
 * a token, or with none. `said` is the provider's own sentence, shown as it is.
 */
export type FetchCheck =
  | { kind: 'ok'; user?: string }
  /** Without a token: the repository is gated, or private (or missing: the API does not say which). */
  | { kind: 'needs-login'; gated: boolean; said?: string }
  /** Gated, and this account may not read it: never asked, asked and waiting, or refused. */
  | { kind: 'gated'; user?: string; state: 'not-requested' | 'pending' | 'rejected'; said: string; tokenScope?: string }
  /** With a token: no repository this account can see (missing, or private to others). */
  | { kind: 'not-found'; user?: string }
  | { kind: 'invalid' }
  | { kind: 'unknown'; detail: string };

export interface TokenRequest {
  url: string;
  headers: Record<string, string>;
}

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
  /** Epoch ms after which the provider refuses it, when its tools recorded that. */
  expires?: number;
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
  /**
   * How hf-hooks asks for a token through the user's askpass, and the Git user name it sends
   * with the answer; without it Git asks in its own words.
   */
  tokenQuestion?: { user: string; ask(where: string, push: boolean): string };
  keysPage?: string;
  /** Where the provider publishes its SSH host key fingerprints. */
  hostKeysPage?: string;
  /** Those fingerprints, as that page gives them (`SHA256:... (ED25519)`), for the official SSH host. */
  hostKeyFingerprints?: readonly string[];
  /** Reads the banner of a shell-less `ssh -T`; undefined when it says neither. */
  greeting?(text: string): Greeting | undefined;
  tokenShape?(password: string, now: number, username?: string): TokenShape;
  /** The API base of one of this provider's own hosts. */
  apiFor?(host: string): string | undefined;
  /** What to ask the API about a token and a repository; empty when the API cannot tell for this token. */
  tokenRequests?(api: string, token: string, repo: Repo | undefined): TokenRequest[];
  /** The answers to tokenRequests, in order; one after the first is undefined when it failed. */
  interpretToken?(answers: HttpAnswer[], repo: Repo | undefined, now: number, scope: PushScope): TokenCheck;
  /** What to ask the API about reading one repository, with this token or none (a clone or fetch). */
  fetchRequests?(api: string, token: string | undefined, repo: Repo): TokenRequest[];
  /** The answers to fetchRequests, in order; one after the first is undefined when it failed. */
  interpretFetch?(answers: (HttpAnswer | undefined)[], token: boolean): FetchCheck;
  /** The repository's page on the web, where access to a gated one is asked for. */
  repoPage?(api: string, repo: Repo): string;
  /** Refs any account may push to, whoever owns the repository (the Hub's refs/pr/N). */
  reviewRef?: RegExp;
  /**
   * What the server answers when a push holds Git LFS pointers to files its LFS store does
   * not have: set for servers that refuse such a push (after the pack was sent).
   */
  lfsRefusal?: string;
  /** What the server refuses in a push's files (the Hub's pre-receive rules, GitHub's size limit). */
  contentRules?: ContentRules;
  /** Fix steps that give Git a token for this provider without a prompt. */
  storeToken(c: StoreContext): string[];
  /** Tokens the provider's tools keep, in the order they use them. */
  localTokens?(files: LocalFiles): Promise<LocalToken[]>;
  /** Who reads those tokens, for messages: "huggingface_hub and the hf CLI". */
  localTools?: string;
  /** The fix steps that hand one of those tokens to Git. */
  storeLocalToken?(t: LocalToken, c: StoreContext): string[] | undefined;
  /** A token the provider's tools mint at run time (CI identity exchange): why Git has none, and how to hand it over. */
  mintedToken?(env: NodeJS.ProcessEnv): { why: string; fix: string[] } | undefined;
  /**
   * The hosts (host or host:port) the provider's own tools send their token to: where the
   * bridge may hand that token to Git, and nowhere else.
   */
  bridgeHosts?(env: NodeJS.ProcessEnv): string[];
  /** The provider's CLI: a login that prints a fresh token for an expired one, and logs in anew. */
  cli?: { renew?: [string, ...string[]]; login: string };
  /**
   * A CLI of the provider's that can hand Git its token (gh, glab): how to ask whether it is
   * logged in, and the command that makes Git use it.
   */
  gitCli?: { status: [string, ...string[]]; setup: string };
}

/** What a fix that stores a token for Git needs to know to work when pasted. */
export interface StoreContext {
  /** The bridge would hand Git this provider's local token for this URL (hf-hooks.bridge). */
  bridge?: boolean;
  /** The first credential.helper (unscoped) that stores passwords, if one is configured. */
  storageHelper?: string;
  /** The helper to suggest for this platform when there is none. */
  platformHelper: string;
  /** `https://huggingface.co`: where the push goes, as credential helpers key it. */
  url: string;
  env: NodeJS.ProcessEnv;
}

/** A configured storage helper, or the step that configures one: every store fix starts here. */
export const helperStep = (c: StoreContext): string[] =>
  c.storageHelper ? [] : [`git config --global credential.helper ${c.platformHelper}    # no credential helper is configured to keep a token${c.platformHelper === 'store' ? ' (store: plain text in ~/.git-credentials)' : ''}`];

/**
 * How any provider's token reaches Git when its own tools have no way to store it: read
 * it without echo, hand it to the configured helpers the way Git itself would after a push.
 */
export const gitStoreToken = (c: StoreContext, username: string): string[] => [
  ...helperStep(c),
  `printf 'Token: '; read -rs TOKEN; echo; printf 'url=${c.url}\\nusername=${username}\\npassword=%s\\n\\n' "$TOKEN" | git credential approve; unset TOKEN`,
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
