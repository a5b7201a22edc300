// Every Hugging Face fact the pack relies on (DESIGN.md section 5).
import { join } from 'node:path';
import { type LocalFiles, type LocalToken, type Provider, type Repo, type TokenCheck, parseJson } from './types.ts';

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

interface Whoami {
  name?: string;
  orgs?: { name: string; roleInOrg?: string }[];
  auth?: { accessToken?: { displayName?: string; role?: string; fineGrained?: { scoped?: { entity?: { type?: string; name?: string }; permissions?: string[] }[] } } };
}

/** GET /api/whoami-v2: who the token is, and whether it may write this repo. */
function interpretWhoami(a: { status: number; body: string }, repo: Repo | undefined): TokenCheck {
  if (a.status === 401) return { kind: 'invalid' };
  if (a.status === 429) return { kind: 'unknown', detail: 'the Hub is rate-limiting requests (429)' };
  const who = a.status === 200 ? (parseJson(a.body) as Whoami | undefined) : undefined;
  if (!who?.name) return { kind: 'unknown', detail: `the Hub answered ${a.status} without an account` };
  const user = who.name;
  const token = who.auth?.accessToken;
  const role = token?.role ?? 'unknown';
  const label = token?.displayName ? `"${token.displayName}"` : 'this token';
  if (role === 'read') return { kind: 'read-only', user, detail: `${label} has the "read" role` };
  const ns = repo?.namespace;
  if (role === 'fineGrained') {
    if (!repo) return { kind: 'ok', user, role };
    const full = ns ? `${ns}/${repo.name}` : repo.name;
    const grants = (token?.fineGrained?.scoped ?? []).some(({ entity, permissions }) =>
      permissions?.includes('repo.write') &&
      (((entity?.type === 'user' || entity?.type === 'org') && entity.name === ns) || (entity?.type === repo.type && entity?.name === full)));
    return grants ? { kind: 'ok', user, role } : { kind: 'no-write', user, namespace: full, detail: `fine-grained ${label} has no "repo.write" permission on ${ns ?? full}` };
  }
  if (!ns || ns === user) return { kind: 'ok', user, role };
  const org = who.orgs?.find((o) => o.name === ns);
  if (!org) return { kind: 'no-write', user, namespace: ns, detail: `${ns} is neither ${user} nor an organization ${user} belongs to` };
  if (org.roleInOrg === 'read') return { kind: 'no-write', user, namespace: ns, detail: `${user} has the "read" role in ${ns}` };
  const note = org.roleInOrg === 'contributor' ? `as a contributor in ${ns}, ${user} can push only to repos they created` : undefined;
  return note ? { kind: 'ok', user, role, note } : { kind: 'ok', user, role };
}

/** huggingface_hub's token file: $HF_TOKEN_PATH, else $HF_HOME/token (utils/_auth.py, constants.py). */
export function hubTokenFile(env: NodeJS.ProcessEnv, home: string): string {
  if (env.HF_TOKEN_PATH) return env.HF_TOKEN_PATH;
  const hfHome = env.HF_HOME || join(env.XDG_CACHE_HOME || join(env.HOME || home, '.cache'), 'huggingface');
  return join(hfHome, 'token');
}

/**
 * huggingface_hub's order (get_token()): HF_TOKEN, HUGGING_FACE_HUB_TOKEN, then the token
 * file; then the named tokens `hf auth login` keeps beside it (INI: [name] hf_token = ...),
 * which it does not use until one is switched to.
 */
async function localTokens(files: LocalFiles): Promise<LocalToken[]> {
  const out: LocalToken[] = [];
  for (const name of ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN']) {
    const value = files.env[name]?.trim();
    if (value) out.push({ token: value, source: `$${name}`, inUse: true });
  }
  const file = hubTokenFile(files.env, files.account.home);
  const [token, stored] = await Promise.all([files.readText(file), files.readText(join(file, '..', 'stored_tokens'))]);
  if (token?.trim()) out.push({ token: token.trim(), source: file, inUse: true });
  let section = '';
  for (const line of (stored ?? '').split('\n')) {
    const head = /^\s*\[(.+)\]\s*$/.exec(line);
    if (head) section = head[1];
    const value = /^\s*hf_token\s*=\s*(\S+)/.exec(line);
    if (value && section) out.push({ token: value[1], source: `stored token "${section}"`, inUse: false });
  }
  return out;
}

/** `hf auth login --add-to-git-credential` is the Hub's own way to hand a token to Git. */
function storeLocalToken(t: LocalToken): string | undefined {
  if (!t.inUse) return undefined;
  const value = t.source.startsWith('$') ? t.source : `$(cat '${t.source}')`;
  return `hf auth login --token "${value}" --add-to-git-credential`;
}

export const huggingface: Provider = {
  name: 'huggingface',
  label: 'Hugging Face',
  hosts: ['huggingface.co', 'hf.co'],
  sshHost: 'hf.co',
  endpointEnv: 'HF_ENDPOINT',
  parseRepo,
  // Families (DESIGN.md section 5): hf_ access tokens, hf_oauth_ from the browser login,
  // hf_jwt_ from Trusted Publishers (a JWT: dots, dashes and underscores inside).
  tokenPatterns: [/\bhf_oauth_[A-Za-z0-9_-]{6,}/g, /\bhf_jwt_[A-Za-z0-9_.-]{6,}/g, /\bhf_[A-Za-z0-9]{6,}/g, /\bapi_org_[A-Za-z0-9]{6,}/g],
  tokensPage: 'https://huggingface.co/settings/tokens',
  keysPage: 'https://huggingface.co/settings/keys',
  hostKeysPage: 'https://huggingface.co/docs/hub/security-git-ssh',
  // "Hi anonymous, welcome to Hugging Face." when the key is on no account.
  greeting(text) {
    const m = /\bHi (\S+), welcome to Hugging Face\b/.exec(text);
    if (!m) return undefined;
    return m[1] === 'anonymous' ? { anonymous: true, said: m[0] } : { user: m[1] };
  },
  // User access tokens are hf_ + 34 letters; legacy org tokens (api_org_) cannot push.
  tokenShape(password) {
    if (/^hf_[A-Za-z0-9]{30,}$/.test(password) || /^hf_(?:oauth|jwt)_\S{10,}$/.test(password)) return { token: true };
    if (password.startsWith('api_org_')) return { token: false, why: 'it is a legacy organization API token (api_org_...), which cannot push' };
    return { token: false, why: 'it is not a Hugging Face access token (those start with hf_); the Hub stopped accepting account passwords for Git in October 2023' };
  },
  apiFor: (host) => (['huggingface.co', 'hf.co'].includes(host) ? 'https://huggingface.co' : undefined),
  tokenRequest: (api, token) => ({ url: `${api}/api/whoami-v2`, headers: { authorization: `Bearer ${token}` } }),
  interpretToken: (answer, repo) => interpretWhoami(answer, repo),
  storeToken: ['hf auth login --add-to-git-credential    # paste a token with the "write" role; it is stored for Git too'],
  localTokens,
  localTools: 'huggingface_hub and the hf CLI',
  storeLocalToken,
};
