// A corporate network: only a proxy reaches the Hub (hub.corp.test resolves nowhere else),
// and the Hub's certificate is signed by the network's own CA. Git is told both, the way
// such networks tell it; hf-hooks must follow Git: the same proxy, the same trust.
import { mkdtempSync, rmSync } from 'node:fs';
import { type Socket, createServer as createTcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Hub, type HubAccount, sha256 } from '../helpers/hub.ts';
import { ConnectProxy, Socks5Proxy } from '../helpers/proxy.ts';
import { arrived, assertBlocked, pushMain } from '../helpers/push.ts';
import { CLI, type Run, Sandbox } from '../helpers/sandbox.ts';
import { type TestCa, makeCa } from '../helpers/tls.ts';

const HOST = 'hub.corp.test';
const corp = suite('e2e: behind a proxy, with a private CA');
let hub: Hub;
let proxy: ConnectProxy;
let socks: Socks5Proxy;
let ca: TestCa;
let work = '';

corp.before(async () => {
  work = mkdtempSync(join(tmpdir(), 'hf-hooks-corp-'));
  ca = makeCa(work);
  hub = new Hub(join(work, 'repos'));
  await hub.start({ tls: ca.issue([HOST]) });
  proxy = await new ConnectProxy().start();
  socks = await new Socks5Proxy().start();
  for (const p of [proxy, socks]) p.routes.set(`${HOST}:443`, hub.port);
});
corp.after(async () => {
  await Promise.all([hub.stop(), proxy.stop(), socks.stop()]);
  rmSync(work, { recursive: true, force: true });
});
corp.before.each(() => {
  hub.requests.length = 0;
  proxy.log.length = 0;
  socks.log.length = 0;
  proxy.login = undefined;
});

const WRITE: HubAccount = { token: 'hf_corpWriteToken0123456789abcdefghij', user: 'alice', role: 'write' };
const READ: HubAccount = { token: 'hf_corpReadToken01234567890abcdefghijk', user: 'alice', role: 'read' };
const SECRETS = [WRITE.token, READ.token, 's3cret-proxy-pw'];

interface Client { sb: Sandbox; repo: string; bare: string; env: Record<string, string>; use(token: string): void }

/**
 * A repo pushing to https://hub.corp.test/alice/<name>, its token in a `store` helper, the
 * pack installed; `git` and `env`: how this network is described to Git.
 */
async function client(sb: Sandbox, o: { git?: [string, string][]; env?: Record<string, string> }): Promise<Client> {
  hub.add(WRITE);
  hub.add(READ);
  const name = sb.dir.split('/').pop()!;
  const bare = join(hub.repos, 'alice', name);
  await sb.git(sb.dir, 'init', '-q', '--bare', '-b', 'main', bare);
  for (const [k, v] of o.git ?? []) await sb.git(sb.dir, 'config', '--global', k, v);
  const creds = sb.path('creds');
  await sb.git(sb.dir, 'config', '--global', 'credential.helper', `store --file=${creds}`);
  const repo = await sb.repo();
  await sb.git(repo, 'remote', 'add', 'origin', `https://${HOST}/alice/${name}`);
  const env = { HF_ENDPOINT: `https://${HOST}`, ...o.env };
  const use = (token: string) => sb.run('sh', ['-c', `printf 'https://alice:%s@${HOST}\\n' "$1" > "$2"`, 'sh', token, creds]);
  await use(WRITE.token);
  const r = await sb.cli(repo, ['install'], { env });
  assert.is(r.exitCode, 0, `~> install: ${r.stderr}`);
  hub.requests.length = 0;
  proxy.log.length = 0;
  socks.log.length = 0;
  return { sb, repo, bare, env, use: (t) => void use(t) };
}

const scenario = (name: string, fn: (sb: Sandbox) => Promise<void>) => corp(name, async () => {
  const sb = new Sandbox();
  try {
    await fn(sb);
  } finally {
    sb.cleanup();
  }
});

