// Every SSH failure explained before Git connects: real git pushes through the installed
// pack to a real sshd that answers like the Hub, and what the server saw.
import { execa } from 'execa';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type Socket, createServer } from 'node:net';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Sandbox } from '../helpers/sandbox.ts';
import { newKey, sshConfig } from '../helpers/ssh-client.ts';
import { type Sshd, freePort, sshdForSuite } from '../helpers/sshd.ts';
import { arrived, assertBlocked, pushMain } from '../helpers/push.ts';
import { inPty } from '../helpers/pty.ts';
import { traced } from '../helpers/trace.ts';
import { VERSION } from '../helpers/version.ts';
import { isWrapperPath, unwrap } from '../../hooks/ssh/command.ts';

let sshd: Sshd;

interface Client { repo: string; bare: string; url: string; config: string }

/** A repo whose origin is the loopback sshd, with its own ssh config as core.sshCommand, pack installed. */
async function client(sb: Sandbox, o: { identity?: string; knownHost?: boolean; strict?: 'yes' | 'ask'; sshCommand?: (config: string) => string; port?: number } = {}): Promise<Client> {
  const port = o.port ?? sshd.port;
  const config = sshConfig(sb, { identity: o.identity, strict: o.strict, knownHosts: o.knownHost === false ? undefined : sshd.hostKeyLine.replace(`:${sshd.port} `, `:${port} `) });
  const name = sb.dir.split('/').pop()!;
  const bare = join(sshd.repos, 'spaces', 'me', name);
  await sb.git(sb.dir, 'init', '-q', '--bare', '-b', 'main', bare);
  const repo = await sb.repo();
  const url = `ssh://${sshd.user}@127.0.0.1:${port}/spaces/me/${name}`;
  await sb.git(repo, 'remote', 'add', 'origin', url);
  await sb.git(repo, 'config', 'core.sshCommand', o.sshCommand ? o.sshCommand(config) : `ssh -F ${config}`);
  await sb.git(repo, 'config', 'hf-hooks.127.0.0.1.provider', 'huggingface');
  const r = await sb.cli(repo, ['install']);
  assert.is(r.exitCode, 0, `~> install: ${r.stderr}`);
  // install ends with doctor, which may probe; the scenarios count only what the push does.
  sshd.clearLog();
  return { repo, bare, url, config };
}

const push = (sb: Sandbox, c: Client, env: Record<string, string> = {}) => pushMain(sb, c.repo, env);
const arrivedIn = (sb: Sandbox, c: Client) => arrived(sb, c.bare);

const ssh = suite('e2e: SSH, against a real sshd');
const sshdOf = sshdForSuite(ssh);
ssh.before(() => void (sshd = sshdOf()));
ssh.before.each(() => sshd.forgetAll());

/** Runs a scenario in its own sandbox. */
const scenario = (name: string, fn: (sb: Sandbox) => Promise<void>) => ssh(name, async () => {
  const sb = new Sandbox();
  try {
    await fn(sb);
  } finally {
    sb.cleanup();
  }
});

const blocked = (r: { exitCode: number; stderr: string }, id: string) =>
  assertBlocked(r, id, () => sshd.sawReceivePack(), ['Nothing was sent: Git had not connected yet', 'HF_HOOKS=0 git push']);

scenario('registered key: the push goes through and the commit arrives', async (sb) => {
  const key = await newKey(sb, 'alice');
  sshd.register(key.fingerprint, 'alice');
  const c = await client(sb, { identity: key.path });
  const r = await push(sb, c);
  assert.is(r.exitCode, 0, r.stderr);
  assert.is(await arrivedIn(sb, c), await sb.git(c.repo, 'rev-parse', 'main'));
  assert.ok(sshd.sessions().some(([who, cmd]) => who === 'alice' && cmd.startsWith('git-receive-pack')));
  assert.not.match(r.stderr, 'hf-hooks:', `~> a push that is fine says nothing: ${r.stderr}`);
});

