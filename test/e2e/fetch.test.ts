// The fetch phase (issue 28): a clone, fetch or pull of a private or gated repository, or
// with another account's token, explained at the moment Git would fail, never stopped. Real
// clones against the loopback Hub (private and gated repos the way the Hub answers them:
// test/helpers/hub.ts) and sshd, the real `hf auth login` writing the token files, and each
// case also run without hf-hooks, to show what users see today.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hfCli } from '../helpers/hf-cli.ts';
import { type Hub, hubForSuite } from '../helpers/hub.ts';
import { Sandbox } from '../helpers/sandbox.ts';
import { newKey, sshConfig } from '../helpers/ssh-client.ts';
import { sshdForSuite } from '../helpers/sshd.ts';
import { traced } from '../helpers/trace.ts';

const s = suite('e2e: clone and fetch, explained where Git would fail');
const hub = hubForSuite(s);
const sshd = sshdForSuite(s);
const hfToken = () => `hf_${randomBytes(17).toString('hex')}`;

interface World { sb: Sandbox; env: Record<string, string>; url: (path: string) => string }

/**
 * A machine with `install --global` (so `git clone` is covered before any repository exists);
 * `before` runs first, as a user's own setup would (an ssh command, for one).
 */
async function machine(before?: (sb: Sandbox) => Promise<void>): Promise<World> {
  const sb = new Sandbox();
  const env = {
    HF_ENDPOINT: `http://127.0.0.1:${hub().port}`, PATH: `${await hfCli()}:${sb.env.PATH}`,
    HF_HUB_DISABLE_UPDATE_CHECK: '1', HF_HUB_DISABLE_TELEMETRY: '1',
  };
  await before?.(sb);
  const r = await sb.cli(sb.dir, ['install', '--global'], { env });
  assert.is(r.exitCode, 0, r.stderr);
  return { sb, env, url: (path) => `http://127.0.0.1:${hub().port}/${path}` };
}

/** A repo on the Hub with one commit, at `path` (`acme/weights`, `datasets/acme/d`). */
async function hubRepo(h: Hub, sb: Sandbox, path: string): Promise<void> {
  const bare = join(h.repos, path);
  await sb.git(sb.dir, 'init', '-q', '--bare', '-b', 'main', bare);
  const src = await sb.repo(`src-${path.replaceAll('/', '-')}`);
  await sb.git(src, 'push', '-q', bare, 'main');
}

const login = async (w: World, token: string) => {
  const r = await w.sb.run('hf', ['auth', 'login', '--token', token], { env: w.env });
  assert.is(r.exitCode, 0, r.stdout + r.stderr);
};

const clone = (w: World, url: string, env: Record<string, string> = {}) => w.sb.run('git', ['clone', '-q', url, w.sb.path(`clone-${randomBytes(3).toString('hex')}`)], { env: { ...w.env, ...env } });

s('a private repo, nothing stored, no terminal: Git alone says "terminal prompts disabled"; with hf-hooks, what is missing and the login that fixes it; after `hf auth login`, the clone works', async () => {
  const w = await machine();
  try {
    const alice = hub().add({ token: hfToken(), user: 'alice', role: 'read' });
    await hubRepo(hub(), w.sb, 'alice/secret');
    hub().visibility.set('alice/secret', { private: true });
    const before = await clone(w, w.url('alice/secret'), { HF_HOOKS: '0' });
    assert.is.not(before.exitCode, 0);
    // No terminal (an IDE, CI): Git cannot prompt, and says only that.
    assert.match(before.stderr, /could not read Username|terminal prompts disabled/, before.stderr);
    const after = await clone(w, w.url('alice/secret'));
    assert.is.not(after.exitCode, 0);
    assert.match(after.stderr, 'this clone or fetch will fail', after.stderr);
    assert.match(after.stderr, '[fetch.needs-login]');
    assert.match(after.stderr, 'private, or does not exist');
    assert.match(after.stderr, 'hf auth login');
    assert.not.match(after.stderr, /Username for|could not read Username/, "~> hf-hooks said it, not Git's prompt");
    await login(w, alice.token);
    const works = await clone(w, w.url('alice/secret'));
    assert.is(works.exitCode, 0, `~> a read token is all a clone needs: ${works.stderr}`);
    assert.not.match(works.stderr, 'hf-hooks:', '~> and a clone that works is not talked about');
  } finally {
    w.sb.cleanup();
  }
});