const asked = (token: string) => hub.requests.some((r) => r.path === '/api/whoami-v2' && r.secret === sha256(token));
const apiRequests = () => hub.requests.filter((r) => r.path.startsWith('/api/'));
const noSecretIn = (...runs: Run[]) => {
  for (const r of runs) for (const s of SECRETS) assert.not.match(r.stdout + r.stderr, s, '~> no token and no proxy password is ever printed');
};

async function writeLandsReadBlocked(c: Client, tunnels: () => number): Promise<void> {
  // What install's doctor cached would spare the push its question: ask again.
  rmSync(c.sb.path('.cache'), { recursive: true, force: true });
  const fine = await pushMain(c.sb, c.repo, c.env);
  assert.is(fine.exitCode, 0, fine.stderr);
  assert.not.match(fine.stderr, 'warning', `~> a push that is fine says nothing: ${fine.stderr}`);
  assert.ok(asked(WRITE.token), '~> hf-hooks asked the Hub, through the proxy');
  assert.is(await arrived(c.sb, c.bare), await c.sb.git(c.repo, 'rev-parse', 'main'));
  c.use(READ.token);
  await c.sb.git(c.repo, 'commit', '-q', '--allow-empty', '-m', 'second');
  hub.requests.length = 0;
  const before = tunnels();
  const read = await pushMain(c.sb, c.repo, c.env);
  assertBlocked(read, 'token.read-only', () => hub.sawPushUpload());
  assert.ok(asked(READ.token), '~> hf-hooks asked the Hub about the token, through the proxy');
  assert.ok(tunnels() - before >= 2, `~> Git and hf-hooks both went through the proxy (${tunnels() - before} tunnels)`);
  noSecretIn(fine, read);
}

const tunnelsTo = (p: ConnectProxy | Socks5Proxy) => () => p.log.filter((t) => t.target === `${HOST}:443` && (t.answer === 200 || t.answer === 0)).length;

scenario('http.proxy and http.sslCAInfo in git config: a write token lands with nothing said, a read token is stopped before any upload; doctor names the route', async (sb) => {
  const c = await client(sb, { git: [['http.proxy', `http://127.0.0.1:${proxy.port}`], ['http.sslCAInfo', ca.caFile]] });
  const doctor = await sb.cli(c.repo, ['doctor', '--json'], { env: c.env });
  const report = JSON.parse(doctor.stdout).remotes[0];
  assert.equal(report.route, { proxy: `http://127.0.0.1:${proxy.port}`, proxySource: 'http.proxy (global)', ca: [{ path: ca.caFile, source: 'http.sslCAInfo (global)' }] });
  assert.ok(report.findings.some((f: { id: string }) => f.id === 'token.ok'), doctor.stdout);
  const text = await sb.cli(c.repo, ['doctor'], { env: c.env });
  assert.match(text.stdout + text.stderr, `API requests for https://${HOST}/alice/`);
  assert.match(text.stdout + text.stderr, `go via the proxy http://127.0.0.1:${proxy.port} (from http.proxy (global)); trusting, besides Node's roots, ${ca.caFile} (from http.sslCAInfo (global))`);
  await writeLandsReadBlocked(c, tunnelsTo(proxy));
  noSecretIn(doctor, text);
});

scenario('HTTPS_PROXY and GIT_SSL_CAINFO in the environment: the same', async (sb) => {
  const c = await client(sb, { env: { HTTPS_PROXY: `http://127.0.0.1:${proxy.port}`, GIT_SSL_CAINFO: ca.caFile } });
  const doctor = await sb.cli(c.repo, ['doctor', '--json'], { env: c.env });
  assert.equal(JSON.parse(doctor.stdout).remotes[0].route, { proxy: `http://127.0.0.1:${proxy.port}`, proxySource: 'HTTPS_PROXY', ca: [{ path: ca.caFile, source: 'GIT_SSL_CAINFO' }] });
  await writeLandsReadBlocked(c, tunnelsTo(proxy));
});