/** A push traced with strace: its result, and how many times node was started. */
async function tracedPush(sb: Sandbox, c: Client, env: Record<string, string> = {}) {
  await sb.git(c.repo, 'commit', '-q', '--allow-empty', '-m', `c${Date.now()}`);
  return traced(sb, 'git', ['push', 'origin', 'main'], { cwd: c.repo, env });
}

// issue 14: the wrapper leaves a marker named after everything the answer depends on
// (templates/ssh-ready.sh), and hands this push's pre-push hook the answer it just had.
scenario('a warm SSH push that is fine starts no node at all, in the wrapper or in the pre-push hook', async (sb) => {
  const key = await newKey(sb, 'alice');
  sshd.register(key.fingerprint, 'alice');
  const c = await client(sb, { identity: key.path });
  const cold = await tracedPush(sb, c);
  assert.is(cold.exitCode, 0, cold.stderr);
  assert.ok(cold.nodes >= 1, '~> the first push is checked in node');
  const warm = await tracedPush(sb, c);
  assert.is(warm.exitCode, 0, warm.stderr);
  assert.is(warm.nodes, 0, '~> neither the wrapper nor the pre-push hook started node');
  assert.ok(await arrivedIn(sb, c), '~> and the commit arrived');
});

scenario('the SSH ready marker is missed by whatever changes the answer: a key added, IdentityFile changed, known_hosts edited, a key gone from the agent, cacheTtl', async (sb) => {
  const key = await newKey(sb, 'alice');
  const other = await newKey(sb, 'alice2');
  sshd.register(key.fingerprint, 'alice');
  sshd.register(other.fingerprint, 'alice');
  const c = await client(sb, { identity: key.path });
  const warmAgain = async (why: string) => {
    const full = await tracedPush(sb, c, extra);
    assert.is(full.exitCode, 0, full.stderr);
    assert.ok(full.nodes >= 1, `~> ${why}: the next push is a full check again`);
    const warm = await tracedPush(sb, c, extra);
    assert.is(warm.nodes, 0, `~> ${why}: and then warm again`);
  };
  let extra: Record<string, string> = {};
  await warmAgain('first push');
  writeFileSync(c.config, readFileSync(c.config, 'utf8').replace(`IdentityFile ${key.path}`, `IdentityFile ${key.path}\n  IdentityFile ${other.path}`));
  await warmAgain('a key added');
  writeFileSync(c.config, readFileSync(c.config, 'utf8').replace(`  IdentityFile ${key.path}\n`, ''));
  await warmAgain('IdentityFile changed');
  writeFileSync(sb.path('known_hosts'), `${readFileSync(sb.path('known_hosts'), 'utf8')}example.invalid ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOx2fK3QmB0ZmYyk2W0b2cB0L2c1Y2t2b2dvb2RrZXk\n`);
  await warmAgain('known_hosts edited');
  await sb.git(c.repo, 'config', 'hf-hooks.cacheTtl', '300');
  await warmAgain('cacheTtl changed');
  const sock = sb.path('agent.sock');
  const agent = execa('ssh-agent', ['-D', '-a', sock], { reject: false, stdin: 'ignore' });
  try {
    for (let i = 0; i < 50 && !existsSync(sock); i++) await new Promise((res) => setTimeout(res, 20));
    extra = { SSH_AUTH_SOCK: sock };
    assert.is((await sb.run('ssh-add', [key.path], { env: extra })).exitCode, 0);
    await warmAgain('a key in the agent');
    assert.is((await sb.run('ssh-add', ['-d', key.path], { env: extra })).exitCode, 0);
    await warmAgain('the key gone from the agent');
  } finally {
    agent.kill();
    await agent;
  }
});

scenario('a ready marker, and the server refuses anyway (the key removed since): its words, the explanation, and the marker is gone', async (sb) => {
  const key = await newKey(sb, 'alice');
  sshd.register(key.fingerprint, 'alice');
  const c = await client(sb, { identity: key.path });
  assert.is((await tracedPush(sb, c)).exitCode, 0);
  sshd.forgetAll();
  const refused = await tracedPush(sb, c);
  assert.is.not(refused.exitCode, 0);
  assert.match(refused.stderr, 'You cannot push: add your SSH key');
  assert.match(refused.stderr, '[ssh.key-not-registered]');
  assert.is(refused.nodes, 1, '~> only the explanation started node (the wrapper let ssh connect on the marker)');
  sshd.register(key.fingerprint, 'alice');
  const next = await tracedPush(sb, c);
  assert.ok(next.nodes >= 1, '~> the marker went with the refusal: the next push is a full check');
});

