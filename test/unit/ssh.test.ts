import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PROVIDERS } from '../../hooks/providers/index.ts';
import { effectiveSsh, invocation, parseGitSshArgs, unwrap, isWrapperPath, wrapperValue, wrappedSsh } from '../../hooks/ssh/command.ts';
import { expandTokens, knownHostsEntry, parseSshG } from '../../hooks/ssh/config.ts';
import { type Agent, type KeyContext, type KeyState, fingerprintOf, judgeKeys, parseAgentList } from '../../hooks/ssh/keys.ts';
import { type ProbeContext, hostWillAsk, parseProbe, probeFinding } from '../../hooks/ssh/probe.ts';
import { askpassOf, gitCanAsk, sshCanAsk } from '../../hooks/prompts.ts';

const local = { home: '/home/me', user: 'me' };

const args = suite('ssh: what Git asked ssh for');
const requests: [string[], object | undefined][] = [
  [['git@hf.co', "git-receive-pack 'spaces/me/x'"], { host: 'hf.co', user: 'git', service: 'git-receive-pack', path: 'spaces/me/x' }],
  [['-p', '2222', 'git@hf.co', "git-upload-pack '/me/m'"], { host: 'hf.co', user: 'git', port: 2222, service: 'git-upload-pack', path: '/me/m' }],
  [['-o', 'SendEnv=GIT_PROTOCOL', '-p2222', '-4', 'git@hf.co', "git-receive-pack '/a'"], { host: 'hf.co', user: 'git', port: 2222, service: 'git-receive-pack', path: '/a' }],
  [['-l', 'bob', 'example.com', "git-receive-pack 'it'\\''s'"], { host: 'example.com', user: 'bob', service: 'git-receive-pack', path: "it's" }],
  [['git@[::1]', "git-receive-pack 'wow'\\!''"], { host: '::1', user: 'git', service: 'git-receive-pack', path: 'wow!' }],
  [['-G', 'git@hf.co'], undefined],
  [['git@hf.co'], { host: 'hf.co', user: 'git' }],
  [['git@hf.co', 'ls', '-la'], { host: 'hf.co', user: 'git' }],
  [[], undefined],
];
for (const [argv, expected] of requests) args(argv.join(' '), () => assert.equal(parseGitSshArgs(argv), expected));
args.run();

const command = suite('ssh: which ssh Git runs, and the wrapper around it');
const wrapper = '/home/me/.local/share/hf-hooks/9.9.9/ssh';
command('core.sshCommand value round-trips, quotes and all', () => {
  for (const previous of [undefined, 'ssh -i ~/.ssh/work', "ssh -i '/k/my key' -F \"x y\"", "a'b"]) {
    assert.equal(unwrap(wrapperValue(wrapper, previous), isWrapperPath), previous === undefined ? { wrapper } : { wrapper, previous });
  }
  assert.is(unwrap('ssh -i key', isWrapperPath), undefined);
  assert.is(unwrap("'/usr/bin/other'", isWrapperPath), undefined);
});
command('GIT_SSH_COMMAND > core.sshCommand (unwrapped) > GIT_SSH > ssh', () => {
  assert.equal(effectiveSsh({ GIT_SSH_COMMAND: 'a' }, 'b'), { shell: 'a' });
  assert.equal(effectiveSsh({}, 'b'), { shell: 'b' });
  assert.equal(effectiveSsh({}, wrapperValue(wrapper, 'ssh -F c')), { shell: 'ssh -F c' });
  assert.equal(effectiveSsh({ GIT_SSH: '/bin/plink' }, wrapperValue(wrapper)), { program: '/bin/plink' });
  assert.equal(effectiveSsh({}, undefined), { program: 'ssh' });
  assert.equal(wrappedSsh({ HF_HOOKS_SSH_COMMAND: 'ssh -F c' }), { shell: 'ssh -F c' });
});
command('a shell command runs through sh like Git does', () => {
  assert.equal(invocation({ shell: 'ssh -F c' }, ['-G', 'h']), ['sh', ['-c', 'ssh -F c "$@"', 'ssh -F c', '-G', 'h']]);
  assert.equal(invocation({ program: 'ssh' }, ['-G', 'h']), ['ssh', ['-G', 'h']]);
});
command.run();

