// git-lfs's own pre-push hook, chained behind the check: LFS objects still arrive.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Sandbox, sandboxed } from '../helpers/sandbox.ts';
import { tree } from '../helpers/tree.ts';

const lfs = suite('e2e: git-lfs pre-push hook chained');

async function lfsRepo(sb: Sandbox): Promise<{ repo: string; remote: string; oid: string }> {
  const repo = await sb.repo();
  const remote = await sb.bare();
  await sb.git(repo, 'lfs', 'install', '--local');
  await sb.git(repo, 'lfs', 'track', '*.bin');
  const blob = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256));
  writeFileSync(join(repo, 'weights.bin'), blob);
  await sb.git(repo, 'add', '.gitattributes', 'weights.bin');
  await sb.git(repo, 'commit', '-q', '-m', 'weights');
  await sb.git(repo, 'remote', 'add', 'origin', remote);
  const pointer = await sb.git(repo, 'show', 'HEAD:weights.bin');
  return { repo, remote, oid: /oid sha256:([0-9a-f]{64})/.exec(pointer)![1] };
}

lfs('install chains `git lfs pre-push`, and a real push uploads the LFS object', sandboxed(async (sb) => {
  const { repo, remote, oid } = await lfsRepo(sb);
  const hook = join(repo, '.git', 'hooks', 'pre-push');
  const lfsHook = readFileSync(hook, 'utf8');
  assert.match(lfsHook, 'git lfs pre-push "$@"', '~> git-lfs wrote its hook');
  const r = await sb.cli(repo, ['install']);
  assert.is(r.exitCode, 0, r.stderr);
  assert.is(readFileSync(`${hook}.hf-hooks-chained`, 'utf8'), lfsHook);
  await sb.git(repo, 'config', 'hf-hooks.timeout', 'soon');
  const push = await sb.run('git', ['push', 'origin', 'main'], { cwd: repo });
  assert.is(push.exitCode, 0, push.stderr);
  assert.match(push.stderr, '[config.invalid]', '~> the check ran before git-lfs');
  const stored = join(remote, 'lfs', 'objects', oid.slice(0, 2), oid.slice(2, 4), oid);
  assert.ok(existsSync(stored), `~> the LFS object arrived at ${stored}`);
  assert.equal(readFileSync(stored), readFileSync(join(repo, 'weights.bin')));
}));

lfs('uninstall gives git-lfs its hook back unchanged', sandboxed(async (sb) => {
  const { repo } = await lfsRepo(sb);
  const hooks = join(repo, '.git', 'hooks');
  const before = tree(hooks);
  assert.is((await sb.cli(repo, ['install'])).exitCode, 0);
  assert.is((await sb.cli(repo, ['uninstall'])).exitCode, 0);
  assert.equal(tree(hooks), before);
}));

lfs('a blocked push uploads no LFS object', sandboxed(async (sb) => {
  const { repo, remote } = await lfsRepo(sb);
  assert.is((await sb.cli(repo, ['install'])).exitCode, 0);
  await sb.git(repo, 'config', 'hf-hooks.strict', 'true');
  // Called as Git calls it, with a URL the check cannot confirm: strict turns that into a block.
  const r = await sb.run(join(repo, '.git', 'hooks', 'pre-push'), ['origin', 'ftp://example.com/x'], { cwd: repo, input: `refs/heads/main ${await sb.git(repo, 'rev-parse', 'main')} refs/heads/main ${'0'.repeat(40)}\n` });
  assert.is(r.exitCode, 1);
  assert.match(r.stderr, '[url.unsupported]');
  assert.not.ok(existsSync(join(remote, 'lfs')), '~> git-lfs never ran');
}));
lfs.run();