scenario('no key: ssh.no-key, names the files it looked at and the ssh-keygen command', async (sb) => {
  const c = await client(sb, { identity: sb.path('keys', 'id_ed25519') });
  await sb.git(c.repo, 'config', 'user.email', 'me@example.com');
  const r = await push(sb, c, { HF_ENDPOINT: 'http://127.0.0.1:9' });
  blocked(r, 'ssh.no-key');
  assert.match(r.stderr, `${sb.path('keys', 'id_ed25519')} (does not exist)`);
  assert.match(r.stderr, `ssh-keygen -t ed25519 -C "me@example.com" -f '${sb.path('keys', 'id_ed25519')}'`);
  assert.match(r.stderr, 'https://huggingface.co/settings/keys');
  assert.match(r.stderr, `ssh -T -p ${sshd.port} ${sshd.user}@127.0.0.1    # should greet you by name`);
  assert.match(r.stderr, 'git remote set-url origin http://127.0.0.1:9/spaces/me/hf-hooks-test-', '~> the HTTPS way out, on the configured Hub');
  assert.equal(sshd.sessions(), [], '~> not even a connection');
});

scenario('key file mode 644: ssh.key-permissions with the chmod', async (sb) => {
  const key = await newKey(sb, 'alice');
  sshd.register(key.fingerprint, 'alice');
  chmodSync(key.path, 0o644);
  const c = await client(sb, { identity: key.path });
  const r = await push(sb, c);
  blocked(r, 'ssh.key-permissions');
  assert.match(r.stderr, `chmod 600 '${key.path}'`);
  assert.match(r.stderr, '(mode 644)');
});

scenario('passphrase key, no agent: ssh.key-locked; loaded into a real ssh-agent: the push goes through', async (sb) => {
  const key = await newKey(sb, 'alice', 'correct horse');
  sshd.register(key.fingerprint, 'alice');
  const c = await client(sb, { identity: key.path });
  const r = await push(sb, c);
  blocked(r, 'ssh.key-locked');
  assert.match(r.stderr, 'no ssh-agent is running');
  assert.match(r.stderr, `ssh-add '${key.path}'`);

  const sock = sb.path('agent.sock');
  const agent = execa('ssh-agent', ['-D', '-a', sock], { reject: false, stdin: 'ignore' });
  try {
    for (let i = 0; i < 50 && !existsSync(sock); i++) await new Promise((res) => setTimeout(res, 20));
    const askpass = sb.path('askpass.sh');
    writeFileSync(askpass, "#!/bin/sh\necho 'correct horse'\n", { mode: 0o755 });
    const add = await sb.run('ssh-add', [key.path], { env: { SSH_AUTH_SOCK: sock, SSH_ASKPASS: askpass, SSH_ASKPASS_REQUIRE: 'force', DISPLAY: ':0' } });
    assert.is(add.exitCode, 0, add.stderr);
    const ok = await push(sb, c, { SSH_AUTH_SOCK: sock });
    assert.is(ok.exitCode, 0, ok.stderr);
    assert.ok(await arrivedIn(sb, c));
  } finally {
    agent.kill();
    await agent;
  }
});