scenario('a socks5h:// proxy (names resolved by the proxy): the same', async (sb) => {
  const c = await client(sb, { git: [['http.proxy', `socks5h://127.0.0.1:${socks.port}`], ['http.sslCAInfo', ca.caFile]] });
  await writeLandsReadBlocked(c, tunnelsTo(socks));
});

scenario('NO_PROXY covers the Hub and there is no direct route: said for what it is (no timeout, no word of one); the push is Git\'s to fail', async (sb) => {
  const c = await client(sb, { env: { HTTPS_PROXY: `http://127.0.0.1:${proxy.port}`, GIT_SSL_CAINFO: ca.caFile, NO_PROXY: 'localhost,.corp.test' } });
  const doctor = await sb.cli(c.repo, ['doctor'], { env: c.env });
  const out = doctor.stdout + doctor.stderr;
  assert.match(out, '[api.unreachable]', out);
  assert.match(out, `the name ${HOST} does not resolve`);
  assert.match(out, `NO_PROXY (localhost,.corp.test) covers ${HOST}: if ${HOST} is reached through the proxy, take it out of that list`);
  assert.not.match(out, 'hf-hooks.timeout', '~> nothing timed out: a longer budget would not help');
  assert.match(out, `go direct (NO_PROXY (localhost,.corp.test) covers ${HOST})`);
  // Git reads the same NO_PROXY: it fails at its first request, before any hook runs.
  const r = await pushMain(sb, c.repo, c.env);
  assert.match(r.stderr, `Could not resolve host: ${HOST}`);
  assert.is(proxy.log.length, 0, '~> neither went through the proxy');
});

scenario('a proxy that asks for a login: api.proxy-auth; with the login in the proxy URL, the push lands and the password is never printed', async (sb) => {
  proxy.login = { user: 'bob', password: 's3cret-proxy-pw' };
  const c = await client(sb, { git: [['http.proxy', `http://127.0.0.1:${proxy.port}`], ['http.sslCAInfo', ca.caFile]] });
  const doctor = await sb.cli(c.repo, ['doctor'], { env: c.env });
  const out = doctor.stdout + doctor.stderr;
  assert.match(out, '[api.proxy-auth]', out);
  assert.match(out, 'asks for a login (407 Proxy Authentication Required)');
  assert.match(out, `Put the login in the proxy URL, where Git and hf-hooks both read it: http://USER:****@127.0.0.1:${proxy.port} (in http.proxy (global))`, '~> masked on the way out, like any URL with a password');
  assert.not.match(out, 'hf-hooks.timeout');
  assert.not.ok(asked(WRITE.token), '~> nothing reached the Hub');
  const refused = await pushMain(sb, c.repo, c.env);
  assert.match(refused.stderr, 'CONNECT tunnel failed, response 407', '~> Git meets the same proxy first, before any hook');
  await sb.git(sb.dir, 'config', '--global', 'http.proxy', `http://bob:s3cret-proxy-pw@127.0.0.1:${proxy.port}`);
  const fine = await pushMain(sb, c.repo, c.env);
  assert.is(fine.exitCode, 0, fine.stderr);
  assert.not.match(fine.stderr, 'warning', fine.stderr);
  assert.ok(asked(WRITE.token), '~> hf-hooks logged in to the proxy and asked the Hub');
  assert.ok(proxy.log.some((t) => t.user === 'bob' && t.answer === 200));
  const json = await sb.cli(c.repo, ['doctor', '--json'], { env: c.env });
  assert.is(JSON.parse(json.stdout).remotes[0].route.proxy, `http://bob:****@127.0.0.1:${proxy.port}`);
  noSecretIn(doctor, refused, fine, json);
});

