// install / uninstall / status against real repositories, and real pushes through the shim.
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { RECORDING_HOOK, writeHook } from '../helpers/hooks.ts';
import { REF_LINE, type Sandbox, sandboxed } from '../helpers/sandbox.ts';
import { tree } from '../helpers/tree.ts';
import { VERSION } from '../helpers/version.ts';

const ZERO = '0'.repeat(40);
const hooksOf = (repo: string) => join(repo, '.git', 'hooks');
const runtimeIn = (sb: Sandbox) => sb.path('.local', 'share', 'hf-hooks');

async function installOk(sb: Sandbox, cwd: string): Promise<string> {
  const r = await sb.cli(cwd, ['install']);
  assert.is(r.exitCode, 0, `~> install failed: ${r.stderr}`);
  return r.stdout;
}

/** A repo with an origin remote (a local bare repo) and the recording hook as its pre-push. */
async function repoWithRecordingHook(sb: Sandbox): Promise<{ repo: string; remote: string }> {
  const repo = await sb.repo();
  const remote = await sb.bare();
  await sb.git(repo, 'remote', 'add', 'origin', remote);
  writeHook(join(hooksOf(repo), 'pre-push'));
  return { repo, remote };
}

const install = suite('e2e: install into the hooks dir Git uses');

install('plain repo: shim in .git/hooks, runtime in XDG_DATA_HOME, a push goes through', sandboxed(async (sb) => {
  const repo = await sb.repo();
  const remote = await sb.bare();
  const out = await installOk(sb, repo);
  const shim = join(hooksOf(repo), 'pre-push');
  assert.is(statSync(shim).mode & 0o777, 0o755);
  assert.match(readFileSync(shim, 'utf8'), '# hf-hooks pre-push shim');
  assert.ok(existsSync(join(runtimeIn(sb), VERSION, 'hook.mjs')), '~> runtime copied to a stable place');
  assert.match(out, 'undo: npx hf-hooks uninstall');
  await sb.git(repo, 'remote', 'add', 'origin', remote);
  const push = await sb.run('git', ['push', 'origin', 'main'], { cwd: repo });
  assert.is(push.exitCode, 0, push.stderr);
  assert.is(await sb.git(remote, 'rev-parse', 'main'), await sb.git(repo, 'rev-parse', 'main'), '~> the commit arrived');
}));

install('from a subdirectory, a worktree and with $GIT_DIR, it finds the same hooks dir', sandboxed(async (sb) => {
  const repo = await sb.repo();
  mkdirSync(join(repo, 'src', 'deep'), { recursive: true });
  await installOk(sb, join(repo, 'src', 'deep'));
  assert.ok(existsSync(join(hooksOf(repo), 'pre-push')));
  rmSync(join(hooksOf(repo), 'pre-push'));
  await sb.git(repo, 'worktree', 'add', '-q', sb.path('wt'));
  await installOk(sb, sb.path('wt'));
  assert.ok(existsSync(join(hooksOf(repo), 'pre-push')), '~> a worktree shares the main hooks dir');
  rmSync(join(hooksOf(repo), 'pre-push'));
  mkdirSync(sb.path('elsewhere'));
  const r = await sb.cli(sb.path('elsewhere'), ['install'], { env: { GIT_DIR: join(repo, '.git') } });
  assert.is(r.exitCode, 0, r.stderr);
  assert.ok(existsSync(join(hooksOf(repo), 'pre-push')), '~> $GIT_DIR is honoured');
}));

install('bare repo: hooks/ of the bare repo, and a push from it runs the check', sandboxed(async (sb) => {
  const source = await sb.repo();
  const bare = sb.path('mirror.git');
  await sb.git(sb.dir, 'clone', '-q', '--bare', source, bare);
  const target = await sb.bare('target.git');
  writeHook(join(bare, 'hooks', 'pre-push'));
  await installOk(sb, bare);
  assert.ok(existsSync(join(bare, 'hooks', 'pre-push.hf-hooks-chained')));
  const push = await sb.run('git', ['push', target, 'main'], { cwd: bare, env: { HOOK_LOG: sb.path('log') } });
  assert.is(push.exitCode, 0, push.stderr);
  assert.ok(existsSync(sb.path('log.args')), '~> the chained hook ran behind the check');
}));

