// Every Hugging Face fact the pack relies on (DESIGN.md section 5). Sources are named
// beside each rule: huggingface_hub (src/huggingface_hub/...), huggingface.js
// (packages/hub/src/...) and hub-docs (docs/hub/...).
import { join } from 'node:path';
import {
  type ContentRules, type FetchCheck, type HttpAnswer, type LocalFiles, type LocalToken, type Provider, type PushScope, type Repo, type StoreContext, type TokenCheck,
  gitStoreToken, helperStep, parseJson,
} from './types.ts';

const PREFIX_TYPES: Record<string, Repo['type']> = { datasets: 'dataset', spaces: 'space', kernels: 'kernel' };

/** `<ns>/<name>` (model), `datasets/<ns>/<name>`, `spaces/<ns>/<name>`; `gpt2` is a legacy model. */
function parseRepo(path: string): Repo | undefined {
  const parts = path.split('/');
  const type = PREFIX_TYPES[parts[0]];
  const rest = type ? parts.slice(1) : parts;
  if (rest.length < 1 || rest.length > 2 || rest.some((p) => p === '' || p === '.' || p === '..')) return undefined;
  const [namespace, name] = rest.length === 2 ? rest : [undefined, rest[0]];
  return namespace ? { type: type ?? 'model', namespace, name } : { type: type ?? 'model', name };
}

const repoId = (r: Repo) => (r.namespace ? `${r.namespace}/${r.name}` : r.name);

/**
 * GET /api/whoami-v2 (huggingface.js lib/who-am-i.ts, types/api/api-who-am-i.ts). An
 * OAuth token (browser login) has no `auth.accessToken`: huggingface_hub then names it
 * `oauth-<user>` (_login.py _validate_and_save_token), and nothing says its role.
 */
interface Whoami {
  name?: string;
  orgs?: { name: string; roleInOrg?: string }[];
  auth?: {
    type?: string;
    expiresAt?: string;
    accessToken?: {
      displayName?: string; role?: string; expiration?: string;
      fineGrained?: { scoped?: { entity?: { type?: string; name?: string }; permissions?: string[] }[] };
    };
  };
}

/**
 * GET /api/{type}s/{id}?expand=resourceGroup (hf_api.py model_info(expand=["resourceGroup"]),
 * huggingface.js types/api: `resourceGroup: {id, name, numUsers}`). 404, or 401 that is not
 * "Invalid credentials", is "Repository Not Found" (utils/_http.py hf_raise_for_status).
 */
type RepoInfo = { found: true; group?: string } | { found: false } | { unknown: string };

function readRepoInfo(a: HttpAnswer | undefined): RepoInfo | undefined {
  if (!a) return undefined;
  if (a.status === 200) {
    const group = parseJson(a.body)?.resourceGroup?.name;
    return typeof group === 'string' ? { found: true, group } : { found: true };
  }
  const invalid = parseJson(a.body)?.error === 'Invalid credentials in Authorization header';
  if (a.status === 404 || (a.status === 401 && !invalid) || a.headers['x-error-code'] === 'RepoNotFound') return { found: false };
  return { unknown: `the repository API answered ${a.status}` };
}

/** The path of a repo on the Hub's site and in its API: `datasets/acme/d`, `spaces/me/s`, `acme/m`. */
const sitePath = (r: Repo) => `${r.type && r.type !== 'model' ? `${r.type}s/` : ''}${repoId(r)}`;

/**
 * Reading a repo (a clone, a fetch): GET /api/{type}s/{id}/auth-check (hf_api.py auth_check)
 * answers 200, or what utils/_http.py hf_raise_for_status turns into GatedRepoError
 * (X-Error-Code GatedRepo) and RepositoryNotFoundError (RepoNotFound, or a 401 that is not
 * "Invalid credentials in Authorization header": a private repo, a gated one or a missing one
 * look alike to nobody). whoami-v2 beside it says whose token it is, and whether a
 * fine-grained one may read gated repos at all (fineGrained.canReadGatedRepos, huggingface.js
 * types/api/api-who-am-i.ts).
 */