const config = suite('ssh: ssh -G');
config('parses what the checks need, expanding what ssh expands', () => {
  const c = parseSshG([
    'user git', 'hostname hf.co', 'port 2222', 'identitiesonly yes', 'stricthostkeychecking true',
    'identityfile ~/.ssh/id_ed25519', 'identityfile /keys/%u-%r@%h:%p', 'userknownhostsfile /home/me/.ssh/known_hosts /home/me/.ssh/known_hosts2',
    'globalknownhostsfile /etc/ssh/ssh_known_hosts', 'identityagent none',
  ].join('\n'), local);
  assert.equal(c, {
    user: 'git', hostname: 'hf.co', port: 2222, identitiesOnly: true, strictHostKeyChecking: 'yes',
    identityFiles: ['/home/me/.ssh/id_ed25519', '/keys/me-git@hf.co:2222'],
    userKnownHostsFiles: ['/home/me/.ssh/known_hosts', '/home/me/.ssh/known_hosts2'], globalKnownHostsFiles: ['/etc/ssh/ssh_known_hosts'], batchMode: false,
  });
  assert.is(knownHostsEntry(c), '[hf.co]:2222');
  assert.is(knownHostsEntry({ ...c, port: 22 }), 'hf.co');
  assert.is(knownHostsEntry({ ...c, hostKeyAlias: 'hub' }), 'hub', '~> an alias is looked up as it is');
});
config('strict host key checking values', () => {
  for (const [v, want] of [['ask', 'ask'], ['false', 'no'], ['accept-new', 'accept-new'], ['true', 'yes']]) {
    assert.is(parseSshG(`stricthostkeychecking ${v}`, local).strictHostKeyChecking, want);
  }
});
config('unknown tokens stay as they are', () => assert.is(expandTokens('%C/%d', { user: 'git', hostname: 'h', port: 22 }, local), '%C//home/me'));
config.run();

const keys = suite('ssh: judging keys');
const ctx: KeyContext = {
  remoteName: 'origin', destination: 'git@hf.co', testCommand: 'ssh -T git@hf.co', provider: PROVIDERS.huggingface,
  identitiesOnly: false, suggestedKey: '/home/me/.ssh/id_ed25519', httpsUrl: 'https://huggingface.co/me/m', canAsk: false,
};
const NO_AGENT: Agent = { state: 'none', fingerprints: [] };
const EMPTY_AGENT: Agent = { state: 'empty', fingerprints: [] };
const agentWith = (...f: string[]): Agent => ({ state: 'keys', fingerprints: f });
const K = (k: KeyState) => k;
const table: [string, KeyState[], Agent, boolean, string[]][] = [
  ['one usable key', [K({ path: '/k/a', state: 'usable', fingerprint: 'SHA256:a' })], NO_AGENT, false, []],
  ['nothing anywhere', [K({ path: '/k/a', state: 'missing' })], NO_AGENT, false, ['ssh.no-key:error']],
  ['only an empty agent', [], EMPTY_AGENT, false, ['ssh.no-key:error']],
  ['an agent key is enough', [K({ path: '/k/a', state: 'missing' })], agentWith('SHA256:x'), false, []],
  ['IdentitiesOnly ignores other agent keys', [K({ path: '/k/a', state: 'missing' })], agentWith('SHA256:x'), true, ['ssh.no-key:error']],
  ['too open and alone', [K({ path: '/k/a', state: 'too-open', mode: 0o644 })], NO_AGENT, false, ['ssh.key-permissions:error']],
  ['too open beside a good one', [K({ path: '/k/a', state: 'too-open', mode: 0o644 }), K({ path: '/k/b', state: 'usable' })], NO_AGENT, false, ['ssh.key-permissions:warn']],
  ['locked, no agent', [K({ path: '/k/a', state: 'locked', fingerprint: 'SHA256:a' })], NO_AGENT, false, ['ssh.key-locked:error']],
  ['locked but in the agent', [K({ path: '/k/a', state: 'locked', fingerprint: 'SHA256:a' })], agentWith('SHA256:a'), true, []],
  ['a directory is not a key', [K({ path: '/k/a', state: 'not-a-file', what: 'directory' })], NO_AGENT, false, ['ssh.no-key:error']],
];
for (const [name, ks, agent, only, expected] of table) {
  keys(name, () => assert.equal(judgeKeys(ks, agent, { ...ctx, identitiesOnly: only }).map((f) => `${f.id}:${f.level}`), expected));
}
keys('a locked key where ssh can ask is a question, not a block', () => {
  const [f] = judgeKeys([K({ path: '/k/a', state: 'locked', fingerprint: 'SHA256:a' })], NO_AGENT, { ...ctx, canAsk: true });
  assert.is(`${f.id}:${f.level}`, 'ssh.key-locked:info');
  assert.equal(f.fix, [`ssh-add '/k/a'    # once, to stop being asked`]);
});
keys('no-key names what it looked at and the way out', () => {
  const [f] = judgeKeys([{ path: '/k/dir', state: 'not-a-file', what: 'directory' }], NO_AGENT, { ...ctx, email: 'me@x.org' });
  assert.match(f.message, '/k/dir (is a directory, not a key file)');
  assert.match(f.message, 'no ssh-agent is running');
  assert.ok(f.fix.includes(`ssh-keygen -t ed25519 -C "me@x.org" -f '/home/me/.ssh/id_ed25519'`));
  assert.ok(f.fix.some((l) => l.includes('git remote set-url origin https://huggingface.co/me/m')));
});
keys('agent list and fingerprints', () => {
  assert.equal(parseAgentList(0, '256 SHA256:abc/+1 me@x (ED25519)\n3072 SHA256:def me (RSA)\n'), { state: 'keys', fingerprints: ['SHA256:abc/+1', 'SHA256:def'] });
  assert.equal(parseAgentList(1, 'The agent has no identities.'), { state: 'empty', fingerprints: [] });
  assert.equal(parseAgentList(2, ''), { state: 'none', fingerprints: [] });
  // `ssh-keygen -l` of this public key prints SHA256:gejIB+XHL3mjiyULEEuIGrH4+/KXAt2bswSeXEu6pNg
  assert.is(fingerprintOf('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGHJNq9gVdKkTCkXOm/CzsVjWGrb1bR9qOlOsBBVpIwg me'), 'SHA256:gejIB+XHL3mjiyULEEuIGrH4+/KXAt2bswSeXEu6pNg');
  assert.is(fingerprintOf('garbage'), undefined);
});
keys.run();