install('submodule: the hooks dir under .git/modules', sandboxed(async (sb) => {
  const sub = await sb.repo('sub-origin');
  const repo = await sb.repo();
  await sb.git(repo, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub, 'sub');
  await installOk(sb, join(repo, 'sub'));
  assert.ok(existsSync(join(repo, '.git', 'modules', 'sub', 'hooks', 'pre-push')));
  assert.not.ok(existsSync(join(hooksOf(repo), 'pre-push')), '~> the superproject is untouched');
}));

install('core.hooksPath in the repo config: installs there', sandboxed(async (sb) => {
  const repo = await sb.repo();
  await sb.git(repo, 'config', 'core.hooksPath', '.githooks');
  await installOk(sb, repo);
  assert.ok(existsSync(join(repo, '.githooks', 'pre-push')));
  assert.not.ok(existsSync(join(hooksOf(repo), 'pre-push')));
}));

install('twice changes nothing', sandboxed(async (sb) => {
  const { repo } = await repoWithRecordingHook(sb);
  await installOk(sb, repo);
  const before = { hooks: tree(hooksOf(repo)), runtime: tree(runtimeIn(sb)) };
  const again = await installOk(sb, repo);
  assert.match(again, 'already installed');
  assert.equal({ hooks: tree(hooksOf(repo)), runtime: tree(runtimeIn(sb)) }, before);
}));

install('--dry-run says what it would do and changes nothing', sandboxed(async (sb) => {
  const { repo } = await repoWithRecordingHook(sb);
  const before = tree(sb.dir);
  const r = await sb.cli(repo, ['install', '--dry-run']);
  assert.is(r.exitCode, 0);
  assert.match(r.stdout, /move .*pre-push to .*pre-push\.hf-hooks-chained/);
  assert.equal(tree(sb.dir), before);
}));
install.run();

const chain = suite('e2e: chain, never clobber');

chain('the previous hook runs after the check with the same arguments and stdin bytes', sandboxed(async (sb) => {
  const { repo, remote } = await repoWithRecordingHook(sb);
  await installOk(sb, repo);
  const log = sb.path('log');
  const push = await sb.run('git', ['push', 'origin', 'main'], { cwd: repo, env: { HOOK_LOG: log } });
  assert.is(push.exitCode, 0, push.stderr);
  assert.is(readFileSync(`${log}.args`, 'utf8'), `origin\n${remote}\n`);
  const oid = await sb.git(repo, 'rev-parse', 'main');
  assert.is(readFileSync(`${log}.stdin`, 'utf8'), `refs/heads/main ${oid} refs/heads/main ${ZERO}\n`);
}));

chain('several ref lines without a final newline reach the chained hook byte for byte', sandboxed(async (sb) => {
  const { repo } = await repoWithRecordingHook(sb);
  await installOk(sb, repo);
  const input = `refs/heads/a ${'a'.repeat(40)} refs/heads/a ${ZERO}\n(delete) ${ZERO} refs/heads/old ${'b'.repeat(40)}`;
  const log = sb.path('log');
  const r = await sb.run(join(hooksOf(repo), 'pre-push'), ['origin', sb.path('elsewhere.git')], { cwd: repo, input, env: { HOOK_LOG: log } });
  assert.is(r.exitCode, 0, r.stderr);
  assert.is(readFileSync(`${log}.stdin`, 'utf8'), input);
}));

chain("the chained hook's exit code wins when the check passes", sandboxed(async (sb) => {
  const { repo, remote } = await repoWithRecordingHook(sb);
  await installOk(sb, repo);
  const push = await sb.run('git', ['push', 'origin', 'main'], { cwd: repo, env: { HOOK_LOG: sb.path('log'), HOOK_EXIT: '7' } });
  assert.is.not(push.exitCode, 0);
  assert.match(push.stderr, "failed to push some refs");
  assert.is((await sb.run('git', ['rev-parse', '--verify', '-q', 'main'], { cwd: remote })).exitCode, 1, '~> nothing arrived');
}));

