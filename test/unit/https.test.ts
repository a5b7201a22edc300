import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { aliasHosts } from '../../hooks/https/check.ts';
import { DEFAULTS } from '../../hooks/config.ts';
import { apiBase } from '../../hooks/https/api.ts';
import { parseAttributes } from '../../hooks/https/credentials.ts';
import { hubTokenFile } from '../../hooks/providers/huggingface.ts';
import { PROVIDERS } from '../../hooks/providers/index.ts';
import { type Report, finding } from '../../hooks/findings.ts';
import { maskToken } from '../../hooks/mask.ts';
import { type Repo, type TokenCheck, type TokenShape } from '../../hooks/providers/types.ts';
import { renderHuman, renderJson } from '../../hooks/render.ts';
import { type Remote, classify } from '../../hooks/remote.ts';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const TOKEN = 'hf_abcdefghijklmnopqrstuvwxyzABCDEFGH';

// Every token family of every provider: what its shape alone says, and that both
// renderers mask it. Only a secret that can never push is 'not-token'; an unseen shape
// is 'unknown', for the API (or a warning) to decide.
const shape = suite('https: token families');
const FAMILIES: [keyof typeof PROVIDERS, string, TokenShape['kind'], RegExp?][] = [
  ['huggingface', TOKEN, 'token'],
  ['huggingface', 'hf_oauth_4d7fQ2mB9xKpL3vT8wZc1nR6yHs0aJeU', 'token'],
  ['huggingface', 'hf_jwt_eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJyZXBvIn0.c2lnbmF0dXJl-_x', 'token'],
  ['huggingface', 'api_org_abcdefghijklmnopqrstuvwxyz', 'not-token', /legacy organization API token/],
  ['huggingface', 'hunter2hunter2', 'unknown', /stopped accepting account passwords/],
  ['github', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'token'],
  ['github', 'gho_abcdefghijklmnopqrstuvwxyz0123456789', 'token'],
  ['github', 'ghu_abcdefghijklmnopqrstuvwxyz0123456789', 'token'],
  ['github', 'ghs_abcdefghijklmnopqrstuvwxyz0123456789', 'token'],
  ['github', 'ghr_abcdefghijklmnopqrstuvwxyz0123456789', 'token'],
  ['github', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz', 'token'],
  ['github', 'my-password-123', 'unknown', /August 13, 2021/],
  ['gitlab', 'glpat-abcdefghijklmnopqrst', 'token'],
  ['gitlab', 'gldt-abcdefghijklmnopqrst', 'token'],
  ['gitlab', 'glcbt-64_abcdefghijklmnopqrst', 'token'],
  ['gitlab', 'corp-abcdefghijklmnopqrst', 'unknown', /does not look like a GitLab token/],
  ['bitbucket', 'ATATT3xFfGF0abcdefghijklmnop', 'token'],
  ['bitbucket', 'ATCTT3xFfGN0abcdefghijklmnop', 'token'],
  ['bitbucket', 'ATBBabcdefghijklmnop', 'not-token', /removed app passwords on 2026-07-28/],
  ['bitbucket', 'password123', 'unknown', /does not accept account passwords/],
];
for (const [provider, secret, kind, why] of FAMILIES) {
  shape(`${provider}: ${secret.slice(0, 12)}... is ${kind}, and masked`, () => {
    const got = PROVIDERS[provider].tokenShape!(secret, NOW);
    assert.is(got.kind, kind);
    if (why) assert.match((got as { why: string }).why, why);
    if (kind === 'unknown') return;
    const f = finding('token.ok', 'ok', `saw ${secret} and https://u:${secret}@h/x`);
    const report: Report = { remote: 'origin', url: `https://u:${secret}@h/x`, verdict: 'ready', findings: [f] };
    for (const out of [renderHuman([report], { color: false, entry: 'doctor' }), renderJson([report])]) {
      assert.not.ok(out.includes(secret), out);
      assert.ok(out.includes(maskToken(secret)), out);
    }
  });
}
shape('a Bitbucket access token is a token by its user name, whatever its shape', () => {
  assert.is(PROVIDERS.bitbucket.tokenShape!('whatever-shape', NOW, 'x-token-auth').kind, 'token');
});
shape('Bitbucket app passwords: fine before the brownouts, a warning during them', () => {
  assert.is(PROVIDERS.bitbucket.tokenShape!('ATBBabcdefghijklmnop', Date.parse('2026-01-01')).kind, 'token');
  assert.is(PROVIDERS.bitbucket.tokenShape!('ATBBabcdefghijklmnop', Date.parse('2026-07-01')).kind, 'unknown');
});
shape('the mask keeps the family, never the secret', () => {
  assert.is(maskToken('hf_oauth_4d7fQ2mB9xKpL3vT8wZc1nR6yHs0aJeU'), 'hf_oauth_****');
  assert.is(maskToken('hf_jwt_eyJhbGciOiJFUzI1NiJ9.eyJzdWIi'), 'hf_jwt_****');
  assert.is(maskToken('gldt-abcdefghijklmnopqrst'), 'gldt-****');
  assert.is(maskToken('ATCTT3xFfGN0abcdefghijklmnop'), 'ATCTT****');
});
shape.run();

// whoami-v2 and the repo info together: hub-docs organizations-security.md (roles),
// security-resource-groups.md (groups), repositories-pull-requests-discussions.md (refs/pr).
const hub = suite('https: what the Hub says about this token and repo');
const hfRepo = (namespace: string, name = 'm', type: Repo['type'] = 'model'): Repo => ({ type, namespace, name });
const me = (accessToken: object | undefined, orgs: object[] = [], auth: object = {}) =>
  JSON.stringify({ type: 'user', name: 'alice', orgs, auth: { type: 'access_token', ...(accessToken && { accessToken }), ...auth } });
const json = (status: number, body: unknown, headers: Record<string, string> = {}) => ({ status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
const FOUND = json(200, { _id: '1', id: 'acme/m' });
const GROUPED = json(200, { _id: '1', id: 'acme/m', resourceGroup: { id: 'rg1', name: 'vision', numUsers: 3 } });
const MISSING = json(404, { error: 'Repository not found' }, { 'x-error-code': 'RepoNotFound' });
const PUSH = { reviewOnly: false };
const PR = { reviewOnly: true };
type Row = [string, number, string, ReturnType<typeof json> | undefined, Repo | undefined, typeof PUSH, Partial<TokenCheck> & { kind: TokenCheck['kind'] }];
const org = (role: string) => [{ name: 'acme', roleInOrg: role }];
const HUB_ROWS: Row[] = [
  ['401', 401, '{"error":"Invalid credentials in Authorization header"}', undefined, hfRepo('alice'), PUSH, { kind: 'invalid' }],
  ['429', 429, 'Too Many Requests', undefined, hfRepo('alice'), PUSH, { kind: 'unknown' }],
  ['500', 500, 'oops', undefined, hfRepo('alice'), PUSH, { kind: 'unknown' }],
  ['write, own namespace', 200, me({ role: 'write' }), FOUND, hfRepo('alice'), PUSH, { kind: 'ok', role: 'write' }],
  ['read', 200, me({ role: 'read', displayName: 'laptop' }), FOUND, hfRepo('alice'), PUSH, { kind: 'read-only', certain: true }],
  ['read, to a PR ref: the Hub does not document it, so not certain', 200, me({ role: 'read' }), FOUND, hfRepo('bob'), PR, { kind: 'read-only', certain: false }],
  ['OAuth login: no accessToken is not read-only', 200, me(undefined), FOUND, hfRepo('alice'), PUSH, { kind: 'ok', role: 'OAuth login' }],
  ['expired per whoami', 200, me({ role: 'write', expiration: '2026-11-01T00:00:00.000Z' }), FOUND, hfRepo('alice'), PUSH, { kind: 'expired', when: '2026-11-01' }],
  ['expiring in 3 days keeps its date', 200, me({ role: 'write', expiration: '2026-11-25T12:00:00.000Z' }), FOUND, hfRepo('alice'), PUSH, { kind: 'ok', expires: Date.parse('2026-11-25T12:00:00.000Z') }],
  ['a stranger namespace', 200, me({ role: 'write' }), FOUND, hfRepo('bob'), PUSH, { kind: 'no-write', certain: true }],
  ['a stranger namespace, but a PR ref', 200, me({ role: 'write' }), FOUND, hfRepo('bob'), PR, { kind: 'ok' }],
  ['a repo that does not exist, own namespace', 200, me({ role: 'write' }), MISSING, hfRepo('alice', 'new', 'space'), PUSH, { kind: 'not-found', repo: 'alice/new' }],
  ['a repo that does not exist, even for a PR', 200, me({ role: 'write' }), MISSING, hfRepo('alice'), PR, { kind: 'not-found' }],
  ['401 from the repo API with a valid token is not found', 200, me({ role: 'write' }), json(401, { error: 'Repository not found' }), hfRepo('alice'), PUSH, { kind: 'not-found' }],
  ['org admin', 200, me({ role: 'write' }, org('admin')), GROUPED, hfRepo('acme'), PUSH, { kind: 'ok' }],
  ['org write, no group', 200, me({ role: 'write' }, org('write')), FOUND, hfRepo('acme'), PUSH, { kind: 'ok' }],
  ['org write, repo in a group: the group decides', 200, me({ role: 'write' }, org('write')), GROUPED, hfRepo('acme'), PUSH, { kind: 'no-write', certain: false }],
  ['org contributor: may be theirs', 200, me({ role: 'write' }, org('contributor')), FOUND, hfRepo('acme'), PUSH, { kind: 'no-write', certain: false }],
  ['org read, no group: certain', 200, me({ role: 'write' }, org('read')), FOUND, hfRepo('acme'), PUSH, { kind: 'no-write', certain: true }],
  ['org no_access, no group: certain', 200, me({ role: 'write' }, org('no_access')), FOUND, hfRepo('acme'), PUSH, { kind: 'no-write', certain: true }],
  ['org read, repo in a group: a reader may write there', 200, me({ role: 'write' }, org('read')), GROUPED, hfRepo('acme'), PUSH, { kind: 'no-write', certain: false }],
  ['org no_access, repo in a group', 200, me({ role: 'write' }, org('no_access')), GROUPED, hfRepo('acme'), PUSH, { kind: 'no-write', certain: false }],
  ['org read, repo API down: not certain', 200, me({ role: 'write' }, org('read')), json(500, 'oops'), hfRepo('acme'), PUSH, { kind: 'no-write', certain: false }],
  ['org read, PR ref', 200, me({ role: 'write' }, org('read')), FOUND, hfRepo('acme'), PR, { kind: 'ok' }],
  ['fine-grained on the namespace', 200, me({ role: 'fineGrained', fineGrained: { scoped: [{ entity: { type: 'org', name: 'acme' }, permissions: ['repo.write'] }] } }, org('write')), FOUND, hfRepo('acme', 'x', 'space'), PUSH, { kind: 'ok', role: 'fineGrained' }],
  ['fine-grained on this very repo', 200, me({ role: 'fineGrained', fineGrained: { scoped: [{ entity: { type: 'space', name: 'acme/x' }, permissions: ['repo.write'] }] } }, org('write')), FOUND, hfRepo('acme', 'x', 'space'), PUSH, { kind: 'ok' }],
  ['fine-grained, same name but a model', 200, me({ role: 'fineGrained', displayName: 'ci', fineGrained: { scoped: [{ entity: { type: 'model', name: 'acme/x' }, permissions: ['repo.write'] }] } }), FOUND, hfRepo('acme', 'x', 'space'), PUSH, { kind: 'no-write', certain: true }],
  ['fine-grained, read only', 200, me({ role: 'fineGrained', fineGrained: { scoped: [{ entity: { type: 'user', name: 'alice' }, permissions: ['repo.content.read'] }] } }), FOUND, hfRepo('alice'), PUSH, { kind: 'no-write', certain: true }],
  ['legacy model without namespace', 200, me({ role: 'write' }), FOUND, { type: 'model', name: 'gpt2' }, PUSH, { kind: 'ok' }],
];
for (const [name, status, body, info, repo, scope, expected] of HUB_ROWS) {
  hub(name, () => {
    const got = PROVIDERS.huggingface.interpretToken!([{ status, headers: {}, body }, ...(info ? [info] : [])], repo, NOW, scope) as Record<string, unknown>;
    for (const [k, v] of Object.entries(expected)) assert.equal(got[k], v, `${k}: ${JSON.stringify(got)}`);
  });
}
hub('no_access is never ok, whatever else holds', () => {
  for (const info of [FOUND, GROUPED, json(500, '')]) {
    const got = PROVIDERS.huggingface.interpretToken!([json(200, me({ role: 'write' }, org('no_access'))), info], hfRepo('acme'), NOW, PUSH);
    assert.is.not(got.kind, 'ok');
  }
});
hub('the repo info request asks for the resource group, per repo type', () => {
  const reqs = PROVIDERS.huggingface.tokenRequests!('https://hub', TOKEN, hfRepo('acme', 'x', 'dataset'));
  assert.equal(reqs.map((r) => r.url), ['https://hub/api/whoami-v2', 'https://hub/api/datasets/acme/x?expand=resourceGroup']);
});
hub.run();

const others = suite('https: GitHub and GitLab answers');
others('GitHub: scopes, expiry, then the repository: push permission, SSO, 404', () => {
  const user = (headers: Record<string, string>, status = 200) => ({ status, headers, body: '{"login":"octo"}' });
  const gh = (u: ReturnType<typeof user>, r?: ReturnType<typeof json>) => PROVIDERS.github.interpretToken!(r ? [u, r] : [u], r ? { namespace: 'o', name: 'r' } : undefined, NOW, PUSH);
  assert.equal(gh(user({ 'x-oauth-scopes': 'repo, gist' })), { kind: 'ok', user: 'octo', role: 'classic token' });
  assert.equal(gh(user({ 'x-oauth-scopes': 'read:user' })).kind, 'read-only');
  assert.equal(gh(user({ 'x-oauth-scopes': 'repo', 'github-authentication-token-expiration': '2026-11-01 00:00:00 UTC' })), { kind: 'expired', user: 'octo', when: '2026-11-01 00:00:00 UTC' });
  assert.equal(gh(user({}), json(200, { permissions: { push: true } })), { kind: 'ok', user: 'octo', role: 'fine-grained token' });
  assert.equal(gh(user({}), json(200, { permissions: { push: false, pull: true } })).kind, 'no-write');
  assert.equal(gh(user({}), json(404, { message: 'Not Found' })), { kind: 'not-found', user: 'octo', repo: 'o/r' });
  assert.equal(gh(user({}), json(403, { message: 'SSO' }, { 'x-github-sso': 'required; url=https://github.com/orgs/o/sso?authorization_request=1' })), { kind: 'sso-required', user: 'octo', url: 'https://github.com/orgs/o/sso?authorization_request=1' });
  assert.equal(gh(user({}, 401)), { kind: 'invalid' });
});
others('GitLab: an expires_at date ends at 00:00 UTC that day', () => {
  const gl = (t: object, now = NOW) => PROVIDERS.gitlab.interpretToken!([{ status: 200, headers: {}, body: JSON.stringify({ name: 'ci', user_id: 7, active: true, revoked: false, scopes: ['write_repository'], expires_at: null, ...t }) }], undefined, now, PUSH);
  assert.equal(gl({}), { kind: 'ok', user: 'user #7', role: 'write_repository' });
  assert.equal(gl({ scopes: ['read_repository'] }).kind, 'read-only');
  assert.equal(gl({ expires_at: '2026-11-22' }), { kind: 'expired', user: 'user #7', when: '2026-11-22' });
  assert.equal(gl({ expires_at: '2026-11-23' }).kind, 'ok');
  assert.equal(gl({ revoked: true }), { kind: 'invalid' });
});
others('GitLab: only personal access tokens are asked about; deploy and job tokens cannot describe themselves', () => {
  assert.is(PROVIDERS.gitlab.tokenRequests!('https://gl', 'glpat-abcdefghijklmnopqrst', undefined).length, 1);
  assert.is(PROVIDERS.gitlab.tokenRequests!('https://gl', 'gldt-abcdefghijklmnopqrst', undefined).length, 0);
});
others.run();

const api = suite('https: where a token may be sent');
const remote = (url: string, hosts = {}) => classify(url, { hosts }) as Remote;
const cfg = (over: Partial<typeof DEFAULTS> = {}) => ({ ...DEFAULTS, ...over });
api('official hosts go to their own API over HTTPS', () => {
  assert.equal(apiBase(remote('https://hf.co/me/m'), PROVIDERS.huggingface, cfg()), { base: 'https://huggingface.co' });
  assert.equal(apiBase(remote('https://github.com/o/r'), PROVIDERS.github, cfg()), { base: 'https://api.github.com' });
  assert.equal(apiBase(remote('https://gitlab.com/g/p'), PROVIDERS.gitlab, cfg()), { base: 'https://gitlab.com' });
});
api('HF_ENDPOINT and hf-hooks.<host>.api are the user saying where', () => {
  const hub = classify('http://127.0.0.1:8080/me/m', { hosts: {}, endpoints: { huggingface: 'http://127.0.0.1:8080' } }) as Remote;
  assert.equal(apiBase(hub, PROVIDERS.huggingface, cfg({ endpoints: { huggingface: 'http://127.0.0.1:8080' } })), { base: 'http://127.0.0.1:8080' });
  assert.equal(apiBase(remote('https://git.corp/x/y', { 'git.corp': { provider: 'gitlab' } }), PROVIDERS.gitlab, cfg({ hosts: { 'git.corp': { api: 'https://api.corp' } } })), { base: 'https://api.corp' });
});
api('a self-hosted host gets its own API over HTTPS, never plain http off loopback', () => {
  assert.equal(apiBase(remote('https://git.corp/x/y'), PROVIDERS.gitlab, cfg()), { base: 'https://git.corp' });
  assert.ok('refuse' in apiBase(remote('http://git.corp/x/y'), PROVIDERS.gitlab, cfg()));
  assert.equal(apiBase(remote('http://localhost:3000/x/y'), PROVIDERS.gitlab, cfg()), { base: 'http://localhost:3000' });
});
api('the other names of the same Hub', () => {
  assert.equal(aliasHosts(remote('https://hf.co/me/m'), cfg()), ['huggingface.co']);
  const local = classify('http://localhost:9/me/m', { hosts: { localhost: { provider: 'huggingface' } }, endpoints: { huggingface: 'http://127.0.0.1:9' } }) as Remote;
  assert.equal(aliasHosts(local, cfg({ hosts: { localhost: { provider: 'huggingface' } }, endpoints: { huggingface: 'http://127.0.0.1:9' } })), ['huggingface.co', 'hf.co', '127.0.0.1']);
});
api.run();

const sources = suite('https: credential sources');
sources('helper protocol attributes', () => {
  assert.equal(parseAttributes('protocol=https\nhost=hf.co\nusername=u\npassword=a=b\r\n\n'), { protocol: 'https', host: 'hf.co', username: 'u', password: 'a=b' });
});
sources("huggingface_hub's token file", () => {
  assert.is(hubTokenFile({ HF_TOKEN_PATH: '/t' }, '/h'), '/t');
  assert.is(hubTokenFile({ HF_HOME: '/hf' }, '/h'), '/hf/token');
  assert.is(hubTokenFile({ XDG_CACHE_HOME: '/c' }, '/h'), '/c/huggingface/token');
  assert.is(hubTokenFile({ HOME: '/home/me' }, '/h'), '/home/me/.cache/huggingface/token');
});
sources("huggingface_hub's ~ and $VAR expansion (constants.py: expandvars(expanduser(...)))", () => {
  assert.is(hubTokenFile({ HF_HOME: '~/hf', HOME: '/home/me' }, '/h'), '/home/me/hf/token');
  assert.is(hubTokenFile({ HF_HOME: '$SCRATCH/hf', SCRATCH: '/scratch' }, '/h'), '/scratch/hf/token');
  assert.is(hubTokenFile({ HF_TOKEN_PATH: '${SCRATCH}/tok', SCRATCH: '/scratch' }, '/h'), '/scratch/tok');
  assert.is(hubTokenFile({ HF_TOKEN_PATH: '$UNSET/tok' }, '/h'), '$UNSET/tok');
});
sources.run();