const probe = suite('ssh: what the server said');
const greet: [string, keyof typeof PROVIDERS, { code?: number; output: string; timedOut?: boolean }, object][] = [
  ['HF user', 'huggingface', { output: 'Hi alice, welcome to Hugging Face.\n' }, { kind: 'ok', user: 'alice' }],
  ['HF anonymous', 'huggingface', { output: 'Hi anonymous, welcome to Hugging Face.\n' }, { kind: 'not-registered', said: 'Hi anonymous, welcome to Hugging Face' }],
  ['GitHub (exit 1)', 'github', { code: 1, output: "Hi octo! You've successfully authenticated, but GitHub does not provide shell access.\n" }, { kind: 'ok', user: 'octo' }],
  ['GitLab', 'gitlab', { output: 'Welcome to GitLab, @dev!\n' }, { kind: 'ok', user: 'dev' }],
  ['Bitbucket', 'bitbucket', { output: 'authenticated via ssh key.\n\nlogged in as bbuser.\n\nYou can use git to connect to Bitbucket. Shell access is disabled\n' }, { kind: 'ok', user: 'bbuser' }],
  ['denied', 'github', { code: 255, output: 'git@github.com: Permission denied (publickey).\n' }, { kind: 'not-registered', said: 'Permission denied (publickey)' }],
  ['unknown host', 'huggingface', { code: 255, output: 'Host key verification failed.\n' }, { kind: 'host-unknown' }],
  ['changed host', 'huggingface', { code: 255, output: '@@@ WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! @@@\nHost key verification failed.\n' }, { kind: 'host-changed' }],
  ['refused', 'huggingface', { code: 255, output: 'ssh: connect to host 127.0.0.1 port 9: Connection refused\n' }, { kind: 'unreachable', detail: 'Connection refused' }],
  ['DNS', 'huggingface', { code: 255, output: 'ssh: Could not resolve hostname hf.co: Name or service not known\n' }, { kind: 'unreachable', detail: 'Could not resolve hostname hf.co: Name or service not known' }],
  ['hung', 'huggingface', { output: '', timedOut: true }, { kind: 'unreachable', detail: 'no answer within 4000 ms' }],
  ['something else', 'huggingface', { code: 1, output: 'welcome to the machine\n' }, { kind: 'unreachable', detail: 'an answer hf-hooks does not recognise (exit 1): welcome to the machine' }],
];
for (const [name, provider, r, expected] of greet) {
  probe(name, () => assert.equal(parseProbe({ code: r.code ?? 0, output: r.output, timedOut: r.timedOut ?? false }, PROVIDERS[provider], 4000), expected));
}
const probeCtx: ProbeContext = {
  destination: 'git@hf.co', testCommand: 'ssh -T git@hf.co', provider: PROVIDERS.huggingface, publicKeys: ['/k/a.pub'],
  knownHostsFile: '/home/me/.ssh/known_hosts', host: 'hf.co', port: 22,
};
probe('anonymous, with a locked key the probe could not try: not proof where ssh can ask; where nothing can ask, the locked key is the reason, never "not registered"', () => {
  const said = { kind: 'not-registered' as const, said: 'Hi anonymous, welcome to Hugging Face' };
  assert.is(probeFinding(said, { ...probeCtx, lockedKeys: ['/k/b'], canAsk: true }).id, 'ssh.key-unconfirmed');
  assert.is(probeFinding(said, { ...probeCtx, lockedKeys: ['/k/b'], canAsk: true }).level, 'warn');
  const alone = probeFinding(said, { ...probeCtx, lockedKeys: ['/k/b'], canAsk: false });
  assert.is(`${alone.id}:${alone.level}`, 'ssh.key-locked:error');
  assert.match(alone.message, '/k/b needs a passphrase, and nothing can ask for it here');
  assert.equal(alone.fix.slice(0, 2), ["ssh-add '/k/b'    # asks for the passphrase once", 'ssh -T git@hf.co    # should then greet you by name']);
});
probe('a new official host: the note gives the fingerprints the provider publishes', () => {
  const f = hostWillAsk({ provider: PROVIDERS.huggingface, host: 'hf.co', port: 22 });
  assert.is(`${f.id}:${f.level}`, 'ssh.host-unknown:info');
  assert.match(f.message, 'SHA256:dVjzGIdV7d6cwKIeZiCoRMa2gMvSKfGZAvHf4gMiMao (ED25519)');
  assert.match(hostWillAsk({ provider: PROVIDERS.huggingface, host: '127.0.0.1', port: 2222 }).message, 'https://huggingface.co/docs/hub/security-git-ssh');
});
probe.run();