chain('HF_HOOKS=0 skips the check but still runs the chained hook', sandboxed(async (sb) => {
  const { repo } = await repoWithRecordingHook(sb);
  await installOk(sb, repo);
  rmSync(runtimeIn(sb), { recursive: true });
  // A check that cannot run lets Git try, and says so: never a silent pass, never a false block.
  const unchecked = await sb.run('git', ['push', 'origin', 'main'], { cwd: repo, env: { HOOK_LOG: sb.path('a') } });
  assert.is(unchecked.exitCode, 0, unchecked.stderr);
  assert.match(unchecked.stderr, /hf-hooks: warning: the check did not run: its runtime \/.*hook\.mjs is missing; letting Git push\. Repair: npx hf-hooks install/);
  assert.ok(existsSync(sb.path('a.args')), '~> the chained hook ran');
  await sb.git(repo, 'config', 'hf-hooks.strict', 'true');
  const strict = await sb.run('git', ['push', 'origin', 'main'], { cwd: repo, env: { HOOK_LOG: sb.path('s') } });
  assert.is.not(strict.exitCode, 0, '~> under hf-hooks.strict it stops');
  assert.match(strict.stderr, 'push blocked: the check cannot run');
  assert.match(strict.stderr, 'HF_HOOKS=0 git push');
  assert.not.ok(existsSync(sb.path('s.args')));
  const skipped = await sb.run('git', ['push', 'origin', 'main'], { cwd: repo, env: { HF_HOOKS: '0', HOOK_LOG: sb.path('b') } });
  assert.is(skipped.exitCode, 0, skipped.stderr);
  assert.ok(existsSync(sb.path('b.args')), '~> the chained hook still ran');
}));

chain('a block stops the push before the chained hook runs', sandboxed(async (sb) => {
  const { repo } = await repoWithRecordingHook(sb);
  await installOk(sb, repo);
  const r = await sb.run(join(hooksOf(repo), 'pre-push'), ['origin', 'git://huggingface.co/me/m'], { cwd: repo, input: REF_LINE('a'.repeat(40)), env: { HOOK_LOG: sb.path('log') } });
  assert.is(r.exitCode, 1);
  assert.match(r.stderr, '[url.read-only-protocol]');
  assert.match(r.stderr, 'git push --no-verify');
  assert.not.ok(existsSync(sb.path('log.args')));
}));
chain.run();

const node = suite('e2e: the shim finds node, or says why not');

/** A PATH with git and the tools a shim needs but no node, like a GUI client's. */
function minimalPath(sb: Sandbox): string {
  const bin = sb.path('minbin');
  mkdirSync(bin);
  for (const tool of ['sh', 'mktemp', 'cat', 'rm', 'dirname', 'printf', 'git']) {
    for (const dir of ['/usr/bin', '/bin']) {
      if (existsSync(join(dir, tool))) {
        symlinkSync(join(dir, tool), join(bin, tool));
        break;
      }
    }
  }
  return bin;
}

node('with no node on PATH it uses the node recorded at install time', sandboxed(async (sb) => {
  const repo = await sb.repo();
  await installOk(sb, repo);
  const r = await sb.run(join(hooksOf(repo), 'pre-push'), ['origin', 'https://me:hf_abcdefghijklmnopqrstuvwxyzABCDEFGH@huggingface.co/me/m'], { cwd: repo, input: REF_LINE('a'.repeat(40)), env: { PATH: minimalPath(sb) } });
  assert.is(r.exitCode, 0, r.stderr);
  assert.match(r.stderr, '[url.embedded-credential]', '~> the check really ran');
}));

