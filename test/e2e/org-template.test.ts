// init-template, installed the way an org member would: the locally packed hf-hooks
// tarball (no registry for our own package) and husky from the registry; then real pushes
// through .husky/pre-push to the loopback Hub, blocked and allowed.
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hubForSuite } from '../helpers/hub.ts';
import { ROOT, sandboxed } from '../helpers/sandbox.ts';

const org = suite('e2e: org template repository');
const hub = hubForSuite(org);

org('init-template, npm install (packed hf-hooks + husky), then pushes are checked: read token blocked, writer allowed', sandboxed(async (sb) => {
  const pack = await sb.run('npm', ['pack', '--silent', '--pack-destination', sb.dir], { cwd: ROOT });
  assert.is(pack.exitCode, 0, pack.stderr);
  const tarball = sb.path(pack.stdout.trim().split('\n').pop()!);
  const dir = sb.path('acme-template');
  const init = await sb.cli(sb.dir, ['init-template', dir, '--host', `127.0.0.1:${hub().port}`, '--namespace', 'acme']);
  assert.is(init.exitCode, 0, init.stderr);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  assert.equal(pkg.scripts, { prepare: 'husky' });
  assert.equal(Object.keys(pkg.devDependencies), ['hf-hooks', 'husky']);
  assert.match(readFileSync(join(dir, 'README.md'), 'utf8'), `https://127.0.0.1:${hub().port}/acme/<name>`);
  assert.match(readFileSync(join(dir, '.gitattributes'), 'utf8'), '*.safetensors filter=lfs');
  const block = readFileSync(join(dir, '.husky', 'pre-push'), 'utf8');
  assert.match(block, '"$hf_hooks_run" pre-push "$@"', '~> the one interface every version keeps');
  assert.not.match(block, sb.dir, '~> no path of this machine in a file meant to be committed');

  await sb.git(dir, 'init', '-q', '-b', 'main');
  // Point the devDependency at the packed tarball, then install as a member would.
  const add = await sb.run('npm', ['install', '--no-audit', '--no-fund', '--save-dev', tarball], { cwd: dir });
  assert.is(add.exitCode, 0, `~> npm install tarball: ${add.stderr}`);
  const npm = await sb.run('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir });
  assert.is(npm.exitCode, 0, `~> npm install: ${npm.stderr}`);
  assert.is(await sb.git(dir, 'config', 'core.hooksPath'), '.husky/_', '~> husky turned itself on at prepare');
  assert.ok(statSync(join(dir, 'node_modules', 'hf-hooks', 'dist', 'hook.mjs')).isFile());

  const env = { HF_ENDPOINT: `http://127.0.0.1:${hub().port}` };
  const read = hub().add({ token: 'hf_orgreadorgreadorgreadorgreadorgre', user: 'rita', role: 'read', orgs: [{ name: 'acme', roleInOrg: 'write' }] });
  const write = hub().add({ token: 'hf_orgwriteorgwriteorgwriteorgwrite', user: 'walt', role: 'write', orgs: [{ name: 'acme', roleInOrg: 'write' }] });
  const bare = join(hub().repos, 'acme', 'models');
  await sb.git(sb.dir, 'init', '-q', '--bare', '-b', 'main', bare);
  await sb.git(dir, 'remote', 'add', 'origin', `http://127.0.0.1:${hub().port}/acme/models`);
  const creds = sb.path('creds');
  await sb.git(sb.dir, 'config', '--global', 'credential.helper', `store --file=${creds}`);
  await sb.git(dir, 'add', '-A');
  await sb.git(dir, 'commit', '-q', '-m', 'Repository template');

  writeFileSync(creds, `http://rita:${read.token}@127.0.0.1:${hub().port}\n`);
  const blocked = await sb.run('git', ['push', 'origin', 'main'], { cwd: dir, env });
  assert.is.not(blocked.exitCode, 0);
  assert.match(blocked.stderr, '[token.read-only]');
  assert.not.match(blocked.stderr + blocked.stdout, read.token);
  assert.not.ok(hub().sawPushUpload(), '~> nothing uploaded');

  writeFileSync(creds, `http://walt:${write.token}@127.0.0.1:${hub().port}\n`);
  const allowed = await sb.run('git', ['push', 'origin', 'main'], { cwd: dir, env });
  assert.is(allowed.exitCode, 0, allowed.stderr);
  assert.is(await sb.git(bare, 'rev-parse', 'main'), await sb.git(dir, 'rev-parse', 'main'));
  assert.is(await sb.git(bare, 'show', 'main:.gitignore'), 'node_modules/', '~> node_modules stayed out of the repo');

  // A member who has not run npm install since hf-hooks left node_modules: unchecked, not stopped.
  rmSync(join(dir, 'node_modules', 'hf-hooks'), { recursive: true });
  rmSync(join(dir, 'node_modules', '.bin', 'hf-hooks'));
  await sb.git(dir, 'commit', '-q', '--allow-empty', '-m', 'unchecked');
  const unchecked = await sb.run('git', ['push', 'origin', 'main'], { cwd: dir, env });
  assert.is(unchecked.exitCode, 0, unchecked.stderr);
  assert.match(unchecked.stderr, 'hf-hooks: not set up on this machine, so this push is not checked; npx hf-hooks install adds the check');
  assert.is(await sb.git(bare, 'rev-parse', 'main'), await sb.git(dir, 'rev-parse', 'main'));
}));

org.run();
