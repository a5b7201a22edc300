// The package as users get it: `npm pack` of this tree, then `npx --package=<tarball> hf-hooks install` in an
// unrelated repository with no source tree, its dependencies from the npm registry; pushes
// to the loopback Hub are checked, and `uninstall` leaves the repository as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hubForSuite } from '../helpers/hub.ts';
import { hubRepo, readStoppedWriteLands } from '../helpers/hub-client.ts';
import { ROOT, sandboxed } from '../helpers/sandbox.ts';
import { tree } from '../helpers/tree.ts';

const pkg = suite('e2e: the npm package');
const hub = hubForSuite(pkg);

pkg('npm pack holds only what runs; npx --package=<tarball> hf-hooks install checks pushes; uninstall restores the repository', sandboxed(async (sb) => {
  const pack = await sb.run('npm', ['pack', '--silent', '--pack-destination', sb.dir], { cwd: ROOT });
  assert.is(pack.exitCode, 0, pack.stderr);
  const tarball = sb.path(pack.stdout.trim().split('\n').pop()!);
  const files = (await sb.run('tar', ['-tzf', tarball])).stdout.split('\n').filter(Boolean);
  assert.ok(files.includes('package/dist/hook.mjs') && files.includes('package/dist/cli.mjs') && files.includes('package/CHANGELOG.md'));
  const extra = files.filter((f) => !/^package\/(dist\/|templates\/|package\.json$|README\.md$|CHANGELOG\.md$|SECURITY\.md$)/.test(f) || f.endsWith('.ts'));
  assert.equal(extra, [], '~> no tests, bench or sources in the package');
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(Object.keys(manifest.dependencies).sort(), ['execa', 'ora', 'yaml'], '~> only what the CLI imports at run time');

  const read = hub().add({ token: 'hf_pkgreadpkgreadpkgreadpkgreadpkgr', user: 'alice', role: 'read' });
  const write = hub().add({ token: 'hf_pkgwritepkgwritepkgwritepkgwrite', user: 'alice', role: 'write' });
  const { repo, bare, env, use } = await hubRepo(sb, hub(), 'unrelated');
  const hooksBefore = tree(join(repo, '.git', 'hooks'));
  const configBefore = readFileSync(join(repo, '.git', 'config'));

  const install = await sb.run('npx', ['--yes', `--package=${tarball}`, 'hf-hooks', 'install'], { cwd: repo, env });
  assert.is(install.exitCode, 0, install.stdout + install.stderr);
  assert.match(install.stdout, 'the pre-push check is on');

  await sb.git(repo, 'commit', '-q', '--allow-empty', '-m', 'read');
  await readStoppedWriteLands(sb, hub(), { repo, bare, env, use }, { read: read.token, write: write.token });

  const uninstall = await sb.run('npx', ['--yes', `--package=${tarball}`, 'hf-hooks', 'uninstall'], { cwd: repo, env });
  assert.is(uninstall.exitCode, 0, uninstall.stderr);
  assert.equal(tree(join(repo, '.git', 'hooks')), hooksBefore, '~> the hooks dir as it was');
  assert.equal(readFileSync(join(repo, '.git', 'config')), configBefore, '~> the config file byte for byte');
}));

pkg.run();
