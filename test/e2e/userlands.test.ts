// The fast path where users push from (issue 27): Debian (dash, GNU coreutils), a macOS-like
// userland (bash as /bin/sh, no GNU sha256sum nor timeout) and an Alpine-like one (busybox
// as /bin/sh, its applets first). A warm push that is fine starts no node in each, over
// HTTPS and SSH, counted with strace; a helper or an agent that never answers holds a push
// no longer than the deadline, with or without timeout(1).
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hubForSuite } from '../helpers/hub.ts';
import { type Setup, setup } from '../helpers/hub-client.ts';
import { arrived } from '../helpers/push.ts';
import { type Sandbox } from '../helpers/sandbox.ts';
import { newKey, sshConfig } from '../helpers/ssh-client.ts';
import { sshdForSuite } from '../helpers/sshd.ts';
import { count, countCalls, traced } from '../helpers/trace.ts';
import { USERLANDS, type Userland, cannotMake, userland } from '../helpers/userland.ts';

const s = suite('e2e: the fast path on each userland');
const hub = hubForSuite(s);
const sshd = sshdForSuite(s);
const hfToken = () => `hf_${randomBytes(17).toString('hex')}`;

/** `git ARGS` in the userland, traced; the sandbox's environment with the userland's PATH. */
async function git(land: Userland, sb: Sandbox, cwd: string, args: string[], env: Record<string, string> = {}) {
  const full = { ...env, PATH: land.path(sb.env.PATH) };
  return traced(sb, 'git', args, { cwd, env: full, wrap: land.wrap });
}

/** The program that computed SHA-256s: sha256sum, openssl, shasum. */
const hashers = (t: { execs: string[] }) => [...new Set(t.execs.map((p) => p.slice(p.lastIndexOf('/') + 1)).filter((n) => ['sha256sum', 'openssl', 'shasum'].includes(n)))];

