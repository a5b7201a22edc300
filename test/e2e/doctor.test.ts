// doctor against the loopback sshd and Hub: every remote at once, JSON per the contract,
// exit codes, --offline, and a server that accepts and never answers.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Hub } from '../helpers/hub.ts';
import { Sandbox, sandboxed } from '../helpers/sandbox.ts';
import { newKey, sshConfig } from '../helpers/ssh-client.ts';
import { type Sshd, startSshd } from '../helpers/sshd.ts';

let hub: Hub;
let sshd: Sshd;
let work = '';
const WRITE = 'hf_doctordoctordoctordoctordoctordo';
const READ = 'hf_readerreaderreaderreaderreaderre';

const doctor = suite('e2e: doctor');
doctor.before(async () => {
  work = mkdtempSync(join(tmpdir(), 'hf-hooks-doctor-'));
  hub = new Hub(join(work, 'hub'));
  await hub.start();
  hub.add({ token: WRITE, user: 'alice', role: 'write' });
  hub.add({ token: READ, user: 'rita', role: 'read' });
  sshd = await startSshd(join(work, 'sshd'));
});
doctor.after(async () => {
  await hub.stop();
  await sshd.stop();
  rmSync(work, { recursive: true, force: true });
});

/** A repo with an SSH remote (registered key), an HTTPS remote (write token) and one with a read token. */
async function repoWithRemotes(sb: Sandbox): Promise<{ repo: string; env: Record<string, string> }> {
  const env = { HF_ENDPOINT: `http://127.0.0.1:${hub.port}` };
  const repo = await sb.repo();
  // The Hub does not create repos on push: the ones the remotes name exist.
  for (const path of ['alice/model', 'rita/model']) await sb.git(sb.dir, 'init', '-q', '--bare', join(hub.repos, path));
  const creds = sb.path('creds');
  writeFileSync(creds, `http://alice:${WRITE}@127.0.0.1:${hub.port}\nhttp://rita:${READ}@localhost:${hub.port}\n`, { mode: 0o600 });
  await sb.git(sb.dir, 'config', '--global', 'credential.helper', `store --file=${creds}`);
  await sb.git(repo, 'config', 'hf-hooks.localhost.provider', 'huggingface');
  await sb.git(repo, 'remote', 'add', 'hub', `http://127.0.0.1:${hub.port}/alice/model`);
  await sb.git(repo, 'remote', 'add', 'readonly', `http://localhost:${hub.port}/rita/model`);
  const key = await newKey(sb, 'alice');
  sshd.register(key.fingerprint, 'alice');
  const config = sshConfig(sb, { identity: key.path, knownHosts: sshd.hostKeyLine });
  await sb.git(repo, 'config', 'core.sshCommand', `ssh -F ${config}`);
  await sb.git(repo, 'config', 'hf-hooks.127.0.0.1.provider', 'huggingface');
  await sb.git(repo, 'remote', 'add', 'space', `ssh://${sshd.user}@127.0.0.1:${sshd.port}/spaces/alice/demo`);
  return { repo, env };
}

const LEVELS = ['error', 'warn', 'info', 'ok'];
/** The JSON contract of DESIGN.md section 3, checked field by field. */
function assertContract(json: any): void {
  assert.equal(Object.keys(json), ['version', 'remotes']);
  assert.is(json.version, 1);
  for (const r of json.remotes) {
    assert.type(r.remote, 'string');
    assert.type(r.url, 'string');
    assert.ok(['ssh', 'https', 'http', 'git', 'file'].includes(r.transport), r.transport);
    assert.ok(['huggingface', 'github', 'gitlab', 'bitbucket', 'generic'].includes(r.provider), r.provider);
    assert.ok(['ready', 'warn', 'unknown', 'blocked'].includes(r.verdict), r.verdict);
    if (r.repo) assert.ok(['model', 'dataset', 'space', 'kernel', undefined].includes(r.repo.type) && typeof r.repo.name === 'string');
    for (const f of r.findings) {
      assert.ok(Object.keys(f).every((k) => ['id', 'level', 'message', 'fix', 'docs'].includes(k)), Object.keys(f).join());
      assert.match(f.id, /^[a-z]+\.[a-z-]+$/);
      assert.ok(LEVELS.includes(f.level));
      assert.type(f.message, 'string');
      assert.ok(Array.isArray(f.fix) && f.fix.every((x: unknown) => typeof x === 'string'));
    }
  }
}

const byRemote = (json: any) => Object.fromEntries(json.remotes.map((r: any) => [r.remote, r]));

doctor('--json: one object on stdout per the contract, every remote, exit 1 when one is blocked', sandboxed(async (sb) => {
  const { repo, env } = await repoWithRemotes(sb);
  const r = await sb.cli(repo, ['doctor', '--json'], { env });
  assert.is(r.exitCode, 1, r.stderr);
  const json = JSON.parse(r.stdout);
  assertContract(json);
  const remotes = byRemote(json);
  assert.is(remotes.hub.verdict, 'ready');
  assert.equal(remotes.hub.findings.map((f: any) => f.id), ['token.ok', 'https.helpers']);
  assert.equal(remotes.hub.repo, { type: 'model', namespace: 'alice', name: 'model' });
  assert.is(remotes.readonly.verdict, 'blocked');
  assert.equal(remotes.readonly.findings.map((f: any) => f.id), ['token.read-only', 'https.helpers']);
  assert.is(remotes.space.verdict, 'ready');
  assert.equal(remotes.space.findings.map((f: any) => f.id), ['ssh.ok']);
  assert.equal(remotes.space.repo, { type: 'space', namespace: 'alice', name: 'demo' });
  assert.not.match(r.stdout, WRITE);
  assert.not.match(r.stdout + r.stderr, READ);
}));

