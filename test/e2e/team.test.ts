// A team, not one user: two accounts with their own homes share a husky repository that
// the first set up and committed; helpers configured after install; teammates on other
// versions. Everything against the loopback Hub, with real git, npm and husky.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Hub, hubForSuite } from '../helpers/hub.ts';
import { setup, withSetups } from '../helpers/hub-client.ts';
import { otherBuild } from '../helpers/other-build.ts';
import { arrived, assertBlocked, pushMain } from '../helpers/push.ts';
import { type Sandbox } from '../helpers/sandbox.ts';
import { Sandbox as Home } from '../helpers/sandbox.ts';

const token = () => `hf_${randomBytes(24).toString('hex').slice(0, 34)}`;
const ACME = [{ name: 'acme', roleInOrg: 'write' as const }];

const team = suite('e2e: a team: two homes, one committed husky repo, helpers and versions that differ');
const hub = hubForSuite(team);
const scenario = withSetups(team);

/** This account's token in a `store` file, the helper `hf auth login --add-to-git-credential` sets up. */
function store(sb: Sandbox, user: string, secret: string): void {
  writeFileSync(sb.path('creds'), `http://${user}:${secret}@127.0.0.1:${hub().port}\n`, { mode: 0o600 });
}

async function account(h: Hub): Promise<Sandbox> {
  const sb = new Home();
  await sb.git(sb.dir, 'config', '--global', 'credential.helper', `store --file=${sb.path('creds')}`);
  await sb.git(sb.dir, 'config', '--global', 'hf-hooks.127.0.0.1.api', `http://127.0.0.1:${h.port}`);
  return sb;
}

const env = () => ({ HF_ENDPOINT: `http://127.0.0.1:${hub().port}` });
const blocked = (r: { exitCode: number; stderr: string }, id: string) => assertBlocked(r, id, () => hub().sawPushUpload());

async function commitAndPush(sb: Sandbox, repo: string, message: string, extra: Record<string, string> = {}) {
  await sb.git(repo, 'commit', '-q', '--allow-empty', '-m', message);
  hub().requests.length = 0;
  return pushMain(sb, repo, { ...env(), ...extra });
}

const npm = async (sb: Sandbox, repo: string, args: string[]) => {
  const r = await sb.run('npm', [...args, '--no-audit', '--no-fund'], { cwd: repo });
  assert.is(r.exitCode, 0, `~> npm ${args.join(' ')}: ${r.stderr}`);
};