s('a gated repo never asked for: Git alone shows a 403; with hf-hooks, the Hub\'s words, the page where access is asked for, then granted: the clone works', async () => {
  const w = await machine();
  try {
    const bob = hub().add({ token: hfToken(), user: 'bob', role: 'read' });
    await hubRepo(hub(), w.sb, 'meta/llama');
    hub().visibility.set('meta/llama', { gated: 'manual' });
    await login(w, bob.token);
    const before = await clone(w, w.url('meta/llama'), { HF_HOOKS: '0' });
    assert.is.not(before.exitCode, 0);
    assert.match(before.stderr, /could not read Username|terminal prompts disabled/, before.stderr);
    const after = await clone(w, w.url('meta/llama'));
    assert.is.not(after.exitCode, 0);
    assert.match(after.stderr, '[fetch.gated]', after.stderr);
    assert.match(after.stderr, 'bob has not been granted access');
    assert.match(after.stderr, 'is restricted and you are not in the authorized list');
    assert.match(after.stderr, `Ask for access, logged in as bob: http://127.0.0.1:${hub().port}/meta/llama`);
    hub().visibility.set('meta/llama', { gated: 'manual', requests: { bob: 'pending' } });
    const pending = await w.sb.cli(w.sb.dir, ['doctor', '--fetch', w.url('meta/llama')], { env: w.env });
    assert.is(pending.exitCode, 1);
    assert.match(pending.stdout, 'the request is waiting for the repository\'s authors');
    assert.match(pending.stdout, 'is awaiting a review from the repo authors');
    hub().visibility.set('meta/llama', { gated: 'manual', requests: { bob: 'granted' } });
    assert.is((await clone(w, w.url('meta/llama'))).exitCode, 0);
  } finally {
    w.sb.cleanup();
  }
});

s('another account\'s token (a private repo of an org bob is not in): "Repository not found", and whose token it is', async () => {
  const w = await machine();
  try {
    const bob = hub().add({ token: hfToken(), user: 'bob', role: 'write' });
    await hubRepo(hub(), w.sb, 'acme/internal');
    hub().visibility.set('acme/internal', { private: true });
    await login(w, bob.token);
    const before = await clone(w, w.url('acme/internal'), { HF_HOOKS: '0' });
    assert.match(before.stderr, /could not read Username|terminal prompts disabled/, before.stderr);
    // With the token stored for Git (no bridge to speak for it), Git's words are the Hub's 404.
    await w.sb.git(w.sb.dir, 'config', '--global', 'credential.helper', `store --file=${w.sb.path('creds')}`);
    (await import('node:fs')).writeFileSync(w.sb.path('creds'), `http://bob:${bob.token}@127.0.0.1:${hub().port}\n`);
    const stored = await clone(w, w.url('acme/internal'));
    assert.match(stored.stderr, 'Repository not found', stored.stderr);
    const asked = await w.sb.cli(w.sb.dir, ['doctor', '--fetch', w.url('acme/internal')], { env: w.env });
    assert.match(asked.stdout, '[fetch.not-found]', '~> there, doctor --fetch says whose token it is');
    assert.match(asked.stdout, 'that bob can see');
    await w.sb.git(w.sb.dir, 'config', '--global', '--unset', 'credential.helper');
    const after = await clone(w, w.url('acme/internal'));
    assert.is.not(after.exitCode, 0);
    assert.match(after.stderr, '[fetch.not-found]', after.stderr);
    assert.match(after.stderr, 'that bob can see');
    const json = await w.sb.cli(w.sb.dir, ['doctor', '--fetch', '--json', w.url('acme/internal')], { env: w.env });
    const report = JSON.parse(json.stdout).remotes[0];
    assert.is(report.verdict, 'blocked');
    assert.equal(report.findings.map((f: { id: string }) => f.id), ['fetch.not-found']);
  } finally {
    w.sb.cleanup();
  }
});