function interpretFetch(answers: (HttpAnswer | undefined)[], token: boolean): FetchCheck {
  const [check, whoami] = answers;
  if (!check) return { kind: 'unknown', detail: 'the Hub could not be asked' };
  const who = whoami?.status === 200 ? (parseJson(whoami.body) as (Whoami & { auth?: { accessToken?: { fineGrained?: { canReadGatedRepos?: boolean } } } }) | undefined) : undefined;
  const user = who?.name;
  const code = check.headers['x-error-code'];
  const said = check.headers['x-error-message'] ?? parseJson(check.body)?.error;
  if (check.status === 200) return { kind: 'ok', ...(user && { user }) };
  if (check.status === 401 && said === 'Invalid credentials in Authorization header') return { kind: 'invalid' };
  if (check.status === 429) return { kind: 'unknown', detail: 'the Hub is rate-limiting requests (429)' };
  if (code === 'GatedRepo' && !token) return { kind: 'needs-login', gated: true, ...(said && { said }) };
  if (code === 'GatedRepo') {
    const state = /awaiting a review/.test(said ?? '') ? 'pending' : /rejected/.test(said ?? '') ? 'rejected' : 'not-requested';
    const fine = who?.auth?.accessToken;
    const tokenScope = fine?.role === 'fineGrained' && fine.fineGrained?.canReadGatedRepos === false
      ? `${fine.displayName ? `"${fine.displayName}"` : 'the token'} is fine-grained without "Read access to contents of all public gated repos you can access"` : undefined;
    return { kind: 'gated', ...(user && { user }), state, said: said ?? `the Hub answered ${check.status}`, ...(tokenScope && { tokenScope }) };
  }
  if (code === 'RepoNotFound' || check.status === 404 || check.status === 401) return token ? { kind: 'not-found', ...(user && { user }) } : { kind: 'needs-login', gated: false };
  return { kind: 'unknown', detail: `the Hub answered ${check.status}${said ? `: ${said}` : ''}` };
}

const CREATE_TYPE: Record<string, string> = { dataset: ' --repo-type dataset', space: ' --repo-type space --space-sdk docker    # or gradio, static', kernel: ' --repo-type kernel' };

/** `hf repos create` (cli/repos.py); a Space also needs its SDK. */
const createCommand = (r: Repo) => `hf repos create ${repoId(r)}${CREATE_TYPE[r.type ?? 'model'] ?? ''}`;

/** When the token stops working, from whoami (accessToken.expiration, auth.expiresAt). */
function expiryOf(who: Whoami): number | undefined {
  const when = who.auth?.accessToken?.expiration ?? who.auth?.expiresAt;
  const t = when ? Date.parse(when) : NaN;
  return Number.isFinite(t) ? t : undefined;
}

/** Whether a fine-grained token carries repo.write for this repo (its namespace, or the repo itself). */
function fineGrainedWrites(who: Whoami, repo: Repo): boolean {
  const full = repoId(repo);
  return (who.auth?.accessToken?.fineGrained?.scoped ?? []).some(({ entity, permissions }) =>
    permissions?.includes('repo.write') &&
    (((entity?.type === 'user' || entity?.type === 'org') && entity.name === repo.namespace) || (entity?.type === repo.type && entity?.name === full)));
}

/**
 * whoami-v2 then the repo info, for one repo. The org roles (hub-docs organizations-security.md)
 * are no_access, read, contributor, write, admin; a resource group (security-resource-groups.md)
 * gives its members their own role on its repos whatever their org role, and whoami does not
 * list them. So the org role decides only for a repo in no resource group.
 */