for (const name of USERLANDS.filter((n) => !process.env.ONLY_USERLAND || n === process.env.ONLY_USERLAND)) {
  const land = userland(name);
  const skip = cannotMake(name);
  const each = (what: string, fn: () => Promise<void>) => s(`${name}: ${what}`, skip ? () => console.log(`  ${name}: skipped: ${skip}`) : fn);

  each('a warm HTTPS push, and one of a new branch: no node; the push lands', async () => {
    const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
    const x: Setup = await setup(hub(), { stored: { user: 'alice', password: a.token } });
    try {
      const cold = await git(land, x.sb, x.repo, ['push', '-q', 'origin', 'main'], x.env);
      assert.is(cold.exitCode, 0, cold.stderr);
      await x.sb.git(x.repo, 'commit', '-q', '--allow-empty', '-m', 'warm');
      const warm = await git(land, x.sb, x.repo, ['push', '-q', 'origin', 'main'], x.env);
      assert.is(warm.exitCode, 0, warm.stderr);
      assert.is(warm.nodes, 0, `~> no node: ${warm.execs.join(' ')}`);
      assert.is(await arrived(x.sb, x.bare), await x.sb.git(x.repo, 'rev-parse', 'main'));
      await x.sb.git(x.repo, 'checkout', '-q', '-b', 'topic');
      await x.sb.git(x.repo, 'commit', '-q', '--allow-empty', '-m', 'topic');
      const branch = await git(land, x.sb, x.repo, ['push', '-q', 'origin', 'topic'], x.env);
      assert.is(branch.exitCode, 0, branch.stderr);
      assert.is(branch.nodes, 0);
      assert.equal(hashers(branch), [name === 'macos' ? 'openssl' : 'sha256sum'], `~> the hash came from what ${name} has`);
      if (name === 'busybox') assert.ok(branch.execs.some((p) => /busybox/.test(p)), '~> busybox ran the shims');
      if (name === 'macos') assert.is(count(branch, 'sha256sum', 'timeout'), 0);
    } finally {
      x.sb.cleanup();
    }
  });

  each('no hand-off from hf-hooks\' helper (another helper list for this push): the hook asks Git\'s helpers within a second; a helper that never answers then holds the push a second, not more', async () => {
    const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
    const x: Setup = await setup(hub(), { stored: { user: 'alice', password: a.token } });
    try {
      const only = ['-c', 'credential.helper=', '-c', `credential.helper=store --file=${x.sb.path('creds')}`];
      assert.is((await git(land, x.sb, x.repo, [...only, 'push', '-q', 'origin', 'main'], x.env)).exitCode, 0);
      await x.sb.git(x.repo, 'commit', '-q', '--allow-empty', '-m', 'warm');
      const warm = await git(land, x.sb, x.repo, [...only, 'push', '-q', 'origin', 'main'], x.env);
      assert.is(warm.exitCode, 0, warm.stderr);
      assert.is(warm.nodes, 0, '~> a fill, then the marker: no node');
      assert.is(countCalls(warm, /\/git "git", "credential", "fill"/), 1, '~> the hook asked the helpers once');
      if (name === 'macos') assert.is(count(warm, 'timeout'), 0, '~> bounded without timeout(1)');
      // A helper that answers Git and never answers hf-hooks' own question (a locked password manager).
      const stuck = x.sb.path('stuck-helper');
      const { writeFileSync } = await import('node:fs');
      writeFileSync(stuck, `#!/bin/sh\n[ -z "$HF_HOOKS_CREDENTIAL_QUIET" ] || exec sleep 30\nexec git credential-store --file=${x.sb.path('creds')} "$@"\n`, { mode: 0o755 });
      await x.sb.git(x.repo, 'commit', '-q', '--allow-empty', '-m', 'stuck');
      // Timed without strace, which would wait for every process it traced, an orphan too.
      const [cmd, args] = land.wrap('git', ['-c', 'credential.helper=', '-c', `credential.helper=${stuck}`, 'push', '-q', 'origin', 'main']);
      const t = Date.now();
      const held = await x.sb.run(cmd, args, { cwd: x.repo, env: { ...x.env, PATH: land.path(x.sb.env.PATH) } });
      const ms = Date.now() - t;
      assert.is(held.exitCode, 0, held.stderr);
      assert.ok(ms < 9000, `~> held ${ms} ms: the shell's second, then node's own deadline (3 s), not the helper's 30 s`);
      assert.is(await arrived(x.sb, x.bare), await x.sb.git(x.repo, 'rev-parse', 'main'));
    } finally {
      x.sb.cleanup();
    }
  });

  each('a warm SSH push: no node in the wrapper or the hook; an agent that never replies holds it no longer than the deadline', async () => {
    const { Sandbox } = await import('../helpers/sandbox.ts');
    const sb = new Sandbox();
    let agent: Server | undefined;
    try {
      const key = await newKey(sb, 'alice');
      sshd().register(key.fingerprint, 'alice');
      const config = sshConfig(sb, { identity: key.path, knownHosts: sshd().hostKeyLine });
      const bare = join(sshd().repos, 'spaces', 'me', `${name}-${sb.dir.split('/').pop()}`);
      await sb.git(sb.dir, 'init', '-q', '--bare', '-b', 'main', bare);
      const repo = await sb.repo();
      await sb.git(repo, 'remote', 'add', 'origin', `ssh://${sshd().user}@127.0.0.1:${sshd().port}/spaces/me/${bare.split('/').pop()}`);
      await sb.git(repo, 'config', 'core.sshCommand', `ssh -F ${config}`);
      await sb.git(repo, 'config', 'hf-hooks.127.0.0.1.provider', 'huggingface');
      assert.is((await sb.cli(repo, ['install'])).exitCode, 0);
      assert.is((await git(land, sb, repo, ['push', '-q', 'origin', 'main'])).exitCode, 0);
      await sb.git(repo, 'commit', '-q', '--allow-empty', '-m', 'warm');
      const warm = await git(land, sb, repo, ['push', '-q', 'origin', 'main']);
      assert.is(warm.exitCode, 0, warm.stderr);
      assert.is(warm.nodes, 0, `~> no node: ${warm.execs.join(' ')}`);
      assert.equal(hashers(warm), [name === 'macos' ? 'openssl' : 'sha256sum']);
      assert.is(await arrived(sb, bare), await sb.git(repo, 'rev-parse', 'main'));
      // An agent socket that takes the connection and never replies. The user's ssh does not
      // use it (IdentityAgent none); the wrapper still asks it what it holds, within a second.
      const { appendFileSync } = await import('node:fs');
      appendFileSync(config, '  IdentityAgent none\n');
      const sock = sb.path('agent.sock');
      agent = createServer(() => {});
      await new Promise<void>((r) => agent!.listen(sock, r));
      await sb.git(repo, 'commit', '-q', '--allow-empty', '-m', 'agent');
      const t = Date.now();
      const [cmd, args] = land.wrap('git', ['push', '-q', 'origin', 'main']);
      const held = await sb.run(cmd, args, { cwd: repo, env: { SSH_AUTH_SOCK: sock, PATH: land.path(sb.env.PATH) } });
      const ms = Date.now() - t;
      assert.is(held.exitCode, 0, held.stderr);
      assert.ok(ms < 12_000, `~> held ${ms} ms, within the deadlines`);
    } finally {
      agent?.close();
      sb.cleanup();
    }
  });
}

s.run();
