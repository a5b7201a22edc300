// The package as users get it: published to a real npm registry on loopback (verdaccio,
// test/helpers/registry.ts), then, in a sandbox with an empty npm cache and no source tree,
// `npx hf-hooks@<version> install` from that registry; pushes to the loopback Hub are
// checked, and `npx hf-hooks@<version> uninstall` leaves the repository byte for byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hubForSuite } from '../helpers/hub.ts';
import { hubRepo, readStoppedWriteLands } from '../helpers/hub-client.ts';
import { type Registry, startRegistry } from '../helpers/registry.ts';
import { ROOT, sandboxed } from '../helpers/sandbox.ts';
import { tree } from '../helpers/tree.ts';
import { VERSION } from '../helpers/version.ts';

const pkg = suite('e2e: the npm package, from a registry');
const hub = hubForSuite(pkg);
let registry: Registry;
pkg.before(async () => void (registry = await startRegistry()));
pkg.after(async () => registry?.stop());

pkg('npm publish --dry-run lists only what runs; published, npx hf-hooks@<version> install checks pushes; uninstall restores the repository', sandboxed(async (sb) => {
  // The user's npm: its own config and an empty cache, pointed at the registry.
  const npm = { NPM_CONFIG_USERCONFIG: registry.npmrc, NPM_CONFIG_CACHE: sb.path('npm-cache'), NPM_CONFIG_UPDATE_NOTIFIER: 'false' };
  const dry = await sb.run('npm', ['publish', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, env: npm });
  assert.is(dry.exitCode, 0, dry.stderr);
  // npm 11 keys the report by package name; npm 10 gave it bare.
  const report = JSON.parse(dry.stdout.slice(dry.stdout.indexOf('{')));
  const files = ((report['hf-hooks'] ?? report).files as { path: string }[]).map((f) => f.path);
  assert.ok(files.includes('dist/hook.mjs') && files.includes('dist/cli.mjs') && files.includes('CHANGELOG.md'), files.join(' '));
  const extra = files.filter((f) => !/^(dist\/(cli|hook)\.mjs|dist\/chunks\/|templates\/|package\.json$|README\.md$|CHANGELOG\.md$|SECURITY\.md$)/.test(f) || f.endsWith('.ts'));
  assert.equal(extra, [], '~> no tests, bench, sources, nor the GitHub Action (it runs from a checkout) in the package');
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(Object.keys(manifest.dependencies).sort(), ['execa', 'ora', 'yaml'], '~> only what the CLI imports at run time');

  const published = await sb.run('npm', ['publish', '--ignore-scripts', '--registry', registry.url], { cwd: ROOT, env: npm });
  assert.is(published.exitCode, 0, published.stdout + published.stderr);
  const seen = await sb.run('npm', ['view', `hf-hooks@${VERSION}`, 'version'], { env: npm });
  assert.is(seen.stdout.trim(), VERSION, seen.stderr);

  const read = hub().add({ token: 'hf_pkgreadpkgreadpkgreadpkgreadpkgr', user: 'alice', role: 'read' });
  const write = hub().add({ token: 'hf_pkgwritepkgwritepkgwritepkgwrite', user: 'alice', role: 'write' });
  const r = await hubRepo(sb, hub(), 'unrelated');
  const env = { ...r.env, ...npm };
  const hooksBefore = tree(join(r.repo, '.git', 'hooks'));
  const configBefore = readFileSync(join(r.repo, '.git', 'config'));

  const install = await sb.run('npx', ['--yes', `hf-hooks@${VERSION}`, 'install'], { cwd: r.repo, env });
  assert.is(install.exitCode, 0, install.stdout + install.stderr);
  assert.match(install.stdout, 'the pre-push check is on');
  assert.not.match(readFileSync(join(r.repo, '.git', 'hooks', 'pre-push'), 'utf8'), ROOT, '~> nothing of the source tree');

  await sb.git(r.repo, 'commit', '-q', '--allow-empty', '-m', 'read');
  await readStoppedWriteLands(sb, hub(), { ...r, env }, { read: read.token, write: write.token });

  const uninstall = await sb.run('npx', ['--yes', `hf-hooks@${VERSION}`, 'uninstall'], { cwd: r.repo, env });
  assert.is(uninstall.exitCode, 0, uninstall.stderr);
  assert.equal(tree(join(r.repo, '.git', 'hooks')), hooksBefore, '~> the hooks dir as it was');
  assert.equal(readFileSync(join(r.repo, '.git', 'config')), configBefore, '~> the config file byte for byte');
}));

pkg.run();