doctor('named remotes and URLs; human text; exit 0 when none is blocked; unknown names are usage errors', sandboxed(async (sb) => {
  const { repo, env } = await repoWithRemotes(sb);
  const named = await sb.cli(repo, ['doctor', 'hub'], { env });
  assert.is(named.exitCode, 0, named.stderr);
  assert.match(named.stdout, `hf-hooks: hub (http://127.0.0.1:${hub.port}/alice/model): ready to push`);
  assert.match(named.stdout, 'Git pushes to 127.0.0.1:');
  assert.not.match(named.stdout, 'readonly');
  const url = await sb.cli(repo, ['doctor', `http://localhost:${hub.port}/rita/model`], { env });
  assert.is(url.exitCode, 1);
  assert.match(url.stdout, '[token.read-only]');
  assert.match(url.stdout, 'The next push to this remote will be stopped');
  const bad = await sb.cli(repo, ['doctor', 'nosuch'], { env });
  assert.is(bad.exitCode, 2);
  assert.match(bad.stderr, "'nosuch' is neither a remote of this repository nor a URL (remotes: hub, readonly");
}));

doctor('a different token in HF_TOKEN: token.env-override says which one Git uses', sandboxed(async (sb) => {
  const { repo, env } = await repoWithRemotes(sb);
  const r = await sb.cli(repo, ['doctor', 'hub', '--json'], { env: { ...env, HF_TOKEN: READ } });
  assert.is(r.exitCode, 0, r.stderr);
  const [hubReport] = JSON.parse(r.stdout).remotes;
  assert.equal(hubReport.findings.map((f: any) => f.id), ['token.env-override', 'token.ok', 'https.helpers']);
  assert.match(hubReport.findings[0].message, 'Git pushes with the token stored in its credential helper, not the one in $HF_TOKEN (hf_****)');
  assert.not.match(r.stdout, READ);
  assert.not.match(r.stdout, WRITE);
}));

doctor('--offline: no network at all, and it says what it could not confirm', sandboxed(async (sb) => {
  const { repo, env } = await repoWithRemotes(sb);
  hub.requests.length = 0;
  sshd.clearLog();
  const r = await sb.cli(repo, ['doctor', '--offline', '--json'], { env });
  assert.is(r.exitCode, 0, r.stderr);
  const remotes = byRemote(JSON.parse(r.stdout));
  assert.is(remotes.hub.verdict, 'unknown');
  assert.equal(remotes.hub.findings.map((f: any) => f.id), ['token.not-validated', 'https.helpers']);
  assert.equal(remotes.space.findings.map((f: any) => f.id), ['ssh.not-probed']);
  assert.equal(hub.requests, [], '~> the Hub heard nothing');
  assert.equal(sshd.sessions(), [], '~> nor did sshd');
}));

doctor('a server that accepts and never answers: held at most the budget, unreachable warns; strict blocks', async () => {
  const sockets = new Set<Socket>();
  const silent = createServer((s) => sockets.add(s));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const port = (silent.address() as { port: number }).port;
  const sb = new Sandbox();
  try {
    const repo = await sb.repo();
    await sb.git(repo, 'config', 'hf-hooks.127.0.0.1.provider', 'huggingface');
    await sb.git(repo, 'config', 'hf-hooks.timeout', '1500');
    const key = await newKey(sb, 'alice');
    const config = sshConfig(sb, { identity: key.path, knownHosts: `[127.0.0.1]:${port} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGHJNq9gVdKkTCkXOm/CzsVjWGrb1bR9qOlOsBBVpIwg` });
    await sb.git(repo, 'config', 'core.sshCommand', `ssh -F ${config}`);
    await sb.git(repo, 'config', 'hf-hooks.silent.api', `http://127.0.0.1:${port}`);
    const creds = sb.path('creds');
    writeFileSync(creds, `https://alice:${WRITE}@silent\n`, { mode: 0o600 });
    await sb.git(sb.dir, 'config', '--global', 'credential.helper', `store --file=${creds}`);
    await sb.git(repo, 'config', 'hf-hooks.silent.provider', 'huggingface');
    await sb.git(repo, 'remote', 'add', 'ssh', `ssh://git@127.0.0.1:${port}/me/m`);
    await sb.git(repo, 'remote', 'add', 'web', 'https://silent/me/m');
    const started = Date.now();
    const r = await sb.cli(repo, ['doctor', '--json']);
    const took = Date.now() - started;
    assert.is(r.exitCode, 0, r.stderr);
    const remotes = byRemote(JSON.parse(r.stdout));
    assert.equal(remotes.ssh.findings.map((f: any) => f.id), ['ssh.unreachable']);
    assert.equal(remotes.web.findings.map((f: any) => f.id), ['api.unreachable', 'https.helpers']);
    // Both servers hang forever; both checks share one 1.5 s budget (generous bound for a loaded 2-core box).
    assert.ok(took < 8000, `~> took ${took} ms`);
    await sb.git(repo, 'config', 'hf-hooks.strict', 'true');
    assert.is((await sb.cli(repo, ['doctor', '--json'])).exitCode, 1, '~> strict: unknown blocks');
  } finally {
    for (const s of sockets) s.destroy();
    silent.close();
    sb.cleanup();
  }
});

doctor.run();
