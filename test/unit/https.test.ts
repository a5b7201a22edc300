import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { aliasHosts } from '../../hooks/https/check.ts';
import { DEFAULTS } from '../../hooks/config.ts';
import { apiBase } from '../../hooks/https/api.ts';
import { parseAttributes } from '../../hooks/https/credentials.ts';
import { hubTokenFile } from '../../hooks/providers/huggingface.ts';
import { PROVIDERS } from '../../hooks/providers/index.ts';
import { type Repo } from '../../hooks/providers/types.ts';
import { type Remote, classify } from '../../hooks/remote.ts';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const TOKEN = 'hf_abcdefghijklmnopqrstuvwxyzABCDEFGH';

const shape = suite('https: token shapes');
const shapes: [keyof typeof PROVIDERS, string, boolean, RegExp?][] = [
  ['huggingface', TOKEN, true],
  ['huggingface', 'hunter2', false, /not a Hugging Face access token/],
  ['huggingface', 'api_org_abcdefghijklmnopqrstuvwxyz', false, /legacy organization API token/],
  ['github', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789', true],
  ['github', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz', true],
  ['github', 'my-password', false, /August 13, 2021/],
  ['gitlab', 'glpat-abcdefghijklmnopqrst', true],
  ['gitlab', 'password', false, /not a GitLab token/],
  ['bitbucket', 'ATATT3xFfGF0abcdefghijklmnop', true],
  ['bitbucket', 'ATBBabcdefghijklmnop', false, /stopped working on 2026-06-09/],
  ['bitbucket', 'password', false, /not an Atlassian API token/],
];
for (const [provider, secret, token, why] of shapes) {
  shape(`${provider}: ${secret.slice(0, 12)}`, () => {
    const got = PROVIDERS[provider].tokenShape!(secret, NOW);
    assert.is(got.token, token);
    if (why) assert.match((got as { why: string }).why, why);
  });
}
shape('a Bitbucket app password was still fine before 2026-06-09', () => assert.ok(PROVIDERS.bitbucket.tokenShape!('ATBBabcdefghijklmnop', Date.parse('2026-01-01')).token));
shape.run();

const whoami = suite('https: what whoami-v2 says about this repo');
const hfRepo = (namespace: string, name = 'm', type: Repo['type'] = 'model'): Repo => ({ type, namespace, name });
const me = (accessToken: object, orgs: object[] = []) => JSON.stringify({ type: 'user', name: 'alice', orgs, auth: { type: 'access_token', accessToken } });
const rows: [string, number, string, Repo | undefined, object][] = [
  ['401', 401, '{"error":"Invalid credentials in Authorization header"}', hfRepo('alice'), { kind: 'invalid' }],
  ['429', 429, 'Too Many Requests', hfRepo('alice'), { kind: 'unknown', detail: 'the Hub is rate-limiting requests (429)' }],
  ['500', 500, 'oops', hfRepo('alice'), { kind: 'unknown', detail: 'the Hub answered 500 without an account' }],
  ['write, own namespace', 200, me({ role: 'write' }), hfRepo('alice'), { kind: 'ok', user: 'alice', role: 'write' }],
  ['read', 200, me({ role: 'read', displayName: 'laptop' }), hfRepo('alice'), { kind: 'read-only', user: 'alice', detail: '"laptop" has the "read" role' }],
  ['write, stranger namespace', 200, me({ role: 'write' }), hfRepo('bob'), { kind: 'no-write', user: 'alice', namespace: 'bob', detail: 'bob is neither alice nor an organization alice belongs to' }],
  ['write, org writer', 200, me({ role: 'write' }, [{ name: 'acme', roleInOrg: 'write' }]), hfRepo('acme'), { kind: 'ok', user: 'alice', role: 'write' }],
  ['write, org reader', 200, me({ role: 'write' }, [{ name: 'acme', roleInOrg: 'read' }]), hfRepo('acme'), { kind: 'no-write', user: 'alice', namespace: 'acme', detail: 'alice has the "read" role in acme' }],
  ['write, org contributor', 200, me({ role: 'write' }, [{ name: 'acme', roleInOrg: 'contributor' }]), hfRepo('acme'), { kind: 'ok', user: 'alice', role: 'write', note: 'as a contributor in acme, alice can push only to repos they created' }],
  ['fine-grained on the namespace', 200, me({ role: 'fineGrained', fineGrained: { scoped: [{ entity: { type: 'org', name: 'acme' }, permissions: ['repo.write'] }] } }), hfRepo('acme', 'x', 'space'), { kind: 'ok', user: 'alice', role: 'fineGrained' }],
  ['fine-grained on this very repo', 200, me({ role: 'fineGrained', fineGrained: { scoped: [{ entity: { type: 'space', name: 'acme/x' }, permissions: ['repo.write'] }] } }), hfRepo('acme', 'x', 'space'), { kind: 'ok', user: 'alice', role: 'fineGrained' }],
  ['fine-grained, same name but a model', 200, me({ role: 'fineGrained', displayName: 'ci', fineGrained: { scoped: [{ entity: { type: 'model', name: 'acme/x' }, permissions: ['repo.write'] }] } }), hfRepo('acme', 'x', 'space'), { kind: 'no-write', user: 'alice', namespace: 'acme/x', detail: 'fine-grained "ci" has no "repo.write" permission on acme' }],
  ['fine-grained, read only', 200, me({ role: 'fineGrained', displayName: 'ci', fineGrained: { scoped: [{ entity: { type: 'user', name: 'alice' }, permissions: ['repo.content.read'] }] } }), hfRepo('alice'), { kind: 'no-write', user: 'alice', namespace: 'alice/m', detail: 'fine-grained "ci" has no "repo.write" permission on alice' }],
  ['legacy model without namespace', 200, me({ role: 'write' }), { type: 'model', name: 'gpt2' }, { kind: 'ok', user: 'alice', role: 'write' }],
];
for (const [name, status, body, repo, expected] of rows) {
  whoami(name, () => assert.equal(PROVIDERS.huggingface.interpretToken!({ status, headers: {}, body }, repo, NOW), expected));
}
whoami.run();

const others = suite('https: GitHub and GitLab answers');
others('GitHub classic scopes, expiry, fine-grained', () => {
  const gh = (headers: Record<string, string>, status = 200) => PROVIDERS.github.interpretToken!({ status, headers, body: '{"login":"octo"}' }, undefined, NOW);
  assert.equal(gh({ 'x-oauth-scopes': 'repo, gist' }), { kind: 'ok', user: 'octo', role: 'repo, gist' });
  assert.equal(gh({ 'x-oauth-scopes': 'read:user' }), { kind: 'read-only', user: 'octo', detail: 'its scopes are read:user; pushing needs "repo" (or "public_repo" for public repositories)' });
  assert.equal(gh({ 'x-oauth-scopes': 'repo', 'github-authentication-token-expiration': '2026-11-01 00:00:00 UTC' }), { kind: 'expired', user: 'octo', when: '2026-11-01 00:00:00 UTC' });
  assert.equal(gh({}), { kind: 'ok', user: 'octo', role: 'fine-grained' });
  assert.equal(gh({}, 401), { kind: 'invalid' });
});
others('GitLab scopes, expiry, revoked', () => {
  const gl = (t: object) => PROVIDERS.gitlab.interpretToken!({ status: 200, headers: {}, body: JSON.stringify({ name: 'ci', user_id: 7, active: true, revoked: false, scopes: ['write_repository'], expires_at: null, ...t }) }, undefined, NOW);
  assert.equal(gl({}), { kind: 'ok', user: 'user #7', role: 'write_repository' });
  assert.equal(gl({ scopes: ['read_repository'] }), { kind: 'read-only', user: 'user #7', detail: 'token "ci" has the scopes read_repository; pushing needs write_repository' });
  assert.equal(gl({ expires_at: '2026-11-21' }), { kind: 'expired', user: 'user #7', when: '2026-11-21' });
  assert.equal(gl({ revoked: true }), { kind: 'invalid' });
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
sources.run();