scenario('http.sslVerify false: hf-hooks sends no token at all (the proxy and the Hub saw none from it), warns, and lets Git push', async (sb) => {
  const c = await client(sb, { git: [['http.proxy', `http://127.0.0.1:${proxy.port}`], ['http.sslVerify', 'false']] });
  const doctor = await sb.cli(c.repo, ['doctor'], { env: c.env });
  assert.match(doctor.stdout + doctor.stderr, '[api.unverified]');
  assert.match(doctor.stdout + doctor.stderr, 'http.sslVerify (global) is false');
  assert.match(doctor.stdout + doctor.stderr, 'git config --global --unset http.sslVerify');
  assert.is(hub.requests.length, 0, `~> doctor sent nothing: ${JSON.stringify(hub.requests)}`);
  assert.is(proxy.log.length, 0, '~> not even a tunnel');
  const r = await pushMain(sb, c.repo, c.env);
  assert.is(r.exitCode, 0, r.stderr);
  assert.match(r.stderr, '[api.unverified]');
  assert.is(apiRequests().length, 0, '~> the Hub\'s API was never asked; only Git\'s own requests reached it');
  assert.ok(hub.sawPushUpload(), '~> Git pushed, unverified, as it was told to');
  noSecretIn(doctor, r);
});

scenario('the CA named nowhere: api.tls with the setting that fixes it; GIT_SSL_NO_VERIFY too is said, not worked around', async (sb) => {
  const c = await client(sb, { git: [['http.proxy', `http://127.0.0.1:${proxy.port}`]], env: { SSL_CERT_FILE: '/nonexistent.pem' } });
  const doctor = await sb.cli(c.repo, ['doctor'], { env: c.env });
  const out = doctor.stdout + doctor.stderr;
  assert.match(out, '[api.tls]', out);
  assert.match(out, 'signed by a CA this machine\'s Node does not trust');
  assert.match(out, 'git config --global http.sslCAInfo /path/to/your-network-ca.pem');
  assert.not.match(out, 'hf-hooks.timeout');
  assert.not.ok(asked(WRITE.token), '~> the token went nowhere: the TLS handshake failed first');
  const unverified = await sb.cli(c.repo, ['doctor'], { env: { ...c.env, GIT_SSL_NO_VERIFY: '1' } });
  assert.match(unverified.stdout + unverified.stderr, '[api.unverified]');
  assert.match(unverified.stdout + unverified.stderr, 'unset GIT_SSL_NO_VERIFY');
});

scenario('a proxy that takes the connection and never answers: doctor decides within hf-hooks.timeout, says it timed out through the proxy, and exits', async (sb) => {
  const held = new Set<Socket>();
  const silent = createTcpServer((s) => void held.add(s));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  try {
    const port = (silent.address() as { port: number }).port;
    const c = await client(sb, { git: [['http.sslCAInfo', ca.caFile]] });
    await sb.git(sb.dir, 'config', '--global', 'http.proxy', `http://127.0.0.1:${port}`);
    await sb.git(sb.dir, 'config', '--global', 'hf-hooks.timeout', '800');
    const r = await sb.run(process.execPath, [CLI, 'doctor'], { cwd: c.repo, env: c.env, timeout: 60_000 });
    assert.is.not(r.exitCode, -1, '~> doctor ended on its own: nothing left open kept node waiting');
    assert.match(r.stdout + r.stderr, /no answer within \d+ ms through the proxy\. \[api\.unreachable\]/);
  } finally {
    for (const s of held) s.destroy();
    await new Promise((r) => silent.close(r));
  }
});

scenario('a CA only in SSL_CERT_FILE: tried when Node\'s roots fail, and the token is confirmed', async (sb) => {
  const c = await client(sb, { git: [['http.proxy', `http://127.0.0.1:${proxy.port}`]], env: { SSL_CERT_FILE: ca.caFile } });
  const doctor = await sb.cli(c.repo, ['doctor', '--json'], { env: c.env });
  const ids = JSON.parse(doctor.stdout).remotes[0].findings.map((f: { id: string }) => f.id);
  assert.ok(ids.includes('token.ok'), doctor.stdout);
});

corp.run();