node('node gone from the recorded path and from PATH: one clear line, and the push goes on (strict: stopped)', sandboxed(async (sb) => {
  const repo = await sb.repo();
  await installOk(sb, repo);
  const shim = join(hooksOf(repo), 'pre-push');
  writeFileSync(shim, readFileSync(shim, 'utf8').replaceAll(process.execPath, '/nonexistent/node'));
  const env = { PATH: minimalPath(sb) };
  const run = () => sb.run(shim, ['origin', 'https://huggingface.co/me/m'], { cwd: repo, input: REF_LINE('a'.repeat(40)), env });
  const r = await run();
  assert.is(r.exitCode, 0, r.stderr);
  assert.match(r.stderr, 'hf-hooks: warning: the check did not run: cannot find node (not at /nonexistent/node, not on PATH); letting Git push. Repair: npx hf-hooks install');
  await sb.git(repo, 'config', 'hf-hooks.strict', 'true');
  const strict = await run();
  assert.is(strict.exitCode, 1);
  assert.match(strict.stderr, 'HF_HOOKS=0 git push');
}));
node.run();

const calledLikeGit = suite('e2e: the shim called exactly as Git calls it');
const TOKEN = 'hf_abcdefghijklmnopqrstuvwxyzABCDEFGH';

calledLikeGit('a token in the URL: warns url.embedded-credential, allows, never prints the token', sandboxed(async (sb) => {
  const repo = await sb.repo();
  await installOk(sb, repo);
  const url = `https://user:${TOKEN}@huggingface.co/spaces/me/demo`;
  const r = await sb.run(join(hooksOf(repo), 'pre-push'), ['origin', url], { cwd: repo, input: REF_LINE(await sb.git(repo, 'rev-parse', 'main')) });
  assert.is(r.exitCode, 0);
  assert.match(r.stderr, '[url.embedded-credential]');
  assert.match(r.stderr, 'git remote set-url origin https://huggingface.co/spaces/me/demo');
  assert.not.match(r.stdout + r.stderr, TOKEN);
  assert.not.match(r.stdout + r.stderr, 'abcdefghijklmnop');
}));

calledLikeGit('a URL with a newline or 5 KB of junk: url.malformed, allowed; strict blocks', sandboxed(async (sb) => {
  const repo = await sb.repo();
  await installOk(sb, repo);
  const shim = join(hooksOf(repo), 'pre-push');
  for (const url of ['https://huggingface.co/me/m\nrm -rf /', `https://huggingface.co/${'x'.repeat(5000)}`, 'https://huggingface.co/me/my model']) {
    const r = await sb.run(shim, ['origin', url], { cwd: repo, input: REF_LINE('a'.repeat(40)) });
    assert.is(r.exitCode, 0, r.stderr);
    assert.match(r.stderr, '[url.malformed]');
    assert.ok(r.stderr.length < 3000, '~> the junk is not echoed back whole');
  }
  await sb.git(repo, 'config', 'hf-hooks.strict', 'true');
  const strict = await sb.run(shim, ['origin', 'https://huggingface.co/me/m\nx'], { cwd: repo, input: REF_LINE('a'.repeat(40)) });
  assert.is(strict.exitCode, 1);
}));

calledLikeGit('garbage or binary on stdin: a clear error, exit 2', sandboxed(async (sb) => {
  const repo = await sb.repo();
  await installOk(sb, repo);
  const shim = join(hooksOf(repo), 'pre-push');
  const text = await sb.run(shim, ['origin', 'https://huggingface.co/me/m'], { cwd: repo, input: 'hello\n' });
  assert.is(text.exitCode, 2);
  assert.match(text.stderr, "line 1 of standard input is not '<local ref> <local oid> <remote ref> <remote oid>'");
  const binary = await sb.run(shim, ['origin', 'https://huggingface.co/me/m'], { cwd: repo, input: Buffer.from([0, 255, 1, 2, 10]) });
  assert.is(binary.exitCode, 2);
  assert.match(binary.stderr, 'binary');
}));