// OpenSSH readpass.c and Git prompt.c: who could answer a prompt.
const ask = suite('prompts: who can ask');
const SSH_ROWS: [string, NodeJS.ProcessEnv, boolean, boolean, boolean][] = [
  ['a terminal', {}, true, false, true],
  ['a terminal, but BatchMode yes', {}, true, true, false],
  ['no terminal, nothing else', {}, false, false, false],
  ['askpass with DISPLAY', { SSH_ASKPASS: '/usr/bin/ssh-askpass', DISPLAY: ':0' }, false, false, true],
  ['askpass with WAYLAND_DISPLAY', { SSH_ASKPASS: '/usr/bin/ssh-askpass', WAYLAND_DISPLAY: 'wayland-0' }, false, false, true],
  ['askpass forced, no display', { SSH_ASKPASS: '/a', SSH_ASKPASS_REQUIRE: 'force' }, false, false, true],
  ['askpass without a display or force', { SSH_ASKPASS: '/a' }, false, false, false],
  ['askpass forbidden', { SSH_ASKPASS: '/a', DISPLAY: ':0', SSH_ASKPASS_REQUIRE: 'never' }, false, false, false],
  ['a display but no askpass named', { DISPLAY: ':0' }, false, false, false],
];
for (const [name, env, terminal, batch, want] of SSH_ROWS) ask(`ssh: ${name}`, () => assert.is(sshCanAsk(env, terminal, batch), want));
const GIT_ROWS: [string, NodeJS.ProcessEnv, boolean, string | undefined, boolean][] = [
  ['a terminal', {}, true, undefined, true],
  ['a terminal, GIT_TERMINAL_PROMPT=0', { GIT_TERMINAL_PROMPT: '0' }, true, undefined, false],
  ['a terminal, GIT_TERMINAL_PROMPT empty', { GIT_TERMINAL_PROMPT: '' }, true, undefined, false],
  ['an editor askpass, no terminal', { GIT_ASKPASS: '/editor/askpass.sh' }, false, undefined, true],
  ['core.askPass', {}, false, '/usr/lib/ssh/x11-ssh-askpass', true],
  ['SSH_ASKPASS is Git\'s last askpass', { SSH_ASKPASS: '/a' }, false, undefined, true],
  ['GIT_ASKPASS empty ends the search', { GIT_ASKPASS: '', SSH_ASKPASS: '/a' }, false, undefined, false],
  ['askpass even with terminal prompts off', { GIT_ASKPASS: '/a', GIT_TERMINAL_PROMPT: '0' }, false, undefined, true],
  ['CI: nothing', { CI: 'true' }, false, undefined, false],
];
for (const [name, env, terminal, core, want] of GIT_ROWS) ask(`git: ${name}`, () => assert.is(gitCanAsk(env, terminal, core), want));
const ASKPASS_ROWS: [string, NodeJS.ProcessEnv, string | undefined, string | undefined][] = [
  ['GIT_ASKPASS first', { GIT_ASKPASS: '/editor', SSH_ASKPASS: '/ssh' }, '/core', '/editor'],
  ['then core.askPass', { SSH_ASKPASS: '/ssh' }, '/core', '/core'],
  ['then SSH_ASKPASS', { SSH_ASKPASS: '/ssh' }, undefined, '/ssh'],
  ['an empty GIT_ASKPASS means none', { GIT_ASKPASS: '', SSH_ASKPASS: '/ssh' }, '/core', undefined],
  ['none', {}, undefined, undefined],
];
for (const [name, env, core, want] of ASKPASS_ROWS) ask(`askpass: ${name}`, () => assert.is(askpassOf(env, core), want));
ask.run();