function interpretHub(answers: HttpAnswer[], repo: Repo | undefined, now: number, scope: PushScope): TokenCheck {
  const [whoami, info] = answers;
  if (whoami.status === 401) return { kind: 'invalid' };
  if (whoami.status === 429) return { kind: 'unknown', detail: 'the Hub is rate-limiting requests (429)' };
  const who = whoami.status === 200 ? (parseJson(whoami.body) as Whoami | undefined) : undefined;
  if (!who?.name) return { kind: 'unknown', detail: `the Hub answered ${whoami.status} without an account` };
  const user = who.name;
  const expires = expiryOf(who);
  if (expires !== undefined && expires <= now) return { kind: 'expired', user, when: new Date(expires).toISOString().slice(0, 10) };
  const token = who.auth?.accessToken;
  const role = token?.role ?? (token ? 'unknown' : 'OAuth login');
  const label = token?.displayName ? `"${token.displayName}"` : 'this token';
  const ok: TokenCheck = { kind: 'ok', user, role, ...(expires !== undefined && { expires }) };
  // Pull-request refs: any account may push to an open PR of any repo (hub-docs
  // repositories-pull-requests-discussions.md, "git push origin pr/42:refs/pr/42"). What
  // the Hub requires of the token there is not documented, so only a missing repo blocks.
  const pr = scope.reviewOnly;
  if (role === 'read') return { kind: 'read-only', user, detail: `${label} has the "read" role`, certain: !pr };
  if (!repo) return ok;
  if (role === 'fineGrained' && !fineGrainedWrites(who, repo)) {
    return { kind: 'no-write', user, namespace: repoId(repo), detail: `fine-grained ${label} has no "repo.write" permission on ${repo.namespace ?? repoId(repo)}`, certain: !pr };
  }
  const found = readRepoInfo(info);
  const ns = repo.namespace;
  const org = ns ? who.orgs?.find((o) => o.name === ns) : undefined;
  const stranger = !!ns && ns !== user && !org;
  if (found && 'found' in found && !found.found && !stranger) return { kind: 'not-found', user, repo: repoId(repo), create: createCommand(repo) };
  if (pr) return ok;
  if (!ns || ns === user) return ok;
  if (!org) return { kind: 'no-write', user, namespace: ns, detail: `${ns} is neither ${user} nor an organization ${user} belongs to`, certain: true };
  return orgDecision(ok, user, ns, org.roleInOrg, found && 'found' in found && found.found ? found : undefined, repo);
}

function orgDecision(ok: TokenCheck & { kind: 'ok' }, user: string, ns: string, orgRole: string | undefined, info: { group?: string } | undefined, repo: Repo): TokenCheck {
  const group = info?.group;
  const inGroup = group ? ` ${repoId(repo)} is in the resource group "${group}", where ${user}'s role is not shown to hf-hooks` : '';
  const maybe = (detail: string, fix: string[] = []): TokenCheck => ({ kind: 'no-write', user, namespace: ns, detail, certain: false, fix });
  if (orgRole === 'admin') return ok;
  if (orgRole === 'write') return group ? maybe(`${user} has the "write" role in ${ns}, but${inGroup}`) : ok;
  if (orgRole === 'contributor') {
    return maybe(`${user} is a contributor in ${ns}, who may push only to repos they created${group ? `, and${inGroup}` : ''}`, prFix(repo));
  }
  const named = orgRole ? `the "${orgRole}" role` : 'no role hf-hooks knows';
  if (group) return maybe(`${user} has ${named} in ${ns}, but${inGroup}`);
  // Certain only when the repo API answered and shows no resource group.
  if ((orgRole === 'read' || orgRole === 'no_access') && info) return { kind: 'no-write', user, namespace: ns, detail: `${user} has ${named} in ${ns}, and ${repoId(repo)} is in no resource group`, certain: true, fix: prFix(repo) };
  return maybe(`${user} has ${named} in ${ns}`);
}

/** A PR is the way in for someone who may not push to the branch (repositories-pull-requests-discussions.md). */
function prFix(repo: Repo): string[] {
  const page = `https://huggingface.co/${repo.type && repo.type !== 'model' ? `${repo.type}s/` : ''}${repoId(repo)}/discussions/new`;
  return [`or open a pull request at ${page}, then: git push <remote> HEAD:refs/pr/<number>`];
}

/** huggingface_hub's paths get `~` then `$VAR` expansion (constants.py: expandvars(expanduser(...))). */
export function expandPath(path: string, env: NodeJS.ProcessEnv, home: string): string {
  const tilde = path === '~' || path.startsWith('~/') ? (env.HOME || home) + path.slice(1) : path;
  // os.path.expandvars leaves unknown variables as they are.
  return tilde.replace(/\$(\w+)|\$\{([^}]+)\}/g, (whole, a, b) => env[a ?? b] ?? whole);
}

/** huggingface_hub's token file: $HF_TOKEN_PATH, else $HF_HOME/token (utils/_auth.py, constants.py). */
export function hubTokenFile(env: NodeJS.ProcessEnv, home: string): string {
  if (env.HF_TOKEN_PATH) return expandPath(env.HF_TOKEN_PATH, env, home);
  const hfHome = env.HF_HOME || join(env.XDG_CACHE_HOME || join('~', '.cache'), 'huggingface');
  return join(expandPath(hfHome, env, home), 'token');
}

/** _clean_token: \r and \n removed, then spaces stripped; empty is no token. */
const clean = (value: string | undefined): string | undefined => value?.replace(/[\r\n]/g, '').trim() || undefined;