calledLikeGit('hf-hooks pre-push with wrong arguments: usage, exit 2', sandboxed(async (sb) => {
  const repo = await sb.repo();
  for (const args of [['pre-push'], ['pre-push', 'origin'], ['pre-push', 'a', 'b', 'c'], ['pre-push', '--help']]) {
    const r = await sb.cli(repo, args, { input: '' });
    assert.is(r.exitCode, 2, `~> ${args.join(' ')}`);
    assert.match(r.stderr, 'usage: hf-hooks pre-push REMOTE URL');
  }
  // Git's two arguments are data: a local path may begin with '-'.
  const dashed = await sb.cli(repo, ['pre-push', '-dashed', '-repo.git'], { input: '' });
  assert.is(dashed.exitCode, 0, dashed.stderr);
}));

calledLikeGit('hf-hooks.enabled false: no check, no output', sandboxed(async (sb) => {
  const repo = await sb.repo();
  await sb.git(repo, 'config', 'hf-hooks.enabled', 'false');
  const r = await sb.cli(repo, ['pre-push', 'origin', 'git://huggingface.co/me/m'], { input: REF_LINE('a'.repeat(40)) });
  assert.is(r.exitCode, 0);
  assert.is(r.stderr, '');
}));
calledLikeGit.run();

const uninstall = suite('e2e: uninstall restores exactly');

uninstall('the previous hook comes back byte for byte and mode for mode', sandboxed(async (sb) => {
  const repo = await sb.repo();
  const odd = '#!/bin/sh\r\n# odd: CRLF, no final newline, not 755\r\nexit 0';
  writeHook(join(hooksOf(repo), 'pre-push'), odd, 0o750);
  const before = tree(hooksOf(repo));
  await installOk(sb, repo);
  assert.not.equal(tree(hooksOf(repo)), before);
  const r = await sb.cli(repo, ['uninstall']);
  assert.is(r.exitCode, 0, r.stderr);
  assert.match(r.stdout, 'put the previous pre-push back');
  assert.equal(tree(hooksOf(repo)), before);
}));

uninstall('with no previous hook it removes only the shim; a second uninstall is a no-op', sandboxed(async (sb) => {
  const repo = await sb.repo();
  const before = tree(hooksOf(repo));
  await installOk(sb, repo);
  assert.is((await sb.cli(repo, ['uninstall'])).exitCode, 0);
  assert.equal(tree(hooksOf(repo)), before);
  const again = await sb.cli(repo, ['uninstall']);
  assert.is(again.exitCode, 0);
  assert.match(again.stdout, 'not installed');
}));

uninstall('a hook that replaced the shim is left alone', sandboxed(async (sb) => {
  const { repo } = await repoWithRecordingHook(sb);
  await installOk(sb, repo);
  writeHook(join(hooksOf(repo), 'pre-push'), '#!/bin/sh\ngit lfs pre-push "$@"\n');
  const before = tree(hooksOf(repo));
  const r = await sb.cli(repo, ['uninstall']);
  assert.is(r.exitCode, 1);
  assert.match(r.stderr, 'no longer hf-hooks');
  assert.equal(tree(hooksOf(repo)), before);
}));
uninstall.run();

const bad = suite('e2e: bad input gets a clear error and changes nothing');

bad('not inside a git repo', sandboxed(async (sb) => {
  mkdirSync(sb.path('plain'));
  for (const cmd of ['install', 'uninstall', 'status']) {
    const r = await sb.cli(sb.path('plain'), [cmd]);
    assert.is(r.exitCode, 1, cmd);
    assert.match(r.stderr, `hf-hooks ${cmd}: not inside a Git repository`);
  }
  assert.not.ok(existsSync(runtimeIn(sb)));
}));

bad('the hooks dir is a file', sandboxed(async (sb) => {
  const repo = await sb.repo();
  rmSync(hooksOf(repo), { recursive: true });
  writeFileSync(hooksOf(repo), 'not a dir');
  const before = tree(sb.dir);
  const r = await sb.cli(repo, ['install']);
  assert.is(r.exitCode, 1);
  assert.match(r.stderr, /hooks dir .* is not a directory/);
  assert.match(r.stderr, 'Nothing was changed.');
  assert.equal(tree(sb.dir), before);
}));

