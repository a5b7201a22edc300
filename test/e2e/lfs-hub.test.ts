// git-lfs works whatever was installed first: the real git-lfs against the loopback Hub,
// which serves the Git LFS batch API and, like the Hub, refuses a push whose LFS pointers
// name files it does not have. Every case counts LFS uploads and receive-pack requests.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Hub, hubForSuite } from '../helpers/hub.ts';
import { type Setup, setup, withSetups } from '../helpers/hub-client.ts';
import { pathWithout } from '../helpers/path.ts';
import { arrived, assertBlocked } from '../helpers/push.ts';
import { Sandbox } from '../helpers/sandbox.ts';

const MiB = 1024 * 1024;
const token = () => `hf_${randomBytes(24).toString('hex').slice(0, 34)}`;

const lfs = suite('e2e: git-lfs works whatever was installed first');
const hub = hubForSuite(lfs);
const scenario = withSetups(lfs);

/** Batch requests git-lfs made with credentials (it asks once without, gets 401, then with). */
const batches = (h: Hub) => h.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/info/lfs/objects/batch') && r.user).length;
const repoPathOf = (x: Setup) => x.url.replace(/^http:\/\/[^/]+\//, '');

/**
 * Commits a new LFS-tracked file of `size` random bytes; returns its LFS oid and bytes. The
 * filters are set up as on any machine where git-lfs was installed (`git lfs install --skip-repo`).
 */
async function commitLfs(sb: Sandbox, repo: string, name: string, size = 2 * MiB): Promise<{ oid: string; bytes: Buffer }> {
  await sb.git(repo, 'lfs', 'install', '--skip-repo');
  await sb.git(repo, 'lfs', 'track', '*.bin');
  const bytes = randomBytes(size);
  writeFileSync(join(repo, name), bytes);
  await sb.git(repo, 'add', '.gitattributes', name);
  await sb.git(repo, 'commit', '-q', '-m', `add ${name}`);
  const pointer = await sb.git(repo, 'show', `HEAD:${name}`);
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(pointer)?.[1];
  assert.ok(oid, `~> ${name} was committed as an LFS pointer: ${pointer.slice(0, 80)}`);
  return { oid: oid!, bytes };
}

async function push(sb: Sandbox, repo: string, env: Record<string, string>, args = ['push', 'origin', 'main']) {
  hub().requests.length = 0;
  return sb.run('git', args, { cwd: repo, env });
}

/** The push landed, the commit arrived, and the Hub holds the LFS file byte for byte, uploaded once. */
async function landedWith(sb: Sandbox, repo: string, bare: string, r: { exitCode: number; stderr: string }, file: { oid: string; bytes: Buffer }, repoPath: string) {
  assert.is(r.exitCode, 0, r.stderr);
  assert.is(await arrived(sb, bare), await sb.git(repo, 'rev-parse', 'main'), '~> the commit arrived');
  assert.is(hub().lfsUploads(), 1, '~> the LFS file was uploaded, once');
  assert.equal(readFileSync(join(hub().lfsStore(repoPath), file.oid)), file.bytes, '~> byte for byte');
}

scenario('hf-hooks first, then `git lfs install`: it says "Hook already exists", as status foretold; the LFS file arrives; after uninstall, git-lfs\'s own hook carries on', async (keep) => {
  const a = hub().add({ token: token(), user: 'alice', role: 'write' });
  const x = keep(await setup(hub(), { stored: { user: 'alice', password: a.token } }));
  const status = await x.sb.cli(x.repo, ['status'], { env: x.env });
  assert.match(status.stdout, 'so `git lfs install` here says "Hook already exists: pre-push"');
  assert.match(status.stdout, '`git lfs install --skip-repo` sets up the LFS filters without it');
  const install = await x.sb.run('git', ['lfs', 'install'], { cwd: x.repo });
  assert.is(install.exitCode, 2, '~> git-lfs will not replace a hook it did not write');
  assert.match(install.stdout + install.stderr, 'Hook already exists: pre-push');
  assert.is((await x.sb.run('git', ['lfs', 'install', '--skip-repo'], { cwd: x.repo })).exitCode, 0, '~> the way the note names works without the message');

  const file = await commitLfs(x.sb, x.repo, 'weights.bin');
  await landedWith(x.sb, x.repo, x.bare, await push(x.sb, x.repo, x.env), file, repoPathOf(x));
  assert.is(batches(hub()), 1, "~> git-lfs's pre-push ran once");
  const doctor = await x.sb.cli(x.repo, ['doctor'], { env: x.env });
  assert.match(doctor.stdout, 'so `git lfs install` here says "Hook already exists: pre-push"', '~> doctor says it too, now that the repository uses LFS');

  const un = await x.sb.cli(x.repo, ['uninstall'], { env: x.env });
  assert.is(un.exitCode, 0, un.stderr);
  assert.match(un.stdout, "put git-lfs's own pre-push back (git lfs update)");
  assert.match(readFileSync(join(x.repo, '.git', 'hooks', 'pre-push'), 'utf8'), 'git lfs pre-push "$@"');
  const next = await commitLfs(x.sb, x.repo, 'more.bin', MiB);
  await landedWith(x.sb, x.repo, x.bare, await push(x.sb, x.repo, x.env), next, repoPathOf(x));
});

scenario('a repository made after `hf-hooks install --global`: `git lfs install`, then an LFS push lands', async (keep) => {
  const a = hub().add({ token: token(), user: 'alice', role: 'write' });
  const x = keep(await setup(hub(), { stored: { user: 'alice', password: a.token } }));
  assert.is((await x.sb.cli(x.sb.dir, ['install', '--global'], { env: x.env })).exitCode, 0);
  const repo = x.sb.path('fresh');
  await x.sb.git(x.sb.dir, 'init', '-q', '-b', 'main', repo);
  assert.match(readFileSync(join(repo, '.git', 'hooks', 'pre-push'), 'utf8'), '# hf-hooks pre-push shim', '~> the template gave it the hook');
  await x.sb.git(repo, 'remote', 'add', 'origin', x.url);
  const lfsInstall = await x.sb.run('git', ['lfs', 'install'], { cwd: repo });
  assert.match(lfsInstall.stdout + lfsInstall.stderr, 'Hook already exists: pre-push');
  const file = await commitLfs(x.sb, repo, 'weights.bin');
  await x.sb.git(x.sb.dir, 'init', '-q', '--bare', '--reinitialize', x.bare).catch(() => '');
  const r = await push(x.sb, repo, x.env, ['push', '-f', 'origin', 'main']);
  await landedWith(x.sb, repo, x.bare, r, file, repoPathOf(x));
});

scenario('git-lfs first, then hf-hooks (its hook chained): the LFS file arrives, and git-lfs ran once', async (keep) => {
  const a = hub().add({ token: token(), user: 'alice', role: 'write' });
  const x = keep(await setup(hub(), { stored: { user: 'alice', password: a.token }, beforeInstall: async (s) => void (await s.sb.git(s.repo, 'lfs', 'install', '--local')) }));
  assert.match(readFileSync(join(x.repo, '.git', 'hooks', 'pre-push.hf-hooks-chained'), 'utf8'), 'git lfs pre-push');
  const file = await commitLfs(x.sb, x.repo, 'weights.bin');
  await landedWith(x.sb, x.repo, x.bare, await push(x.sb, x.repo, x.env), file, repoPathOf(x));
  assert.is(batches(hub()), 1, '~> one batch request: the chained hook found GIT_LFS_SKIP_PUSH and did nothing');
});

scenario('git-lfs not on PATH, LFS pointers in the push: blocked before any receive-pack; without the check the Hub refuses after the upload; with git-lfs back, it lands', async (keep) => {
  const a = hub().add({ token: token(), user: 'alice', role: 'write' });
  const x = keep(await setup(hub(), { stored: { user: 'alice', password: a.token } }));
  const file = await commitLfs(x.sb, x.repo, 'weights.bin');
  const bare = { ...x.env, PATH: pathWithout(x.sb, 'git-lfs') };
  const r = await push(x.sb, x.repo, bare);
  assertBlocked(r, 'content.lfs-missing', () => hub().sawPushUpload(), [
    '1 Git LFS file in this push points to a file 127.0.0.1 does not have, and this push cannot upload it: weights.bin (2.0 MiB)',
    'git-lfs is not installed (not on PATH)',
    'git lfs install --skip-repo',
  ]);
  assert.is(hub().lfsUploads(), 0);

  const off = await push(x.sb, x.repo, { ...bare, HF_HOOKS: '0' });
  assert.is.not(off.exitCode, 0);
  assert.ok(hub().sawPushUpload(), '~> without the check the pack was sent');
  assert.match(off.stderr, 'Your push was rejected because an LFS pointer pointed to a file that does not exist', '~> and the Hub refused it');

  await landedWith(x.sb, x.repo, x.bare, await push(x.sb, x.repo, x.env), file, repoPathOf(x));
});

scenario('a clone made with GIT_LFS_SKIP_SMUDGE=1, pushed to a new repo: blocked (the files are not here); the printed `git lfs fetch --all origin` fixes it', async (keep) => {
  const a = hub().add({ token: token(), user: 'alice', role: 'write' });
  const source = keep(await setup(hub(), { stored: { user: 'alice', password: a.token } }));
  const file = await commitLfs(source.sb, source.repo, 'weights.bin');
  assert.is((await push(source.sb, source.repo, source.env)).exitCode, 0);

  const target = keep(await setup(hub(), { stored: { user: 'alice', password: a.token } }));
  const clone = target.sb.path('clone');
  assert.is((await target.sb.run('git', ['clone', '-q', source.url, clone], { env: { ...target.env, GIT_LFS_SKIP_SMUDGE: '1' } })).exitCode, 0);
  assert.match(readFileSync(join(clone, 'weights.bin'), 'utf8'), 'version https://git-lfs.github.com/spec/v1', '~> only the pointer came');
  await target.sb.git(clone, 'remote', 'add', 'space', target.url);
  assert.is((await target.sb.cli(clone, ['install'], { env: target.env })).exitCode, 0);
  const r = await push(target.sb, clone, target.env, ['push', 'space', 'main']);
  assertBlocked(r, 'content.lfs-missing', () => hub().sawPushUpload(), ["their files are not in this clone's LFS store"]);
  const fetch = /git lfs fetch --all origin/.exec(r.stderr)?.[0];
  assert.ok(fetch, r.stderr);
  assert.is((await target.sb.run('bash', ['-c', fetch!], { cwd: clone, env: target.env })).exitCode, 0, '~> the pasted fix works');
  await landedWith(target.sb, clone, target.bare, await push(target.sb, clone, target.env, ['push', 'space', 'main']), file, repoPathOf(target));
});

lfs('a husky repository: the committed block uploads LFS files, and a `git lfs pre-push` line of the user\'s own does not upload twice', async () => {
  const sb = new Sandbox();
  try {
    const a = hub().add({ token: token(), user: 'alice', role: 'write' });
    const bare = join(hub().repos, 'alice', `husky-${randomBytes(3).toString('hex')}`);
    await sb.git(sb.dir, 'init', '-q', '--bare', '-b', 'main', bare);
    writeFileSync(sb.path('creds'), `http://alice:${a.token}@127.0.0.1:${hub().port}\n`, { mode: 0o600 });
    await sb.git(sb.dir, 'config', '--global', 'credential.helper', `store --file=${sb.path('creds')}`);
    const repo = await sb.repo('project');
    await sb.git(repo, 'remote', 'add', 'origin', `http://127.0.0.1:${hub().port}/${bare.slice(hub().repos.length + 1)}`);
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'project', private: true }));
    writeFileSync(join(repo, '.gitignore'), 'node_modules/\n');
    const npm = await sb.run('npm', ['install', '--no-audit', '--no-fund', '--save-dev', 'husky@9'], { cwd: repo });
    assert.is(npm.exitCode, 0, npm.stderr);
    assert.is((await sb.run(process.execPath, [join(repo, 'node_modules', 'husky', 'bin.js')], { cwd: repo })).exitCode, 0);
    // What git-lfs's and husky's docs have a user write: the upload, in their own script.
    writeFileSync(join(repo, '.husky', 'pre-push'), 'git lfs pre-push "$@"\n');
    const env = { HF_ENDPOINT: `http://127.0.0.1:${hub().port}` };
    const install = await sb.cli(repo, ['install'], { env });
    assert.is(install.exitCode, 0, install.stderr);
    assert.match(install.stdout, 'the hf-hooks block in');
    await sb.git(repo, 'add', '-A');
    await sb.git(repo, 'commit', '-q', '-m', 'husky');
    const repoPath = bare.slice(hub().repos.length + 1);
    const file = await commitLfs(sb, repo, 'weights.bin');
    await landedWith(sb, repo, bare, await push(sb, repo, env), file, repoPath);
    assert.is(batches(hub()), 1, '~> the user\'s own `git lfs pre-push` found GIT_LFS_SKIP_PUSH and did nothing');

    writeFileSync(join(repo, '.husky', 'pre-push'), readFileSync(join(repo, '.husky', 'pre-push'), 'utf8').replace('git lfs pre-push "$@"\n', ''));
    await sb.git(repo, 'commit', '-q', '-am', 'no lfs line');
    const next = await commitLfs(sb, repo, 'more.bin', MiB);
    await landedWith(sb, repo, bare, await push(sb, repo, env), next, repoPath);
  } finally {
    sb.cleanup();
  }
});

lfs.run();