s('a fine-grained token without "read access to contents of all public gated repos": doctor --fetch names the setting', async () => {
  const w = await machine();
  try {
    const carol = hub().add({ token: hfToken(), user: 'carol', role: 'fineGrained', displayName: 'ci', canReadGatedRepos: false });
    await hubRepo(hub(), w.sb, 'google/gemma');
    hub().visibility.set('google/gemma', { gated: 'auto', requests: { carol: 'granted' } });
    await login(w, carol.token);
    const r = await w.sb.cli(w.sb.dir, ['doctor', '--fetch', w.url('google/gemma')], { env: w.env });
    assert.is(r.exitCode, 1, r.stdout);
    assert.match(r.stdout, '[fetch.token-scope]');
    assert.match(r.stdout, 'Read access to contents of all public gated repos you can access');
    hub().add({ ...carol, token: hfToken(), canReadGatedRepos: true }).token;
  } finally {
    w.sb.cleanup();
  }
});

s('a public repo: the clone starts no node, over HTTPS and over SSH; doctor --fetch says it is ready', async () => {
  const w = await machine();
  try {
    await hubRepo(hub(), w.sb, 'alice/open');
    const https = await traced(w.sb, 'git', ['clone', '-q', w.url('alice/open'), w.sb.path('open-https')], { cwd: w.sb.dir, env: w.env });
    assert.is(https.exitCode, 0, https.stderr);
    assert.is(https.nodes, 0);
    const ok = await w.sb.cli(w.sb.dir, ['doctor', '--fetch', w.url('alice/open')], { env: w.env });
    assert.is(ok.exitCode, 0, ok.stdout);
    assert.match(ok.stdout, 'ready to clone and fetch');
  } finally {
    w.sb.cleanup();
  }
});

s('over SSH, an unregistered key and a private repo: Git alone says only the server\'s words; with hf-hooks, that the Hub answers as anonymous, who cannot read it; a working fetch starts no node', async () => {
  let config = '';
  const w = await machine(async (sb) => {
    const key = await newKey(sb, 'stranger');
    config = sshConfig(sb, { identity: key.path, knownHosts: sshd().hostKeyLine });
    await sb.git(sb.dir, 'config', '--global', 'core.sshCommand', `ssh -F ${config}`);
    // The loopback sshd is the Hub, and its API the loopback Hub's.
    await sb.git(sb.dir, 'config', '--global', 'hf-hooks.127.0.0.1.provider', 'huggingface');
    await sb.git(sb.dir, 'config', '--global', 'hf-hooks.127.0.0.1.api', `http://127.0.0.1:${hub().port}`);
  });
  try {
    const name = w.sb.dir.split('/').pop()!;
    const [closed, open] = [`spaces/me/${name}-private`, `spaces/me/${name}-open`];
    for (const repo of [closed, open]) {
      await hubRepo({ repos: sshd().repos } as Hub, w.sb, repo);
      await hubRepo(hub(), w.sb, repo);
    }
    sshd().restrict(closed);
    hub().visibility.set(closed, { private: true });
    const cloneSsh = (repo: string, extra: Record<string, string> = {}) =>
      traced(w.sb, 'git', ['clone', '-q', `ssh://${sshd().user}@127.0.0.1:${sshd().port}/${repo}`, w.sb.path(`ssh-${randomBytes(3).toString('hex')}`)], { cwd: w.sb.dir, env: { ...w.env, ...extra } });
    const before = await cloneSsh(closed, { HF_HOOKS: '0' });
    assert.is.not(before.exitCode, 0);
    assert.not.match(before.stderr, 'hf-hooks:', before.stderr);
    const after = await cloneSsh(closed);
    assert.is.not(after.exitCode, 0);
    assert.match(after.stderr, 'why the clone or fetch failed', after.stderr);
    assert.match(after.stderr, '[fetch.ssh-anonymous]');
    assert.match(after.stderr, 'anonymous cannot read it');
    const works = await cloneSsh(open);
    assert.is(works.exitCode, 0, works.stderr);
    assert.is(works.nodes, 0, '~> a fetch that works starts no node');
  } finally {
    w.sb.cleanup();
  }
});

s.run();