/** stored_tokens (INI, interpolation off): one section per token name, `hf_token`, OAuth's `expires_at` (Unix s). */
function parseStoredTokens(text: string): { name: string; token: string; expires?: number }[] {
  const out: { name: string; token?: string; expires?: number }[] = [];
  for (const line of text.split('\n')) {
    const head = /^\s*\[(.+)\]\s*$/.exec(line);
    if (head) out.push({ name: head[1] });
    const field = /^\s*(hf_token|expires_at)\s*[=:]\s*(.*?)\s*$/i.exec(line);
    const section = out[out.length - 1];
    if (!field || !section) continue;
    if (field[1].toLowerCase() === 'hf_token') section.token = field[2];
    else if (/^\d+$/.test(field[2])) section.expires = Number(field[2]) * 1000;
  }
  return out.filter((s): s is { name: string; token: string; expires?: number } => !!s.token);
}

/**
 * huggingface_hub's order (utils/_auth.py get_token()): HF_TOKEN or else
 * HUGGING_FACE_HUB_TOKEN (a value of only spaces still shadows the second), then the
 * token file; then the named tokens `hf auth login` keeps beside it, unused until one is
 * switched to. The file's token carries its stored expiry (an OAuth login's).
 */
async function localTokens(files: LocalFiles): Promise<LocalToken[]> {
  const out: LocalToken[] = [];
  const envName = files.env.HF_TOKEN ? 'HF_TOKEN' : files.env.HUGGING_FACE_HUB_TOKEN ? 'HUGGING_FACE_HUB_TOKEN' : undefined;
  const fromEnv = envName ? clean(files.env[envName]) : undefined;
  if (envName && fromEnv) out.push({ token: fromEnv, source: `$${envName}`, inUse: true });
  const file = hubTokenFile(files.env, files.account.home);
  const [text, storedText] = await Promise.all([files.readText(file), files.readText(join(file, '..', 'stored_tokens'))]);
  const stored = parseStoredTokens(storedText ?? '');
  const token = clean(text);
  const expiryOf = (t: string) => stored.find((s) => s.token === t)?.expires;
  const withExpiry = (t: LocalToken): LocalToken => {
    const expires = expiryOf(t.token);
    return expires === undefined ? t : { ...t, expires };
  };
  if (token) out.push(withExpiry({ token, source: file, inUse: !fromEnv }));
  for (const s of stored) if (s.token !== token) out.push(withExpiry({ token: s.token, source: `stored token "${s.name}"`, inUse: false }));
  return out.map((t) => (t.source.startsWith('$') ? withExpiry(t) : t));
}

const KiB = 1024;
const MiB = 1024 * KiB;
const GB = 1000 ** 3;

/**
 * The Hub's pre-receive rules, in the words it answers with (as pushes quote them: "Offending
 * files: - PATH (ref: REF)"). 10 MiB for any non-LFS file; binaries "over 1MB" since 2022
 * (huggingface_hub issue #687, julien-c: "We changed the file size threshold for binary files
 * only to 1MB"), and smaller ones have been refused since (a 358 KiB .wasm, 2026), so only over
 * 1 MiB is certain. LFS: over 5 GB needs the multipart agent (huggingface_hub cli/lfs.py
 * lfs_enable_largefiles, "enable upload of files > 5GB") or git-xet; 500 GB is the hard limit
 * (hub-docs storage-limits.md). The card's metadata: hf_api.py _validate_yaml, POST /api/validate-yaml.
 */
const CONTENT_RULES: ContentRules = {
  tooLarge: {
    bytes: 10 * MiB, docs: 'https://huggingface.co/docs/hub/repositories-getting-started#terminal',
    said: 'Your push was rejected because it contains files larger than 10 MiB. Please use https://git-lfs.github.com/ to store large files.',
  },
  binary: {
    bytes: MiB, warnFrom: 100 * KiB, docs: 'https://huggingface.co/docs/hub/xet/using-xet-storage#git',
    said: 'Your push was rejected because it contains binary files. Please use https://huggingface.co/docs/hub/xet to store binary files.',
    smallerRefused: 'the Hub has refused smaller binary files too (a 358 KiB .wasm in 2026)',
  },
  lfsFile: {
    agent: 5 * GB, hard: 500 * GB, said: 'no single file may exceed 500 GB (hub-docs, storage limits)',
    agentFix: ['hf lfs-enable-largefiles .    # the multipart upload agent (huggingface_hub), or: git xet install'],
  },
  metadata: { file: 'README.md', said: 'Sorry, your push was rejected during YAML metadata verification:', validate: (api) => `${api}/api/validate-yaml` },
};

