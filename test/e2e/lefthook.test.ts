// lefthook (from npm) owns the hook files and rewrites them on `lefthook install`: hf-hooks
// goes through lefthook.yml as a script, with Git's arguments as argv and its ref lines on
// stdin. Against the loopback Hub, with the real git-lfs.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hubForSuite } from '../helpers/hub.ts';
import { hubRepo, readStoppedWriteLands } from '../helpers/hub-client.ts';
import { pushMain } from '../helpers/push.ts';
import { sandboxed } from '../helpers/sandbox.ts';

const lefthook = suite('e2e: a lefthook repository');
const hub = hubForSuite(lefthook);

const CONFIG = `# the team's hooks
pre-commit:
  commands:
    lint:
      run: echo lint
`;

lefthook('install declares a script in lefthook.yml; it survives lefthook install; read token blocked, write token lands, LFS uploaded once; uninstall gives lefthook.yml back', sandboxed(async (sb) => {
  const read = hub().add({ token: `hf_${randomBytes(17).toString('hex')}`, user: 'alice', role: 'read' });
  const write = hub().add({ token: `hf_${randomBytes(17).toString('hex')}`, user: 'alice', role: 'write' });
  const { repo, bare, env, use } = await hubRepo(sb, hub(), 'lefty');
  writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'lefty', private: true }));
  writeFileSync(join(repo, '.gitignore'), 'node_modules/\n');
  writeFileSync(join(repo, 'lefthook.yml'), CONFIG);
  const npm = await sb.run('npm', ['install', '--no-audit', '--no-fund', '--save-dev', 'lefthook@2'], { cwd: repo });
  assert.is(npm.exitCode, 0, npm.stderr);
  const lh = (args: string[]) => sb.run(join(repo, 'node_modules', '.bin', 'lefthook'), args, { cwd: repo });
  assert.is((await lh(['install'])).exitCode, 0);
  await sb.git(repo, 'add', '-A');
  await sb.git(repo, 'commit', '-q', '-m', 'lefthook');

  const install = await sb.cli(repo, ['install'], { env });
  assert.is(install.exitCode, 0, install.stderr);
  assert.match(install.stdout, 'added the check to');
  const script = readFileSync(join(repo, '.lefthook', 'pre-push', 'hf-hooks.sh'), 'utf8');
  assert.not.match(script, sb.dir, '~> no path of this machine in a committed file');
  assert.match(readFileSync(join(repo, 'lefthook.yml'), 'utf8'), /pre-push:\n {2}scripts:\n {4}hf-hooks\.sh:\n {6}runner: sh\n {6}use_stdin: true\n/);
  assert.is(readFileSync(join(repo, 'lefthook.yml'), 'utf8').slice(0, CONFIG.length), CONFIG, '~> the team\'s part, comment and all, untouched');
  const again = await sb.cli(repo, ['install'], { env });
  assert.match(again.stdout, 'already installed through');
  // lefthook rewrites its hooks: the check must still run after it.
  assert.is((await lh(['install'])).exitCode, 0);
  assert.match(readFileSync(join(repo, '.git', 'hooks', 'pre-push'), 'utf8'), 'lefthook', "~> the hook file is lefthook's");
  await sb.git(repo, 'add', '-A');
  await sb.git(repo, 'commit', '-q', '-m', 'hf-hooks through lefthook');

  await readStoppedWriteLands(sb, hub(), { repo, bare, env, use }, { read: read.token, write: write.token });

  // LFS: lefthook runs git-lfs's pre-push; the script leaves it to lefthook, so it runs once.
  await sb.git(repo, 'lfs', 'install', '--skip-repo');
  await sb.git(repo, 'lfs', 'track', '*.bin');
  writeFileSync(join(repo, 'weights.bin'), randomBytes(1024 * 1024));
  await sb.git(repo, 'add', '.gitattributes', 'weights.bin');
  await sb.git(repo, 'commit', '-q', '-m', 'weights');
  hub().requests.length = 0;
  const lfs = await pushMain(sb, repo, env);
  assert.is(lfs.exitCode, 0, lfs.stderr);
  assert.is(hub().lfsUploads(), 1, '~> the LFS file was uploaded');
  assert.is(hub().requests.filter((q) => q.method === 'POST' && q.path.endsWith('/objects/batch') && q.user).length, 1, '~> by one git-lfs pre-push');

  const un = await sb.cli(repo, ['uninstall'], { env });
  assert.is(un.exitCode, 0, un.stderr);
  assert.is(readFileSync(join(repo, 'lefthook.yml'), 'utf8'), CONFIG, '~> lefthook.yml byte for byte');
  assert.not.ok(existsSync(join(repo, '.lefthook')), '~> the script and the folders made for it are gone');
}));

lefthook.run();