team('committed by one account, cloned by another: unchecked until installed, then checked, and no committed file changes', async () => {
  const alice = hub().add({ token: token(), user: 'alice', role: 'write', orgs: ACME });
  const bobRead = hub().add({ token: token(), user: 'bob', role: 'read', orgs: ACME });
  const bobWrite = hub().add({ token: token(), user: 'bob', role: 'write', orgs: ACME });
  const bare = join(hub().repos, 'acme', 'project');
  const url = `http://127.0.0.1:${hub().port}/acme/project`;
  const [a, b] = [await account(hub()), await account(hub())];
  try {
    await a.git(a.dir, 'init', '-q', '--bare', '-b', 'main', bare);
    store(a, 'alice', alice.token);
    const repo = await a.repo('project');
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'project', private: true, scripts: { prepare: 'husky' } }, null, 2));
    writeFileSync(join(repo, '.gitignore'), 'node_modules/\n');
    await npm(a, repo, ['install', '--save-dev', 'husky@9']);
    await npm(a, repo, ['run', 'prepare']);
    assert.is((await a.cli(repo, ['install'], { env: env() })).exitCode, 0);
    const block = readFileSync(join(repo, '.husky', 'pre-push'), 'utf8');
    assert.not.match(block, a.dir, '~> no path of the first machine in the committed file');
    await a.git(repo, 'add', '-A');
    await a.git(repo, 'commit', '-q', '-m', 'husky and hf-hooks');
    await a.git(repo, 'remote', 'add', 'origin', url);
    assert.is((await pushMain(a, repo, env())).exitCode, 0);

    // The second account: a clone and npm install, nothing else.
    const clone = b.path('project');
    await b.git(b.dir, 'clone', '-q', bare, clone);
    await b.git(clone, 'remote', 'set-url', 'origin', url);
    await npm(b, clone, ['install']);
    assert.is(await b.git(clone, 'config', 'core.hooksPath'), '.husky/_', "~> husky's prepare ran");
    store(b, 'bob', bobWrite.token);
    const unchecked = await commitAndPush(b, clone, 'bob, unchecked');
    assert.is(unchecked.exitCode, 0, unchecked.stderr);
    assert.match(unchecked.stderr, 'hf-hooks: not set up on this machine, so this push is not checked; npx hf-hooks install adds the check');
    assert.is(await arrived(b, bare), await b.git(clone, 'rev-parse', 'main'));

    assert.is((await b.cli(clone, ['install'], { env: env() })).exitCode, 0);
    assert.is(await b.git(clone, 'status', '--porcelain'), '', '~> installing on a second machine changes no committed file');
    store(b, 'bob', bobRead.token);
    blocked(await commitAndPush(b, clone, 'bob, read token'), 'token.read-only');
    store(b, 'bob', bobWrite.token);
    const checked = await commitAndPush(b, clone, 'bob, write token');
    assert.is(checked.exitCode, 0, checked.stderr);
    assert.is(await arrived(b, bare), await b.git(clone, 'rev-parse', 'main'));

    // The first account's hf-hooks cleaned away: its pushes go on, said in one line; strict stops them.
    await a.git(repo, 'pull', '-q', '--ff-only', 'origin', 'main');
    rmSync(a.path('.local', 'share', 'hf-hooks'), { recursive: true });
    const gone = await commitAndPush(a, repo, 'alice, runtime gone');
    assert.is(gone.exitCode, 0, gone.stderr);
    assert.match(gone.stderr, 'not set up on this machine, so this push is not checked');
    assert.not.match(gone.stderr, /not found|No such file/);
    assert.is(await arrived(a, bare), await a.git(repo, 'rev-parse', 'main'));
    await a.git(repo, 'config', 'hf-hooks.strict', 'true');
    const strict = await commitAndPush(a, repo, 'alice, strict');
    assert.is.not(strict.exitCode, 0);
    assert.match(strict.stderr, 'hf-hooks is not set up on this machine (hf-hooks.strict is set). Repair: npx hf-hooks install');
    assert.not.ok(hub().sawPushUpload(), '~> nothing was uploaded');
    assert.is(readFileSync(join(repo, '.husky', 'pre-push'), 'utf8'), block, '~> and the committed file never changed');
  } finally {
    a.cleanup();
    b.cleanup();
  }
});

// Git asks helpers in config order and stops at the first that answers (credential.c);
// `hf auth login --add-to-git-credential` and `gh auth setup-git` add theirs after ours.
for (const where of ['local', 'global', 'url', 'include'] as const) {
  scenario(`a store helper configured after install (${where}): Git gets its token, the push lands`, async (keep) => {
    const a = hub().add({ token: token(), user: 'alice', role: 'write' });
    const s = keep(await setup(hub(), { noStore: true }));
    const creds = s.sb.path('late-creds');
    writeFileSync(creds, `http://alice:${a.token}@127.0.0.1:${hub().port}\n`, { mode: 0o600 });
    const helper = `store --file=${creds}`;
    if (where === 'local') await s.sb.git(s.repo, 'config', 'credential.helper', helper);
    if (where === 'global') await s.sb.git(s.repo, 'config', '--global', 'credential.helper', helper);
    if (where === 'url') await s.sb.git(s.repo, 'config', '--add', `credential.http://127.0.0.1:${hub().port}.helper`, helper);
    if (where === 'include') {
      mkdirSync(s.sb.path('.config', 'git'), { recursive: true });
      writeFileSync(s.sb.path('.config', 'git', 'team.inc'), `[credential]\n\thelper = ${helper}\n`);
      await s.sb.git(s.repo, 'config', '--global', 'include.path', s.sb.path('.config', 'git', 'team.inc'));
    }
    const r = await pushMain(s.sb, s.repo, s.env);
    assert.is(r.exitCode, 0, r.stderr);
    assert.not.match(r.stderr, 'told us to quit');
    assert.not.match(r.stderr, 'hf-hooks:', '~> nothing to say: the token is fine');
    assert.ok(hub().requests.some((q) => q.path.endsWith('/git-receive-pack') && q.user === 'alice'), "~> pushed with the late helper's token");
    assert.is(await arrived(s.sb, s.bare), await s.sb.git(s.repo, 'rev-parse', 'main'));
  });
}