/** With the bridge on, logging in is all it takes: hf-hooks hands huggingface_hub's token to Git. */
const LOGIN = 'hf auth login    # huggingface_hub keeps the token; hf-hooks hands it to Git';

/**
 * Where huggingface_hub sends its token: its endpoint (HF_ENDPOINT), else huggingface.co and
 * hf.co (the same Hub). Exactly these host[:port] names; nothing that merely contains them.
 */
function bridgeHosts(env: NodeJS.ProcessEnv): string[] {
  if (!env.HF_ENDPOINT) return ['huggingface.co', 'hf.co'];
  try {
    const u = new URL(hubEndpoint(env));
    return [u.port ? `${u.hostname}:${u.port}` : u.hostname];
  } catch {
    return [];
  }
}

/** huggingface_hub's endpoint (constants.py ENDPOINT): HF_ENDPOINT, else https://huggingface.co. */
const hubEndpoint = (env: NodeJS.ProcessEnv) => (env.HF_ENDPOINT || 'https://huggingface.co').replace(/\/+$/, '');

/**
 * `hf auth login --token T --add-to-git-credential` is the only login that hands a token
 * to Git (_login.py: the browser and paste logins pass add_to_git_credential=False). It
 * stores it for url=ENDPOINT (utils/_git_credential.py set_git_credential) and only when
 * an unscoped credential.helper is configured (_is_git_credential_helper_configured).
 * For any other host, and for an OAuth login (re-saving it under its name drops the
 * refresh_token and expires_at huggingface_hub refreshes it with, utils/_auth.py _save_token),
 * the plain `git credential approve` is what works.
 */
function handOver(t: LocalToken, c: StoreContext): string[] {
  if (c.bridge) return [LOGIN];
  const fromFile = !t.source.startsWith('$');
  const oauth = t.token.startsWith('hf_oauth_');
  const value = oauth && fromFile ? '$(hf auth token)' : fromFile ? `$(cat '${t.source}')` : t.source;
  if (c.url === hubEndpoint(c.env) && !oauth) return [...helperStep(c), `hf auth login --token "${value}" --add-to-git-credential`];
  return [...helperStep(c), `printf 'url=${c.url}\\nusername=hf_user\\npassword=%s\\n\\n' "${value}" | git credential approve`];
}

