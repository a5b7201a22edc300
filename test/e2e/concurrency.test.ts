// Many at once (issue 16 item 3): eight pushes through one cache, three rounds; install
// racing uninstall in one repository; four installs at once; two repositories installing
// the same runtime at once. Every process is real (git push, the CLI), so the races are
// the ones users have.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { differences, picture } from '../helpers/faults.ts';
import { writeHook } from '../helpers/hooks.ts';
import { hubForSuite } from '../helpers/hub.ts';
import { type Setup, setup, withSetups } from '../helpers/hub-client.ts';
import { arrived } from '../helpers/push.ts';
import { ROOT, type Sandbox, sandboxed } from '../helpers/sandbox.ts';
import { VERSION } from '../helpers/version.ts';

const SKIP = ['.cache'];
export const figures = { pushes: 0, races: 0 };

const many = suite('e2e: many at once');
const hub = hubForSuite(many);
const scenario = withSetups(many);

let n = 0;
const token = () => `hf_conc${String(++n).padStart(4, '0')}concurrentconcurrentconc`;

scenario('8 pushes at once through one cache, 3 rounds: each lands or is blocked as it should, the cache stays whole', async (keep) => {
  const write = hub().add({ token: token(), user: 'alice', role: 'write' }).token;
  const read = hub().add({ token: token(), user: 'alice', role: 'read' }).token;
  const setups: { s: Setup; ok: boolean }[] = [];
  for (let i = 0; i < 8; i++) {
    const ok = i % 4 !== 3; // 6 write tokens, 2 read tokens
    setups.push({ s: keep(await setup(hub(), { stored: { user: 'alice', password: ok ? write : read } })), ok });
  }
  const shared = setups[0].s.sb.path('shared-cache');
  for (const { s } of setups) s.env.XDG_CACHE_HOME = shared;
  const name = (s: Setup) => s.bare.split('/').pop()!;
  for (let round = 0; round < 3; round++) {
    // Cold in the first round (all write it at once), warm after.
    if (round === 0) rmSync(shared, { recursive: true, force: true });
    hub().requests.length = 0;
    for (const { s } of setups) await s.sb.git(s.repo, 'commit', '-q', '--allow-empty', '-m', `round ${round}`);
    const results = await Promise.all(setups.map(({ s }) => s.sb.run('git', ['push', 'origin', 'main'], { cwd: s.repo, env: s.env })));
    for (const [i, { s, ok }] of setups.entries()) {
      const r = results[i];
      const head = await s.sb.git(s.repo, 'rev-parse', 'main');
      const uploads = hub().requests.filter((q) => q.method === 'POST' && q.path === `/alice/${name(s)}/git-receive-pack`).length;
      if (ok) {
        assert.is(r.exitCode, 0, `~> round ${round}, push ${i}: ${r.stderr}`);
        assert.is(await arrived(s.sb, s.bare), head, `~> round ${round}, push ${i}: the commit arrived`);
      } else {
        assert.is.not(r.exitCode, 0, `~> round ${round}, push ${i} (read token) is stopped`);
        assert.match(r.stderr, '[token.read-only]', r.stderr);
        assert.is(uploads, 0, `~> round ${round}, push ${i}: no receive-pack`);
      }
      figures.pushes += 1;
    }
    const dir = join(shared, 'hf-hooks');
    assert.type(JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')), 'object', '~> the cache is valid JSON');
    assert.equal(readdirSync(dir).sort(), ['ready', 'results.json'], '~> no temporary file left behind');
    const ready = readdirSync(join(dir, 'ready')).filter((f) => f !== 'now');
    assert.ok(ready.every((f) => /^[0-9a-f]{64}$/.test(f) && readdirSync(join(dir, 'ready', f)).every((u) => /^http:%2F%2F/.test(u))), '~> only ready markers, <credential>/<url>');
  }
});

/** A repository with the user's own pre-push hook and core.sshCommand: install changes several things. */
async function busyRepo(sb: Sandbox): Promise<string> {
  const repo = await sb.repo();
  await sb.git(repo, 'remote', 'add', 'origin', 'https://huggingface.co/alice/model');
  await sb.git(repo, 'config', 'core.sshCommand', 'ssh -i ~/.ssh/work');
  writeHook(join(repo, '.git', 'hooks', 'pre-push'));
  return repo;
}

const run = async (sb: Sandbox, cwd: string, args: string[]) => {
  const r = await sb.cli(cwd, args);
  assert.is(r.exitCode, 0, `~> hf-hooks ${args.join(' ')}: ${r.stderr}`);
};

many('install racing uninstall in one repository ends in one of the two clean states, 6 times from each', sandboxed(async (sb) => {
  const repo = await busyRepo(sb);
  await run(sb, repo, ['install']);
  await run(sb, repo, ['uninstall']);
  const before = picture(sb.dir, SKIP);
  await run(sb, repo, ['install']);
  const after = picture(sb.dir, SKIP);
  for (let round = 0; round < 12; round++) {
    const from = round % 2 ? 'installed' : 'not installed';
    if (round % 2) await run(sb, repo, ['install']);
    else await run(sb, repo, ['uninstall']);
    const [a, b] = await Promise.all([sb.cli(repo, ['install']), sb.cli(repo, ['uninstall'])]);
    assert.is(a.exitCode, 0, `~> install, round ${round}: ${a.stderr}`);
    assert.is(b.exitCode, 0, `~> uninstall, round ${round}: ${b.stderr}`);
    const now = picture(sb.dir, SKIP);
    const clean = differences(before, now).length === 0 || differences(after, now).length === 0;
    assert.ok(clean, `~> from ${from}, round ${round}: neither clean state:\n  vs not installed: ${differences(before, now).join(', ')}\n  vs installed: ${differences(after, now).join(', ')}`);
    figures.races += 1;
  }
}));

many('four installs at once in one repository leave one whole install', sandboxed(async (sb) => {
  const repo = await busyRepo(sb);
  await run(sb, repo, ['install']);
  const after = picture(sb.dir, SKIP);
  await run(sb, repo, ['uninstall']);
  for (let round = 0; round < 3; round++) {
    const rs = await Promise.all([0, 1, 2, 3].map(() => sb.cli(repo, ['install'])));
    for (const r of rs) assert.is(r.exitCode, 0, r.stderr);
    assert.equal(differences(after, picture(sb.dir, SKIP)), [], `~> round ${round}`);
    figures.races += 1;
    await run(sb, repo, ['uninstall']);
  }
}));

many('two repositories installing the same runtime version at once: both installed, the runtime whole', sandboxed(async (sb) => {
  const a = await sb.repo('a');
  const b = await sb.repo('b');
  const runtimeDir = sb.path('.local', 'share', 'hf-hooks', VERSION);
  const built = readFileSync(join(ROOT, 'dist', 'hook.mjs'));
  for (let round = 0; round < 3; round++) {
    rmSync(runtimeDir, { recursive: true, force: true });
    const [ra, rb] = await Promise.all([sb.cli(a, ['install']), sb.cli(b, ['install'])]);
    assert.is(ra.exitCode, 0, ra.stderr);
    assert.is(rb.exitCode, 0, rb.stderr);
    assert.ok(readFileSync(join(runtimeDir, 'hook.mjs')).equals(built), '~> the runtime is the built one, byte for byte');
    assert.equal(readdirSync(runtimeDir).sort(), ['credential', 'hook.mjs', 'ssh'], '~> no temporary file left');
    for (const repo of [a, b]) assert.match(readFileSync(join(repo, '.git', 'hooks', 'pre-push'), 'utf8'), '# hf-hooks pre-push shim');
    figures.races += 1;
    await run(sb, a, ['uninstall']);
    await run(sb, b, ['uninstall']);
  }
}));

many.after(() => console.log(`\n  concurrency: ${figures.pushes} pushes in rounds of 8, ${figures.races} races`));
many.run();