scenario('doctor names the helpers in the order Git asks them, ours among them, up to the one that answers', async (keep) => {
  const a = hub().add({ token: token(), user: 'alice', role: 'write' });
  const s = keep(await setup(hub(), { noStore: true }));
  const creds = s.sb.path('late-creds');
  writeFileSync(creds, `http://alice:${a.token}@127.0.0.1:${hub().port}\n`, { mode: 0o600 });
  await s.sb.git(s.repo, 'config', '--global', 'credential.helper', 'cache --timeout=1');
  await s.sb.git(s.repo, 'config', '--add', `credential.http://127.0.0.1:${hub().port}.helper`, `store --file=${creds}`);
  const r = await s.sb.cli(s.repo, ['doctor'], { env: s.env });
  assert.is(r.exitCode, 0, r.stderr);
  assert.match(r.stdout, `Git asks these credential helpers for http://127.0.0.1:${hub().port}/alice/`);
  assert.match(r.stdout, /1\. cache --timeout=1 {2}2\. hf-hooks {2}3\. store --file=\S*late-creds\./, r.stdout);
  assert.not.match(r.stdout, a.token);
});

team('teammates on other versions: a committed block runs with whichever runtime this machine has, and install never rewrites it', async () => {
  const alice = hub().add({ token: token(), user: 'alice', role: 'write' });
  const read = hub().add({ token: token(), user: 'alice', role: 'read' });
  const a = await account(hub());
  const newer = await otherBuild('9.9.9');
  const cli = (cwd: string, args: string[], build = newer.cli) => a.run(process.execPath, [build, ...args], { cwd, env: env() });
  try {
    const bare = join(hub().repos, 'alice', 'project');
    await a.git(a.dir, 'init', '-q', '--bare', '-b', 'main', bare);
    store(a, 'alice', alice.token);
    const repo = await a.repo('project');
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'project', private: true }));
    await npm(a, repo, ['install', '--save-dev', 'husky@9']);
    assert.is((await a.run(process.execPath, [join(repo, 'node_modules', 'husky', 'bin.js')], { cwd: repo })).exitCode, 0);
    await a.git(repo, 'remote', 'add', 'origin', `http://127.0.0.1:${hub().port}/alice/project`);
    assert.is((await a.cli(repo, ['install'], { env: env() })).exitCode, 0, '~> this build writes the block');
    const block = readFileSync(join(repo, '.husky', 'pre-push'), 'utf8');

    // The newer build installed too: the committed file stays byte for byte, the runner now runs 9.9.9.
    assert.is((await cli(repo, ['install'])).exitCode, 0);
    assert.is(readFileSync(join(repo, '.husky', 'pre-push'), 'utf8'), block);
    assert.match(readFileSync(a.path('.local', 'share', 'hf-hooks', 'pre-push'), 'utf8'), '/hf-hooks/9.9.9/hook.mjs');
    store(a, 'alice', read.token);
    blocked(await commitAndPush(a, repo, 'read, newer runtime'), 'token.read-only');
    store(a, 'alice', alice.token);
    const newerRan = await commitAndPush(a, repo, 'write, newer runtime');
    assert.is(newerRan.exitCode, 0, newerRan.stderr);

    // And back: this build again, with the newer one's runtime dir removed.
    assert.is((await a.cli(repo, ['install'], { env: env() })).exitCode, 0);
    assert.is(readFileSync(join(repo, '.husky', 'pre-push'), 'utf8'), block);
    rmSync(a.path('.local', 'share', 'hf-hooks', '9.9.9'), { recursive: true });
    store(a, 'alice', read.token);
    blocked(await commitAndPush(a, repo, 'read, older runtime'), 'token.read-only');
  } finally {
    a.cleanup();
    newer.remove();
  }
});

team.run();