bad('an existing pre-push that is a symlink, or not executable', sandboxed(async (sb) => {
  const repo = await sb.repo();
  const hook = join(hooksOf(repo), 'pre-push');
  writeHook(sb.path('shared-hook'));
  symlinkSync(sb.path('shared-hook'), hook);
  let before = tree(sb.dir);
  let r = await sb.cli(repo, ['install']);
  assert.is(r.exitCode, 1);
  assert.match(r.stderr, 'is a symbolic link');
  assert.equal(tree(sb.dir), before);
  rmSync(hook);
  writeHook(hook, RECORDING_HOOK, 0o644);
  before = tree(sb.dir);
  r = await sb.cli(repo, ['install']);
  assert.is(r.exitCode, 1);
  assert.match(r.stderr, 'is not executable, so Git does not run it today');
  assert.match(r.stderr, `chmod +x '${hook}'`);
  assert.equal(tree(sb.dir), before);
}));

bad('a read-only hooks dir', sandboxed(async (sb) => {
  const repo = await sb.repo();
  const before = tree(sb.dir);
  let r;
  if (process.getuid?.() === 0) {
    // root writes anywhere, so be an ordinary user the way a teammate would be.
    chmodSync(sb.dir, 0o755);
    await sb.git(sb.dir, 'config', '--global', '--add', 'safe.directory', '*');
    const snapshot = tree(sb.dir);
    r = await sb.run('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, join(import.meta.dirname, '..', '..', 'dist', 'cli.mjs'), 'install'], { cwd: repo });
    assert.equal(tree(sb.dir), snapshot);
  } else {
    chmodSync(hooksOf(repo), 0o555);
    r = await sb.cli(repo, ['install']);
    chmodSync(hooksOf(repo), 0o755);
    assert.equal(tree(sb.dir), before);
  }
  assert.is(r.exitCode, 1, r.stderr);
  assert.match(r.stderr, /hooks is not writable by you/);
  assert.match(r.stderr, 'Nothing was changed.');
}));

bad('unknown command or flag: usage, exit 2', sandboxed(async (sb) => {
  const repo = await sb.repo();
  for (const args of [['frobnicate'], [], ['install', '--force'], ['status', 'extra'], ['uninstall', '--dry-run']]) {
    const r = await sb.cli(repo, args);
    assert.is(r.exitCode, 2, `~> ${args.join(' ')}`);
    assert.match(r.stderr, 'usage: hf-hooks <command>');
  }
  assert.not.ok(existsSync(join(hooksOf(repo), 'pre-push')));
}));

bad('the CLI: every command in the usage text, credential routed, a system refusal is one line', sandboxed(async (sb) => {
  const help = await sb.cli(sb.dir, ['--help']);
  for (const name of ['install', 'uninstall', 'status', 'init-template', 'doctor', 'pre-push', 'ssh', 'credential']) assert.match(help.stdout, `\n  ${name} `);
  const get = await sb.cli(sb.dir, ['credential', 'get'], { input: 'protocol=https\nhost=example.com\n\n' });
  assert.is(get.exitCode, 0, `~> a helper, as DESIGN.md lists it: ${get.stderr}`);
  assert.is(get.stdout, '', '~> a host of no provider: says nothing, Git carries on');
  const store = await sb.cli(sb.dir, ['credential', 'store'], { input: 'protocol=https\nhost=huggingface.co\npassword=x\n\n' });
  assert.is(store.exitCode, 0);
  const r = await sb.cli(sb.dir, ['init-template', '/proc/hf-hooks-nope']);
  assert.is(r.exitCode, 1);
  assert.is(r.stderr, 'hf-hooks init-template: could not mkdir /proc/hf-hooks-nope: no such file or directory', '~> one line, no stack');
}));
bad.run();

const status = suite('e2e: status');

status('says where the check is, what it chains and which runtime it calls', sandboxed(async (sb) => {
  const { repo } = await repoWithRecordingHook(sb);
  await installOk(sb, repo);
  const r = await sb.cli(repo, ['status']);
  assert.is(r.exitCode, 0);
  assert.match(r.stdout, `hooks dir Git uses: ${hooksOf(repo)}`);
  assert.match(r.stdout, 'hf-hooks shim');
  assert.match(r.stdout, 'chained after the check');
  assert.match(r.stdout, /runtime: .*hook\.mjs/);
  assert.not.match(r.stdout, '[hooks.');
}));

status('a global core.hooksPath set after install: hooks.shadowed', sandboxed(async (sb) => {
  const repo = await sb.repo();
  await installOk(sb, repo);
  await sb.git(repo, 'config', '--global', 'core.hooksPath', sb.path('global-hooks'));
  const r = await sb.cli(repo, ['status']);
  assert.match(r.stdout, '[hooks.shadowed]');
  assert.match(r.stdout, 'set in global config');
  assert.match(r.stdout, 'git config --global --unset core.hooksPath');
}));

status('a runtime that went missing is an error', sandboxed(async (sb) => {
  const repo = await sb.repo();
  await installOk(sb, repo);
  rmSync(runtimeIn(sb), { recursive: true });
  const r = await sb.cli(repo, ['status']);
  assert.match(r.stdout, '[hooks.runtime-missing]');
}));

status('the SSH wiring, and GIT_SSH_COMMAND bypassing it: ssh.bypassed', sandboxed(async (sb) => {
  const repo = await sb.repo();
  await sb.git(repo, 'config', 'core.sshCommand', 'ssh -i ~/.ssh/work');
  await installOk(sb, repo);
  const plain = await sb.cli(repo, ['status']);
  assert.match(plain.stdout, /ssh: core\.sshCommand runs the hf-hooks SSH check \(.*\/hf-hooks\/0\.1\.0\/ssh\), then "ssh -i ~\/\.ssh\/work"/);
  assert.not.match(plain.stdout, '[ssh.bypassed]');
  const bypassed = await sb.cli(repo, ['status'], { env: { GIT_SSH_COMMAND: 'ssh -i ~/.ssh/other' } });
  assert.match(bypassed.stdout, '[ssh.bypassed]');
  assert.match(bypassed.stdout, "git config core.sshCommand 'ssh -i ~/.ssh/other' && unset GIT_SSH_COMMAND");
  const install = await sb.cli(repo, ['install'], { env: { GIT_SSH_COMMAND: 'ssh' } });
  assert.match(install.stdout, 'GIT_SSH_COMMAND is set in your environment');
}));

status('a hook still on an older runtime: hooks.runtime-outdated; install again repoints it', sandboxed(async (sb) => {
  const repo = await sb.repo();
  await installOk(sb, repo);
  const shim = join(hooksOf(repo), 'pre-push');
  const old = join(runtimeIn(sb), '0.0.9', 'hook.mjs');
  mkdirSync(join(runtimeIn(sb), '0.0.9'));
  writeFileSync(old, readFileSync(join(runtimeIn(sb), VERSION, 'hook.mjs')));
  writeFileSync(shim, readFileSync(shim, 'utf8').replaceAll(`/${VERSION}/hook.mjs`, '/0.0.9/hook.mjs'));
  const r = await sb.cli(repo, ['status']);
  assert.match(r.stdout, '[hooks.runtime-outdated]');
  assert.match(r.stdout, `runs hf-hooks 0.0.9's runtime; the installed package is ${VERSION}`);
  await installOk(sb, repo);
  assert.match(readFileSync(shim, 'utf8'), `/${VERSION}/hook.mjs`);
  assert.not.match((await sb.cli(repo, ['status'])).stdout, 'runtime-outdated');
}));

status('nothing installed', sandboxed(async (sb) => {
  const repo = await sb.repo();
  const r = await sb.cli(repo, ['status']);
  assert.match(r.stdout, '[hooks.not-installed]');
}));
status.run();
