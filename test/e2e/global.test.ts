// install --global and --template: every new repo of a user gets the check; existing
// template dirs are merged into; uninstall --global leaves the global config byte-identical.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { RECORDING_HOOK, writeHook } from '../helpers/hooks.ts';
import { type Sandbox, sandboxed } from '../helpers/sandbox.ts';
import { tree } from '../helpers/tree.ts';
import { isWrapperPath, unwrap } from '../../hooks/ssh/command.ts';

const isShim = (path: string) => existsSync(path) && readFileSync(path, 'utf8').includes('# hf-hooks pre-push shim');

async function cli(sb: Sandbox, args: string[], cwd = sb.dir) {
  const r = await sb.cli(cwd, args);
  assert.is(r.exitCode, 0, `~> hf-hooks ${args.join(' ')}: ${r.stderr}`);
  return r;
}

const global = suite('e2e: install --global');

global('new inits and clones get the hook; SSH and credentials wired globally; uninstall is byte-exact', sandboxed(async (sb) => {
  await sb.git(sb.dir, 'config', '--global', 'core.sshCommand', 'ssh -i ~/.ssh/work');
  const legacy = await sb.repo('legacy');
  const before = readFileSync(sb.env.GIT_CONFIG_GLOBAL);
  const out = await cli(sb, ['install', '--global']);
  assert.match(out.stdout, 'init.templateDir is now');
  assert.match(out.stdout, 'not done: repositories that already exist keep their own .git/hooks');
  assert.match(out.stdout, 'core.hooksPath was left alone');
  assert.is((await sb.run('git', ['config', '--global', 'core.hooksPath'])).exitCode, 1, '~> never a global core.hooksPath');
  const wired = unwrap(await sb.git(sb.dir, 'config', '--global', 'core.sshCommand'), isWrapperPath);
  assert.is(wired?.previous, 'ssh -i ~/.ssh/work', '~> the user\'s command, kept whole');
  assert.match(wired?.wrapper ?? '', /\/hf-hooks\/0\.1\.0\/ssh$/);
  assert.is(await sb.git(sb.dir, 'config', '--global', 'ssh.variant'), 'ssh');
  assert.match(await sb.git(sb.dir, 'config', '--global', '--get-all', 'credential.https://huggingface.co.helper'), /\/credential' "\$@"; fi; cat >\/dev\/null; \}; f$/);
  assert.match(await sb.git(sb.dir, 'config', '--global', '--get-all', 'credential.https://hf.co.helper'), /\/credential' "\$@"; fi; cat >\/dev\/null; \}; f$/);

  const fresh = sb.path('fresh');
  await sb.git(sb.dir, 'init', '-q', fresh);
  assert.ok(isShim(join(fresh, '.git', 'hooks', 'pre-push')), '~> git init gets the hook');
  assert.ok(existsSync(join(fresh, '.git', 'info', 'exclude')), "~> and still Git's default template");
  const origin = await sb.repo('origin');
  await sb.git(sb.dir, 'clone', '-q', origin, sb.path('cloned'));
  assert.ok(isShim(join(sb.path('cloned'), '.git', 'hooks', 'pre-push')), '~> git clone gets the hook');
  await sb.git(sb.path('cloned'), 'config', 'hf-hooks.timeout', 'soon');
  await sb.git(sb.path('cloned'), 'commit', '-q', '--allow-empty', '-m', 'x');
  await sb.git(origin, 'checkout', '-q', '--detach');
  const push = await sb.run('git', ['push', 'origin', 'HEAD:main'], { cwd: sb.path('cloned') });
  assert.is(push.exitCode, 0, push.stderr);
  assert.match(push.stderr, '[config.invalid]', '~> the cloned hook really runs the check');

  const status = await sb.cli(sb.dir, ['status', '--global']);
  assert.match(status.stdout, 'global install: pre-push via init.templateDir');
  assert.match(status.stdout, `not checked  ${legacy}`);
  assert.match(status.stdout, `checked      ${sb.path('cloned')}`);
  assert.match(status.stdout, `(cd '${legacy}' && npx hf-hooks install)`);
  assert.not.ok(existsSync(join(legacy, '.git', 'hooks', 'pre-push')), '~> existing repos are left alone');

  await cli(sb, ['install', '--global']);
  await cli(sb, ['uninstall', '--global']);
  assert.equal(readFileSync(sb.env.GIT_CONFIG_GLOBAL), before, '~> the global config is byte-identical');
  assert.not.ok(existsSync(sb.path('.local', 'share', 'hf-hooks', 'template')));
  assert.not.ok(existsSync(sb.path('.local', 'share', 'hf-hooks', 'global.json')));
}));

global('an existing init.templateDir keeps its hooks and gains ours; uninstall gives them back', sandboxed(async (sb) => {
  const tpl = sb.path('company-template');
  mkdirSync(join(tpl, 'hooks'), { recursive: true });
  writeHook(join(tpl, 'hooks', 'pre-push'));
  writeHook(join(tpl, 'hooks', 'commit-msg'), '#!/bin/sh\nexit 0\n');
  writeFileSync(join(tpl, 'description'), 'company\n');
  await sb.git(sb.dir, 'config', '--global', 'init.templateDir', tpl);
  const before = { config: readFileSync(sb.env.GIT_CONFIG_GLOBAL), tpl: tree(tpl) };
  const out = await cli(sb, ['install', '--global']);
  assert.match(out.stdout, `from your init.templateDir, ${tpl} (its own hooks are kept and chained)`);
  assert.is(await sb.git(sb.dir, 'config', '--global', 'init.templateDir'), tpl, '~> not replaced');
  const repo = sb.path('new');
  await sb.git(sb.dir, 'init', '-q', repo);
  const hooks = join(repo, '.git', 'hooks');
  assert.ok(isShim(join(hooks, 'pre-push')));
  assert.is(readFileSync(join(hooks, 'pre-push.hf-hooks-chained'), 'utf8'), RECORDING_HOOK, '~> the company hook, chained');
  assert.ok(existsSync(join(hooks, 'commit-msg')));
  const remote = await sb.bare();
  await sb.git(repo, 'commit', '-q', '--allow-empty', '-m', 'x');
  const push = await sb.run('git', ['push', remote, 'HEAD:main'], { cwd: repo, env: { HOOK_LOG: sb.path('log') } });
  assert.is(push.exitCode, 0, push.stderr);
  assert.ok(existsSync(sb.path('log.args')), '~> the company hook still runs, after the check');
  await cli(sb, ['uninstall', '--global']);
  assert.equal({ config: readFileSync(sb.env.GIT_CONFIG_GLOBAL), tpl: tree(tpl) }, before);
}));

global('install --template DIR, then git clone --template=DIR: the hook and its runtime come along', sandboxed(async (sb) => {
  const dir = sb.path('org-hooks');
  const out = await cli(sb, ['install', '--template', dir]);
  assert.match(out.stdout, `git clone --template=${dir} <url>`);
  const origin = await sb.repo('origin');
  await sb.git(sb.dir, 'clone', '-q', `--template=${dir}`, origin, sb.path('cloned'));
  const git = join(sb.path('cloned'), '.git');
  assert.ok(isShim(join(git, 'hooks', 'pre-push')));
  assert.ok(existsSync(join(git, 'hf-hooks', 'hook.mjs')), '~> the runtime travels with the template');
  // Another user of the machine, with no per-user runtime: the hook uses the one beside it.
  const elsewhere = sb.path('.local', 'share', 'hf-hooks');
  assert.not.ok(existsSync(elsewhere));
  await sb.git(sb.path('cloned'), 'config', 'hf-hooks.timeout', 'soon');
  await sb.git(sb.path('cloned'), 'commit', '-q', '--allow-empty', '-m', 'x');
  await sb.git(origin, 'checkout', '-q', '--detach');
  const push = await sb.run('git', ['push', 'origin', 'HEAD:main'], { cwd: sb.path('cloned') });
  assert.is(push.exitCode, 0, push.stderr);
  assert.match(push.stderr, '[config.invalid]');
  await cli(sb, ['uninstall', '--template', dir]);
  assert.equal(tree(dir), { hooks: 'dir 755' });
}));

global('bad input: --global with --template, init-template into a non-empty dir', sandboxed(async (sb) => {
  const both = await sb.cli(sb.dir, ['install', '--global', '--template', 'x']);
  assert.is(both.exitCode, 2);
  mkdirSync(sb.path('taken'));
  writeFileSync(sb.path('taken', 'file'), 'x');
  const taken = await sb.cli(sb.dir, ['init-template', sb.path('taken')]);
  assert.is(taken.exitCode, 1);
  assert.match(taken.stderr, 'already exists and is not an empty directory');
  const badNs = await sb.cli(sb.dir, ['init-template', sb.path('t2'), '--namespace', 'a b']);
  assert.is(badNs.exitCode, 1);
  assert.not.ok(existsSync(sb.path('t2')));
}));

global.run();