// OpenSSH readpass.c: with a terminal, ssh asks for the passphrase and about a new host
// (StrictHostKeyChecking ask, the default). Those pushes work, so hf-hooks must not stop them.
scenario('in a terminal, a passphrase key with no agent: ssh asks, the passphrase typed at the prompt, the push lands', async (sb) => {
  const key = await newKey(sb, 'alice', 'correct horse');
  sshd.register(key.fingerprint, 'alice');
  const c = await client(sb, { identity: key.path });
  const tty = await inPty(['git', 'push', 'origin', 'main'], { cwd: c.repo, env: sb.env, answers: [[/Enter passphrase for key '[^']+': $/, 'correct horse']] });
  assert.is(tty.exitCode, 0, tty.output);
  assert.equal(tty.answered.length, 1, '~> ssh asked, through the pty');
  assert.match(tty.output, `ssh will ask for the passphrase of ${key.path}`);
  assert.match(tty.output, `ssh-add '${key.path}'`);
  assert.not.match(tty.output, 'push blocked');
  assert.ok(await arrivedIn(sb, c));
});

scenario('a marker made in a terminal is not taken where nobody can answer: the next push from no terminal is ssh.key-locked, never "not registered", and nothing reaches the server', async (sb) => {
  const key = await newKey(sb, 'alice', 'correct horse');
  sshd.register(key.fingerprint, 'alice');
  const c = await client(sb, { identity: key.path });
  const tty = await inPty(['git', 'push', 'origin', 'main'], { cwd: c.repo, env: sb.env, answers: [[/Enter passphrase for key '[^']+': $/, 'correct horse']] });
  assert.is(tty.exitCode, 0, tty.output);
  await sb.git(c.repo, 'commit', '-q', '--allow-empty', '-m', 'from an IDE');
  sshd.clearLog();
  // No terminal (setsid), no askpass: an IDE, a cron job.
  const ide = await push(sb, c);
  blocked(ide, 'ssh.key-locked');
  assert.not.match(ide.stderr, 'ssh.key-not-registered');
  assert.not.match(ide.stderr, 'never added');
  // And once more in a terminal: its own marker still serves it.
  const again = await inPty(['git', 'push', 'origin', 'main'], { cwd: c.repo, env: sb.env, answers: [[/Enter passphrase for key '[^']+': $/, 'correct horse']] });
  assert.is(again.exitCode, 0, again.output);
  assert.ok(await arrivedIn(sb, c));
});

scenario('a registered key locked, an unregistered one usable, no terminal: ssh.key-locked (the probe could not offer the locked one), never "not registered"; the server refuses it too', async (sb) => {
  const registered = await newKey(sb, 'alice', 'correct horse');
  const other = await newKey(sb, 'stranger');
  sshd.register(registered.fingerprint, 'alice');
  const c = await client(sb, { identity: registered.path });
  // Both keys in the client's config: ssh offers the usable one, and cannot unlock the other here.
  writeFileSync(c.config, readFileSync(c.config, 'utf8').replace(/^(\s*IdentityFile .*)$/m, `$1\n  IdentityFile ${other.path}`));
  const r = await push(sb, c);
  blocked(r, 'ssh.key-locked');
  assert.match(r.stderr, `ssh-add '${registered.path}'`);
  assert.not.match(r.stderr, 'ssh.key-not-registered');
  assert.not.match(r.stderr, 'never added');
  const off = await push(sb, c, { HF_HOOKS: '0' });
  assert.is.not(off.exitCode, 0);
  assert.match(off.stderr, 'Hi anonymous, welcome to Hugging Face.', off.stderr);
});

scenario('in a terminal, an unknown host with StrictHostKeyChecking ask: ssh asks, "yes", the push lands; with no terminal, blocked', async (sb) => {
  const key = await newKey(sb, 'alice');
  sshd.register(key.fingerprint, 'alice');
  const c = await client(sb, { identity: key.path, knownHost: false, strict: 'ask' });
  const none = await push(sb, c);
  blocked(none, 'ssh.host-unknown');
  const tty = await inPty(['git', 'push', 'origin', 'main'], { cwd: c.repo, env: sb.env, answers: [[/continue connecting \(yes\/no[^)]*\)\? $/, 'yes']] });
  assert.is(tty.exitCode, 0, tty.output);
  assert.match(tty.output, 'ssh will ask whether to trust 127.0.0.1');
  assert.match(tty.output, 'https://huggingface.co/docs/hub/security-git-ssh');
  assert.ok(await arrivedIn(sb, c));
  assert.match(readFileSync(sb.path('known_hosts'), 'utf8'), '127.0.0.1', '~> ssh kept the key the user accepted');
});

scenario('unknown host key: ssh.host-unknown with ssh-keyscan, no connection', async (sb) => {
  const key = await newKey(sb, 'alice');
  sshd.register(key.fingerprint, 'alice');
  const c = await client(sb, { identity: key.path, knownHost: false });
  const r = await push(sb, c);
  blocked(r, 'ssh.host-unknown');
  assert.match(r.stderr, `ssh-keyscan -p ${sshd.port} 127.0.0.1 >> '${sb.path('known_hosts')}'`);
  assert.match(r.stderr, 'https://huggingface.co/docs/hub/security-git-ssh');
  assert.is(readFileSync(sb.path('known_hosts'), 'utf8'), '', '~> known_hosts untouched');
});

scenario('unregistered key: the probe hears "Hi anonymous", ssh.key-not-registered', async (sb) => {
  const key = await newKey(sb, 'stranger');
  const c = await client(sb, { identity: key.path });
  const r = await push(sb, c);
  blocked(r, 'ssh.key-not-registered');
  assert.match(r.stderr, 'it answered "Hi anonymous, welcome to Hugging Face"');
  assert.match(r.stderr, `cat '${key.path}.pub'`);
  assert.equal(sshd.sessions(), [['anonymous', '(no command)']], '~> only the probe, no push');
});

scenario('a host reached only through a ProxyCommand (issue 20): the probe goes through it too; an unregistered key stopped, a registered one lands', async (sb) => {
  // hub-ssh.corp.test resolves nowhere: only the ProxyCommand knows the way.
  const relayLog = sb.path('relay.log');
  const key = await newKey(sb, 'alice');
  const config = sshConfig(sb, { identity: key.path, knownHosts: sshd.hostKeyLine.replace(`[127.0.0.1]:${sshd.port}`, 'hub-ssh.corp.test') });
  writeFileSync(config, `Host hub-ssh.corp.test\n  ProxyCommand '${process.execPath}' '${join(import.meta.dirname, '..', 'helpers', 'ssh-relay.mjs')}' %h %p ${sshd.port} ${relayLog}\n\n${readFileSync(config, 'utf8')}`);
  const name = sb.dir.split('/').pop()!;
  const bare = join(sshd.repos, 'spaces', 'me', name);
  await sb.git(sb.dir, 'init', '-q', '--bare', '-b', 'main', bare);
  const repo = await sb.repo();
  await sb.git(repo, 'remote', 'add', 'origin', `ssh://${sshd.user}@hub-ssh.corp.test/spaces/me/${name}`);
  await sb.git(repo, 'config', 'core.sshCommand', `ssh -F ${config}`);
  await sb.git(repo, 'config', 'hf-hooks.hub-ssh.corp.test.provider', 'huggingface');
  assert.is((await sb.cli(repo, ['install'])).exitCode, 0);
  sshd.clearLog();
  writeFileSync(relayLog, '');
  const stopped = await pushMain(sb, repo);
  blocked(stopped, 'ssh.key-not-registered');
  assert.equal(readFileSync(relayLog, 'utf8').split('\n').filter(Boolean), ['hub-ssh.corp.test 22'], '~> the probe went through the ProxyCommand, once');
  assert.equal(sshd.sessions(), [['anonymous', '(no command)']], '~> only the probe, no push');
  sshd.register(key.fingerprint, 'alice');
  const fine = await pushMain(sb, repo);
  assert.is(fine.exitCode, 0, fine.stderr);
  assert.is(await arrived(sb, bare), await sb.git(repo, 'rev-parse', 'main'));
  assert.ok(readFileSync(relayLog, 'utf8').split('\n').filter(Boolean).length >= 3, '~> the probe and the push, both through it');
});

scenario('the pre-push hook reports the same SSH finding', async (sb) => {
  const key = await newKey(sb, 'stranger');
  const c = await client(sb, { identity: key.path });
  const oid = await sb.git(c.repo, 'rev-parse', 'main');
  const r = await sb.run(join(c.repo, '.git', 'hooks', 'pre-push'), ['origin', c.url], { cwd: c.repo, input: `refs/heads/main ${oid} refs/heads/main ${'0'.repeat(40)}\n` });
  assert.is(r.exitCode, 1);
  assert.match(r.stderr, '[ssh.key-not-registered]');
  assert.match(r.stderr, 'git push --no-verify');
});

scenario('server down: ssh.unreachable warns, then Git says its own words', async (sb) => {
  const key = await newKey(sb, 'alice');
  const c = await client(sb, { identity: key.path, port: await freePort() });
  const r = await push(sb, c);
  assert.is.not(r.exitCode, 0);
  assert.match(r.stderr, '[ssh.unreachable]', r.stderr);
  assert.match(r.stderr, 'lets Git try');
  assert.match(r.stderr, 'Connection refused');
  assert.match(r.stderr, 'Could not read from remote repository');
});

scenario('a previous core.sshCommand with -i is still honoured', async (sb) => {
  const key = await newKey(sb, 'alice');
  sshd.register(key.fingerprint, 'alice');
  const c = await client(sb, { sshCommand: (config) => `ssh -F ${config} -i '${key.path}'` });
  const wired = unwrap(await sb.git(c.repo, 'config', 'core.sshCommand'), isWrapperPath);
  assert.match(wired?.previous ?? '', new RegExp(`^ssh -F .* -i '.*alice'$`), '~> the user\'s command, kept whole');
  assert.match(wired?.wrapper ?? '', new RegExp(`/hf-hooks/${VERSION.replaceAll('.', '\\.')}/ssh$`));
  const r = await push(sb, c);
  assert.is(r.exitCode, 0, r.stderr);
  assert.ok(await arrivedIn(sb, c));
});

scenario('the server refuses anyway (stale cache): its words reach the user, then the explanation', async (sb) => {
  const key = await newKey(sb, 'alice');
  sshd.register(key.fingerprint, 'alice');
  const c = await client(sb, { identity: key.path });
  assert.is((await push(sb, c)).exitCode, 0);
  sshd.forgetAll();
  await sb.git(c.repo, 'commit', '-q', '--allow-empty', '-m', 'second');
  const r = await push(sb, c);
  assert.is.not(r.exitCode, 0);
  const server = r.stderr.indexOf('You cannot push: add your SSH key');
  const ours = r.stderr.indexOf('[ssh.key-not-registered]');
  assert.ok(server >= 0 && ours > server, `~> server's words first, then ours:\n${r.stderr}`);
});

scenario('a fetch goes through the wrapper without starting node', async (sb) => {
  const key = await newKey(sb, 'alice');
  sshd.register(key.fingerprint, 'alice');
  const c = await client(sb, { identity: key.path });
  assert.is((await push(sb, c)).exitCode, 0);
  rmSync(sb.path('.local', 'share', 'hf-hooks', VERSION, 'hook.mjs'));
  // A ready marker would let the next push through without node: the check must run to miss it.
  rmSync(sb.path('.cache', 'hf-hooks'), { recursive: true, force: true });
  const fetch = await sb.run('git', ['fetch', 'origin'], { cwd: c.repo });
  assert.is(fetch.exitCode, 0, `~> node would have failed on the missing runtime: ${fetch.stderr}`);
  assert.ok(sshd.sessions().some(([, cmd]) => cmd.startsWith('git-upload-pack')));
  const again = await push(sb, c);
  assert.is(again.exitCode, 0, '~> a check that cannot run lets ssh connect');
  assert.match(again.stderr, 'is missing; connecting with your own ssh. Repair: npx hf-hooks install');
  await sb.git(c.repo, 'commit', '-q', '--allow-empty', '-m', 'more');
  await sb.git(c.repo, 'config', 'hf-hooks.strict', 'true');
  sshd.clearLog();
  const strict = await push(sb, c);
  assert.is.not(strict.exitCode, 0, '~> under hf-hooks.strict it stops');
  assert.match(strict.stderr, 'push blocked: the check cannot run');
  assert.not.ok(sshd.sawReceivePack());
});

scenario('the whole runtime gone (a cleaned ~/.local/share): fetch and push use the user\'s own ssh; strict stops the push', async (sb) => {
  const key = await newKey(sb, 'alice');
  sshd.register(key.fingerprint, 'alice');
  const c = await client(sb, { sshCommand: (config) => `ssh -F ${config} -i '${key.path}'` });
  assert.is((await push(sb, c)).exitCode, 0);
  rmSync(sb.path('.local', 'share', 'hf-hooks'), { recursive: true });
  const fetch = await sb.run('git', ['fetch', 'origin'], { cwd: c.repo });
  assert.is(fetch.exitCode, 0, `~> core.sshCommand falls back to the command it wrapped: ${fetch.stderr}`);
  assert.not.match(fetch.stderr, 'not found');
  await sb.git(c.repo, 'commit', '-q', '--allow-empty', '-m', 'more');
  const again = await push(sb, c);
  assert.is(again.exitCode, 0, again.stderr);
  assert.match(again.stderr, 'the check did not run');
  assert.ok(await arrivedIn(sb, c));
  await sb.git(c.repo, 'commit', '-q', '--allow-empty', '-m', 'strict');
  await sb.git(c.repo, 'config', 'hf-hooks.strict', 'true');
  sshd.clearLog();
  const strict = await push(sb, c);
  assert.is.not(strict.exitCode, 0, '~> under hf-hooks.strict it stops');
  assert.match(strict.stderr, 'npx hf-hooks install');
  // With the wrapper gone Git connects before pre-push runs; the hook stops it before the pack.
  assert.is.not(await arrivedIn(sb, c), await sb.git(c.repo, 'rev-parse', 'main'), '~> the pack was not sent');
});

scenario('HF_HOOKS=0 skips the SSH check too', async (sb) => {
  const c = await client(sb, { identity: sb.path('keys', 'none') });
  const r = await push(sb, c, { HF_HOOKS: '0' });
  assert.not.match(r.stderr, '[ssh.no-key]');
  assert.match(r.stderr, 'Permission denied', "~> ssh's own failure, unexplained as asked");
});

scenario('uninstall restores core.sshCommand and the config file byte for byte', async (sb) => {
  const key = await newKey(sb, 'alice');
  const c = await client(sb, { identity: key.path });
  await sb.cli(c.repo, ['uninstall']);
  const before = readFileSync(join(c.repo, '.git', 'config'));
  assert.is(await sb.git(c.repo, 'config', 'core.sshCommand'), `ssh -F ${c.config}`);
  assert.is((await sb.cli(c.repo, ['install'])).exitCode, 0);
  assert.is((await sb.cli(c.repo, ['install'])).exitCode, 0, '~> twice');
  assert.is((await sb.cli(c.repo, ['uninstall'])).exitCode, 0);
  assert.equal(readFileSync(join(c.repo, '.git', 'config')), before);
  assert.not.ok(existsSync(join(c.repo, '.git', 'hf-hooks.json')));
});

const REFS = (oid: string) => `refs/heads/main ${oid} refs/heads/main ${'0'.repeat(40)}\n`;

scenario('bad input: a key file that is a directory', async (sb) => {
  mkdirSync(sb.path('keys', 'id_ed25519'), { recursive: true });
  const c = await client(sb, { identity: sb.path('keys', 'id_ed25519') });
  const r = await push(sb, c);
  blocked(r, 'ssh.no-key');
  assert.match(r.stderr, '(is a directory, not a key file)');
});

scenario('bad input: IPv6 host, port out of range, odd user: clear findings, never a crash', async (sb) => {
  const key = await newKey(sb, 'alice');
  const c = await client(sb, { identity: key.path });
  const input = REFS(await sb.git(c.repo, 'rev-parse', 'main'));
  const v6 = await sb.cli(c.repo, ['pre-push', 'origin', `ssh://${sshd.user}@[::1]:${sshd.port}/spaces/me/x`], { input });
  assert.is(v6.exitCode, 1, v6.stderr);
  assert.match(v6.stderr, '::1 (port');
  assert.match(v6.stderr, '[ssh.host-unknown]');
  for (const [url, why] of [['ssh://root@127.0.0.1:70000/spaces/me/x', "port '70000'"], ['ssh://ro ot@127.0.0.1/spaces/me/x', 'SSH user name']]) {
    const r = await sb.cli(c.repo, ['pre-push', 'origin', url], { input });
    assert.is(r.exitCode, 0, r.stderr);
    assert.match(r.stderr, '[url.malformed]');
    assert.match(r.stderr, why);
  }
});

scenario('bad input: ssh missing from PATH: ssh.not-found', async (sb) => {
  const key = await newKey(sb, 'alice');
  const c = await client(sb, { identity: key.path });
  const bin = sb.path('bin-without-ssh');
  mkdirSync(bin);
  for (const tool of ['git', 'sh']) await execa('ln', ['-s', (await execa('sh', ['-c', `command -v ${tool}`])).stdout, join(bin, tool)]);
  const r = await sb.cli(c.repo, ['pre-push', 'origin', c.url], { input: REFS(await sb.git(c.repo, 'rev-parse', 'main')), env: { PATH: bin } });
  assert.is(r.exitCode, 1, r.stderr);
  assert.match(r.stderr, '[ssh.not-found]');
  assert.match(r.stderr, `Git would run "ssh -F ${c.config}"`);
});

/** An ssh-agent socket that accepts and never replies: a forwarded agent gone stale. */
async function stuckAgent(sb: Sandbox): Promise<{ path: string; close: () => void }> {
  const path = sb.path('stuck-agent.sock');
  const held: Socket[] = [];
  const server = createServer((socket) => void held.push(socket));
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return { path, close: () => { for (const s of held) s.destroy(); server.close(); } };
}

// issue 16: every wait has a deadline. The budget is hf-hooks.timeout (4 s); the margin is
// starting node, git and ssh. Without the bounds the push waits on the agent for ever.
const DEADLINE_MS = 4000 + 2500;

scenario('an SSH agent that accepts and never replies: the push is decided within the budget and lands (the key is in the ssh config)', async (sb) => {
  const key = await newKey(sb, 'alice');
  sshd.register(key.fingerprint, 'alice');
  const c = await client(sb, { identity: key.path });
  // The user's ssh does not use the agent; hf-hooks still asks it what it holds.
  writeFileSync(c.config, `${readFileSync(c.config, 'utf8')}  IdentityAgent none\n`);
  const agent = await stuckAgent(sb);
  try {
    await sb.git(c.repo, 'commit', '-q', '--allow-empty', '-m', 'stuck agent');
    const start = Date.now();
    const r = await push(sb, c, { SSH_AUTH_SOCK: agent.path });
    const ms = Date.now() - start;
    assert.is(r.exitCode, 0, r.stderr);
    assert.ok(ms < DEADLINE_MS, `~> decided in ${ms} ms`);
    assert.is(await arrivedIn(sb, c), await sb.git(c.repo, 'rev-parse', 'main'));
    console.log(`\n  deadlines: git push over SSH, agent never replies ${ms} ms`);
  } finally {
    agent.close();
  }
});

scenario('an SSH agent that accepts and never replies, used by ssh: doctor is decided within the budget', async (sb) => {
  const key = await newKey(sb, 'alice');
  sshd.register(key.fingerprint, 'alice');
  const c = await client(sb, { identity: key.path });
  const agent = await stuckAgent(sb);
  try {
    const start = Date.now();
    const r = await sb.cli(c.repo, ['doctor'], { env: { SSH_AUTH_SOCK: agent.path } });
    const ms = Date.now() - start;
    assert.ok(ms < DEADLINE_MS, `~> decided in ${ms} ms: ${r.stdout}${r.stderr}`);
    assert.not.ok(sshd.sawReceivePack(), '~> doctor pushes nothing');
    console.log(`\n  deadlines: doctor over SSH, agent never replies ${ms} ms`);
  } finally {
    agent.close();
  }
});

ssh.run();