export const huggingface: Provider = {
  name: 'huggingface',
  label: 'Hugging Face',
  hosts: ['huggingface.co', 'hf.co'],
  sshHost: 'hf.co',
  endpointEnv: 'HF_ENDPOINT',
  parseRepo,
  // Families: hf_ access tokens, hf_oauth_ from the browser login (OAuth device flow,
  // utils/_oauth_device.py), hf_jwt_ from Trusted Publishers (a JWT: dots, dashes, underscores).
  // No word boundary before: a token glued to text ("x\\nhf_..." in JSON) is still a token.
  tokenPatterns: [/hf_oauth_[A-Za-z0-9_-]{6,}/g, /hf_jwt_[A-Za-z0-9_.-]{6,}/g, /hf_[A-Za-z0-9]{6,}/g, /api_org_[A-Za-z0-9]{6,}/g],
  tokensPage: 'https://huggingface.co/settings/tokens',
  // The Hub reads only the password; huggingface_hub's own helper hand-over uses "hf_user",
  // "the default user used in the Hub" (utils/_git_credential.py set_git_credential).
  tokenQuestion: {
    user: 'hf_user',
    ask: (where, push) => `Hugging Face access token${push ? ' with the write role' : ''} for ${where} (https://huggingface.co/settings/tokens): `,
  },
  keysPage: 'https://huggingface.co/settings/keys',
  hostKeysPage: 'https://huggingface.co/docs/hub/security-git-ssh',
  // hub-docs docs/hub/security-git-ssh.md, "HuggingFace's SSH key fingerprints" (DSA, deprecated, left out).
  hostKeyFingerprints: ['SHA256:dVjzGIdV7d6cwKIeZiCoRMa2gMvSKfGZAvHf4gMiMao (ED25519)', 'SHA256:aBG5R7IomF4BSsx/h6tNAUVLhEkkaNGB8Sluyh/Q/qY (ECDSA)', 'SHA256:uqjYymysBGCXXiMVebB8L8RIuWbPSKGBxQQNhcT5a3Q (RSA)'],
  // "Hi anonymous, welcome to Hugging Face." when the key is on no account.
  greeting(text) {
    const m = /\bHi (\S+), welcome to Hugging Face\b/.exec(text);
    if (!m) return undefined;
    return m[1] === 'anonymous' ? { anonymous: true, said: m[0] } : { user: m[1] };
  },
  // Only api_org_ is certain: huggingface_hub refuses it ("You must use your personal
  // account token, not an organization token", _login.py). Every other Hub token starts
  // hf_ (huggingface.js packages/hub/src/utils/checkCredentials.ts refuses any other
  // prefix locally): anything else is `unknown`, which a stored secret takes to whoami and
  // an answer typed at hf-hooks' question only once typed twice (https/ask.ts).
  tokenShape(password) {
    if (/^hf_[A-Za-z0-9]{30,}$/.test(password) || /^hf_(?:oauth|jwt)_\S{10,}$/.test(password)) return { kind: 'token' };
    if (password.startsWith('api_org_')) return { kind: 'not-token', why: 'it is a legacy organization API token (api_org_...), which cannot push' };
    // A token travels in an HTTP header, so it never holds a space; a pass phrase does. Refused
    // here, it is never sent anywhere to be checked.
    if (/\s/.test(password)) return { kind: 'not-token', why: 'it contains a space, which no access token does, and the Hub refuses account passwords for Git' };
    return { kind: 'unknown', why: 'it does not look like a Hugging Face access token (those start with hf_), and the Hub stopped accepting account passwords for Git in October 2023' };
  },
  apiFor: (host) => (['huggingface.co', 'hf.co'].includes(host) ? 'https://huggingface.co' : undefined),
  tokenRequests(api, token, repo) {
    const auth = { authorization: `Bearer ${token}` };
    const whoami = { url: `${api}/api/whoami-v2`, headers: auth };
    if (!repo) return [whoami];
    return [whoami, { url: `${api}/api/${repo.type ?? 'model'}s/${repoId(repo).split('/').map(encodeURIComponent).join('/')}?expand=resourceGroup`, headers: auth }];
  },
  interpretToken: interpretHub,
  fetchRequests(api, token, repo) {
    const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const check = { url: `${api}/api/${repo.type ?? 'model'}s/${repoId(repo).split('/').map(encodeURIComponent).join('/')}/auth-check`, headers: auth };
    return token ? [check, { url: `${api}/api/whoami-v2`, headers: auth }] : [check];
  },
  interpretFetch,
  repoPage: (api, repo) => `${api}/${sitePath(repo)}`,
  reviewRef: /^refs\/pr\/\d+$/,
  // The Hub's pre-receive text (as quoted by users and by hub clients that match on it).
  lfsRefusal: 'Your push was rejected because an LFS pointer pointed to a file that does not exist. For instance, this can happen if you used git push --no-verify to push your changes.',
  contentRules: CONTENT_RULES,
  storeToken: (c) => (c.bridge ? [LOGIN] : gitStoreToken(c, 'hf_user')),
  localTokens,
  bridgeHosts,
  // `hf auth token` prints the token get_token() uses, refreshing an OAuth login that is
  // about to expire (utils/_auth.py get_token(), _refresh_oauth_token_if_needed).
  cli: { renew: ['hf', 'auth', 'token'], login: 'hf auth login' },
  localTools: 'huggingface_hub and the hf CLI',
  storeLocalToken: (t, c) => (t.inUse ? handOver(t, c) : undefined),
  // HF_OIDC_RESOURCE (utils/_auth.py _get_token_from_oidc): huggingface_hub exchanges the CI's
  // OIDC identity for a short-lived token when asked; nothing is on disk for Git to read.
  mintedToken: (env) => (env.HF_OIDC_RESOURCE
    ? {
      why: `HF_OIDC_RESOURCE is set, so huggingface_hub mints a short-lived token at run time (Trusted Publishers); Git never sees it`,
      fix: [`git -c credential.helper= -c credential.helper='!f() { echo username=hf_user; echo "password=$(hf auth token)"; }; f' push    # hand the minted token to this push`],
    }
    : undefined),
};
