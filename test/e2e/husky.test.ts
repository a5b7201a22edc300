// A husky 9 repository (installed from the registry): the check goes into .husky/pre-push
// and husky's runner keeps working.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Sandbox, sandboxed } from '../helpers/sandbox.ts';

const USER_SCRIPT = 'echo "user pre-push $*" > "$HOOK_LOG.args"\ncat > "$HOOK_LOG.stdin"\n';

async function huskyProject(sb: Sandbox): Promise<{ repo: string; remote: string }> {
  const repo = await sb.repo('project');
  writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'project', private: true }));
  const npm = await sb.run('npm', ['install', '--no-audit', '--no-fund', '--save-dev', 'husky@9'], { cwd: repo });
  assert.is(npm.exitCode, 0, `~> npm install husky: ${npm.stderr}`);
  const husky = await sb.run(process.execPath, [join(repo, 'node_modules', 'husky', 'bin.js')], { cwd: repo });
  assert.is(husky.exitCode, 0, husky.stderr);
  assert.is(await sb.git(repo, 'config', 'core.hooksPath'), '.husky/_');
  const remote = await sb.bare();
  await sb.git(repo, 'remote', 'add', 'origin', remote);
  return { repo, remote };
}

const husky = suite('e2e: husky');

husky('extends .husky/pre-push; the user script still gets the same arguments and stdin', sandboxed(async (sb) => {
  const { repo, remote } = await huskyProject(sb);
  const script = join(repo, '.husky', 'pre-push');
  writeFileSync(script, USER_SCRIPT);
  const r = await sb.cli(repo, ['install']);
  assert.is(r.exitCode, 0, r.stderr);
  assert.match(r.stdout, 'added the check to');
  assert.not.ok(existsSync(join(repo, '.husky', '_', 'pre-push.hf-hooks-chained')), "~> husky's generated runner is not touched");
  await sb.git(repo, 'config', 'hf-hooks.timeout', 'soon');
  const log = sb.path('log');
  const push = await sb.run('git', ['push', 'origin', 'main'], { cwd: repo, env: { HOOK_LOG: log } });
  assert.is(push.exitCode, 0, push.stderr);
  assert.match(push.stderr, '[config.invalid]', '~> the check ran inside husky');
  assert.is(readFileSync(`${log}.args`, 'utf8'), `user pre-push origin ${remote}\n`);
  const oid = await sb.git(repo, 'rev-parse', 'main');
  assert.is(readFileSync(`${log}.stdin`, 'utf8'), `refs/heads/main ${oid} refs/heads/main ${'0'.repeat(40)}\n`);
  assert.is(await sb.git(remote, 'rev-parse', 'main'), oid, '~> the commit arrived');

  // This user's hf-hooks gone (a cleaned ~/.local/share): the push goes on, said in one line.
  rmSync(sb.path('.local', 'share', 'hf-hooks'), { recursive: true });
  await sb.git(repo, 'commit', '-q', '--allow-empty', '-m', 'second');
  const unchecked = await sb.run('git', ['push', 'origin', 'main'], { cwd: repo, env: { HOOK_LOG: sb.path('log2') } });
  assert.is(unchecked.exitCode, 0, unchecked.stderr);
  assert.match(unchecked.stderr, 'hf-hooks: not set up on this machine, so this push is not checked');
  assert.ok(existsSync(sb.path('log2.args')), '~> the user script still ran');
  assert.is(await sb.git(remote, 'rev-parse', 'main'), await sb.git(repo, 'rev-parse', 'main'), '~> it arrived');

  assert.is((await sb.cli(repo, ['uninstall'])).exitCode, 0);
  assert.is(readFileSync(script, 'utf8'), USER_SCRIPT, '~> the user script comes back byte for byte');
}));

husky('no .husky/pre-push yet: install creates it, uninstall removes it', sandboxed(async (sb) => {
  const { repo, remote } = await huskyProject(sb);
  const script = join(repo, '.husky', 'pre-push');
  assert.is((await sb.cli(repo, ['install'])).exitCode, 0);
  assert.ok(existsSync(script));
  const push = await sb.run('git', ['push', 'origin', 'main'], { cwd: repo });
  assert.is(push.exitCode, 0, push.stderr);
  assert.is(await sb.git(remote, 'rev-parse', 'main'), await sb.git(repo, 'rev-parse', 'main'));
  const status = await sb.cli(repo, ['status']);
  assert.match(status.stdout, 'hf-hooks check inside the husky script');
  assert.is((await sb.cli(repo, ['uninstall'])).exitCode, 0);
  assert.not.ok(existsSync(script));
}));
husky.run();
