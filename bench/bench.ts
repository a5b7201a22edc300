// `npm run bench`: whole processes timed by hyperfine (pushes by turns, see alternate()),
// each against a baseline taken in the same run on the same machine; ratios, not absolute
// times, are what we compare.
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Sandbox } from '../test/helpers/sandbox.ts';
import { Hub } from '../test/helpers/hub.ts';
import { newKey, sshConfig } from '../test/helpers/ssh-client.ts';
import { type Sshd, startSshd } from '../test/helpers/sshd.ts';
import { VERSION } from '../test/helpers/version.ts';
import { userland } from '../test/helpers/userland.ts';
import { shQuote } from '../hooks/shell.ts';

interface Timing { median: number; mean: number; stddev: number }
interface CaseResult { name: string; baseline: string; candidate: string; baselineMs: number; candidateMs: number; ratio: number; goal: number; met: boolean }

const RUNS = Number(process.env.BENCH_RUNS ?? 20);

async function hyperfine(sb: Sandbox, cwd: string, commands: Record<string, string>, prepare?: string, runs = RUNS): Promise<Record<string, Timing>> {
  const out = sb.path(`hyperfine-${Date.now()}.json`);
  const args = ['--style', 'none', '--warmup', '2', '--runs', String(runs), '--export-json', out, ...(prepare ? ['--prepare', prepare] : [])];
  for (const [name, cmd] of Object.entries(commands)) args.push('-n', name, cmd);
  await execa('hyperfine', args, { cwd, env: sb.env, extendEnv: false, stdin: 'ignore' });
  const { results } = JSON.parse(readFileSync(out, 'utf8')) as { results: { command: string; median: number; mean: number; stddev: number }[] };
  return Object.fromEntries(results.map((r) => [r.command, { median: r.median * 1000, mean: r.mean * 1000, stddev: r.stddev * 1000 }]));
}

/**
 * Pushes compared by taking turns: hyperfine times all runs of one command, then all of the
 * next, so a machine that slows down between the batches (seen here: 20% within a minute)
 * shows up as the hook's cost. Here every round runs `prepare` untimed, then each command
 * once, in turn, and each takes the median of its rounds.
 */
async function alternate(sb: Sandbox, cwd: string, commands: Record<string, string>, prepare?: string, runs = RUNS): Promise<Record<string, Timing>> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((n) => [n, []]));
  const sh = (cmd: string) => execa('sh', ['-c', cmd], { cwd, env: sb.env, extendEnv: false, stdin: 'ignore' });
  for (let round = -2; round < runs; round++) {
    if (prepare) await sh(prepare);
    for (const [name, cmd] of Object.entries(commands)) {
      const start = process.hrtime.bigint();
      await sh(cmd);
      if (round >= 0) times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const stats = (xs: number[]): Timing => {
    const sorted = [...xs].sort((a, b) => a - b);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    return { median: sorted[Math.floor(sorted.length / 2)], mean, stddev: Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length) };
  };
  return Object.fromEntries(Object.entries(times).map(([n, xs]) => [n, stats(xs)]));
}

/** Two clones of one repo over SSH: one plain, one with the pack installed. */
async function sshRepos(sb: Sandbox, sshd: Sshd) {
  const key = await newKey(sb, 'bench');
  sshd.register(key.fingerprint, 'bench');
  const config = sshConfig(sb, { identity: key.path, knownHosts: sshd.hostKeyLine });
  const bare = join(sshd.repos, 'spaces', 'me', 'bench');
  await sb.git(sb.dir, 'init', '-q', '--bare', '-b', 'main', bare);
  const url = `ssh://${sshd.user}@127.0.0.1:${sshd.port}/spaces/me/bench`;
  const repos: Record<'plain' | 'packed', string> = { plain: '', packed: '' };
  for (const name of ['plain', 'packed'] as const) {
    const repo = await sb.repo(name);
    await sb.git(repo, 'remote', 'add', 'origin', url);
    await sb.git(repo, 'config', 'core.sshCommand', `ssh -F ${config}`);
    await sb.git(repo, 'config', 'hf-hooks.127.0.0.1.provider', 'huggingface');
    repos[name] = repo;
  }
  await sb.git(repos.plain, 'push', '-q', 'origin', 'main');
  const install = await sb.cli(repos.packed, ['install']);
  if (install.exitCode !== 0) throw new Error(install.stderr);
  return repos;
}

/**
 * Repos pushing to the loopback Hub with a write token: one plain, one with the pack, and one
 * with the pack minus the content guard's call in its shim (the guard's baseline; the bench's
 * own edit of an installed file, not a switch of the product).
 */
async function httpsRepos(sb: Sandbox, hub: Hub, prefix = '') {
  const token = 'hf_benchbenchbenchbenchbenchbenchbe';
  hub.add({ token, user: 'alice', role: 'write' });
  const creds = sb.path('creds');
  writeFileSync(creds, `http://alice:${token}@127.0.0.1:${hub.port}\n`, { mode: 0o600 });
  await sb.git(sb.dir, 'config', '--global', 'credential.helper', `store --file=${creds}`);
  const repos: Record<'plain' | 'packed' | 'guardless', string> = { plain: '', packed: '', guardless: '' };
  for (const name of ['plain', 'packed', 'guardless'] as const) {
    await sb.git(sb.dir, 'init', '-q', '--bare', '-b', 'main', join(hub.repos, 'alice', `${prefix}${name}`));
    const repo = await sb.repo(`https-${prefix}${name}`);
    await sb.git(repo, 'remote', 'add', 'origin', `http://127.0.0.1:${hub.port}/alice/${prefix}${name}`);
    repos[name] = repo;
    if (name === 'plain') continue;
    const install = await sb.cli(repo, ['install']);
    if (install.exitCode !== 0) throw new Error(install.stderr);
  }
  const shim = join(repos.guardless, '.git', 'hooks', 'pre-push');
  const text = readFileSync(shim, 'utf8');
  if (!text.includes(' || hf_hooks_content "$1"')) throw new Error('the shim has no content guard call to remove');
  writeFileSync(shim, text.replace(' || hf_hooks_content "$1"', ''));
  return repos;
}

/** The content guard's shell function, as the shims carry it. */
const GUARD = join(import.meta.dirname, '..', 'templates', 'content.sh');

/**
 * A push's time plus the guard's, timed alone on that push's last commit (50 runs), against
 * the push: robust where whole pushes vary by more than the guard costs.
 */
async function plusGuardAlone(sb: Sandbox, name: string, pushes: Record<string, Timing>, baseline: string, repo: string): Promise<CaseResult> {
  const refs = sb.path(`guard-ref-${Date.now()}`);
  writeFileSync(refs, `refs/heads/main ${await sb.git(repo, 'rev-parse', 'HEAD')} refs/heads/main ${await sb.git(repo, 'rev-parse', 'HEAD~1')}\n`);
  const alone = await hyperfine(sb, repo, { 'the guard alone': `sh -c '. ${GUARD}; hf_hooks_in=${refs}; hf_hooks_content origin; true'` }, undefined, 50);
  const base = pushes[baseline].median;
  const withGuard = base + alone['the guard alone'].median;
  return { name, baseline, candidate: 'push + the guard alone', baselineMs: round(base), candidateMs: round(withGuard), ratio: round(withGuard / base), goal: 1.05, met: withGuard / base <= 1.05 };
}

/** A repository whose one commit holds `files` small files (a first push of a new repo). */
async function bigHistory(sb: Sandbox, files: number): Promise<{ repo: string; refs: string }> {
  const repo = await sb.repo('history');
  for (let d = 0; d * 1000 < files; d++) {
    mkdirSync(join(repo, `shard-${d}`));
    for (let f = 0; f < Math.min(1000, files - d * 1000); f++) writeFileSync(join(repo, `shard-${d}`, `${f}.txt`), `${d}-${f}\n`);
  }
  await sb.git(repo, 'add', '-A');
  await sb.git(repo, 'commit', '-q', '-m', 'history');
  const refs = sb.path('history-refs');
  writeFileSync(refs, `refs/heads/main ${await sb.git(repo, 'rev-parse', 'HEAD')} refs/heads/main ${'0'.repeat(40)}\n`);
  return { repo, refs };
}

/**
 * A repo on the loopback Hub, the pack installed and its push marked ready, with `count`
 * commits tagged one by one (fast-import), and the ref lines a first push of those tags
 * gives the hook; `handoff` writes what hf-hooks' helper leaves the hook on `store`.
 */
async function tagged(sb: Sandbox, hub: Hub, count: number): Promise<{ repo: string; url: string; refs: string; handoff: string }> {
  const repo = await sb.repo('tagged');
  await sb.git(sb.dir, 'init', '-q', '--bare', '-b', 'main', join(hub.repos, 'alice', 'tagged'));
  const url = `http://127.0.0.1:${hub.port}/alice/tagged`;
  await sb.git(repo, 'remote', 'add', 'origin', url);
  const install = await sb.cli(repo, ['install']);
  if (install.exitCode !== 0) throw new Error(install.stderr);
  await sb.run('git', ['-C', repo, 'push', '-q', 'origin', 'main']);
  // One file, changed by each commit: a long history of small trees, as most repositories are.
  const stream = Array.from({ length: count }, (_, i) => `commit refs/heads/history\nmark :${i + 1}\ncommitter T <t@e> ${1700000000 + i} +0000\ndata 2\nc${i % 10}\n${i ? `from :${i}\n` : ''}M 644 inline notes.txt\ndata ${String(i).length + 1}\n${i}\n`)
    .concat(Array.from({ length: count }, (_, i) => `reset refs/tags/v${i}\nfrom :${i + 1}\n`)).join('\n');
  const fi = await sb.run('git', ['fast-import', '--quiet'], { cwd: repo, input: `${stream}\n` });
  if (fi.exitCode !== 0) throw new Error(fi.stderr);
  const refs = sb.path('tag-refs');
  writeFileSync(refs, `${(await sb.git(repo, 'for-each-ref', `--format=%(refname) %(objectname) %(refname) ${'0'.repeat(40)}`, 'refs/tags')).trim()}\n`);
  // cache.ts readyKey's first part: what the helper hands the hook for the bench's token.
  const c = createHash('sha256').update(`${VERSION}\nhf_benchbenchbenchbenchbenchbenchbe\n`).digest('hex');
  return { repo, url, refs, handoff: `echo '${c} http://127.0.0.1:${hub.port}' > ${join(repo, '.git', 'hf-hooks-credential')}` };
}

/** A repo with `count` HTTPS remotes on the loopback Hub, all pushable with the stored token. */
async function manyRemotes(sb: Sandbox, hub: Hub, count: number): Promise<string> {
  const repo = await sb.repo('many');
  for (let i = 0; i < count; i++) {
    // The Hub does not create repos on push: each remote's repo exists, or doctor says repo.not-found.
    await sb.git(sb.dir, 'init', '-q', '--bare', '-b', 'main', join(hub.repos, 'alice', `many-${i}`));
    await sb.git(repo, 'remote', 'add', `r${i}`, `http://127.0.0.1:${hub.port}/alice/many-${i}`);
  }
  return repo;
}

function result(name: string, t: Record<string, Timing>, baseline: string, candidate: string, goal: number): CaseResult {
  const ratio = t[candidate].median / t[baseline].median;
  return { name, baseline, candidate, baselineMs: round(t[baseline].median), candidateMs: round(t[candidate].median), ratio: round(ratio), goal, met: ratio <= goal };
}

const round = (n: number) => Math.round(n * 100) / 100;

async function main(): Promise<void> {
  if ((await execa('hyperfine', ['--version'], { reject: false })).exitCode !== 0) {
    console.error('npm run bench needs hyperfine: apt-get install -y hyperfine (Debian) or brew install hyperfine');
    process.exitCode = 2;
    return;
  }
  const sb = new Sandbox({ HF_ENDPOINT: '' });
  const work = mkdtempSync(join(tmpdir(), 'hf-hooks-bench-'));
  const sshd = await startSshd(work);
  const hub = new Hub(join(work, 'hub'));
  await hub.start();
  sb.env.HF_ENDPOINT = `http://127.0.0.1:${hub.port}`;
  const results: CaseResult[] = [];
  try {
    if (!sshd) throw new Error('the SSH benchmarks need sshd (run as root with openssh-server)');
    const repos = await sshRepos(sb, sshd);
    const fetch = await alternate(sb, sb.dir, {
      'plain ssh fetch': `git -C ${repos.plain} fetch -q origin`,
      'hf-hooks ssh fetch': `git -C ${repos.packed} fetch -q origin`,
    });
    results.push(result('hf-hooks ssh on a fetch vs plain ssh', fetch, 'plain ssh fetch', 'hf-hooks ssh fetch', 1.05));

    // A warm SSH push that is fine: each repo pushes to a bare repo of its own on the same sshd.
    for (const name of ['plain', 'packed'] as const) {
      await sb.git(sb.dir, 'init', '-q', '--bare', '-b', 'main', join(sshd.repos, 'spaces', 'me', `push-${name}`));
      await sb.git(repos[name], 'remote', 'add', 'push', `ssh://${sshd.user}@127.0.0.1:${sshd.port}/spaces/me/push-${name}`);
      await sb.run('sh', ['-c', `git -C ${repos[name]} commit -q --allow-empty -m warm && git -C ${repos[name]} push -q push main`]);
    }
    const sshPush = await alternate(sb, sb.dir, {
      'ssh push, no pack': `git -C ${repos.plain} push -q push main`,
      'ssh push, hf-hooks (warm)': `git -C ${repos.packed} push -q push main`,
    }, `git -C ${repos.plain} commit -q --allow-empty -m b && git -C ${repos.packed} commit -q --allow-empty -m b`);
    results.push(result('a warm SSH push that is fine, pack installed, vs no pack (same sshd)', sshPush, 'ssh push, no pack', 'ssh push, hf-hooks (warm)', 1.1));

    const web = await httpsRepos(sb, hub);
    const commit = (repo: string) => `git -C ${repo} commit -q --allow-empty -m bench`;
    // Warm the cache: the first checked push asks whoami; the timed ones reuse the answer.
    await sb.run('sh', ['-c', `${commit(web.packed)} && git -C ${web.packed} push -q origin main`]);
    const pushes = await alternate(sb, sb.dir, {
      'push, no hook': `git -C ${web.plain} push -q origin main`,
      'push, hf-hooks (cache warm)': `git -C ${web.packed} push -q origin main`,
      'node -e 0': `${process.execPath} -e 0`,
    }, `${commit(web.plain)} && ${commit(web.packed)}`);
    results.push(result('HTTPS push that is fine, pack installed and cache warm, vs no hook', pushes, 'push, no hook', 'push, hf-hooks (cache warm)', 1.15));
    const hookCost = pushes['push, hf-hooks (cache warm)'].median - pushes['push, no hook'].median;
    const nodeStart = pushes['node -e 0'].median;
    results.push({
      name: "the hook's own cost on that push vs node -e 0", baseline: 'node -e 0', candidate: 'hook cost (difference of the two pushes)',
      baselineMs: round(nodeStart), candidateMs: round(hookCost), ratio: round(hookCost / nodeStart), goal: 0.6, met: hookCost / nodeStart <= 0.6,
    });

    // The same warm push in a macOS-like userland (bash as /bin/sh, no GNU sha256sum nor
    // timeout: test/helpers/userland.ts), both sides in it, so the namespace costs both alike.
    const mac = userland('macos');
    const inMac = (cmd: string) => { const [file, args] = mac.wrap('sh', ['-c', cmd]); return [file, ...args.map(shQuote)].join(' '); };
    const macEnv = `PATH=${mac.path(sb.env.PATH)}`;
    const macPushes = await alternate(sb, sb.dir, {
      'macOS-like: push, no hook': `${macEnv} ${inMac(`git -C ${web.plain} push -q origin main`)}`,
      'macOS-like: push, hf-hooks (cache warm)': `${macEnv} ${inMac(`git -C ${web.packed} push -q origin main`)}`,
    }, `${commit(web.plain)} && ${commit(web.packed)}`);
    results.push(result('macOS-like userland: HTTPS push that is fine, cache warm, vs no hook', macPushes, 'macOS-like: push, no hook', 'macOS-like: push, hf-hooks (cache warm)', 1.15));
    const macSsh = await alternate(sb, sb.dir, {
      'macOS-like: ssh push, no pack': `${macEnv} ${inMac(`git -C ${repos.plain} push -q push main`)}`,
      'macOS-like: ssh push, hf-hooks (warm)': `${macEnv} ${inMac(`git -C ${repos.packed} push -q push main`)}`,
    }, `git -C ${repos.plain} commit -q --allow-empty -m b && git -C ${repos.packed} commit -q --allow-empty -m b`);
    results.push(result('macOS-like userland: a warm SSH push that is fine vs no pack', macSsh, 'macOS-like: ssh push, no pack', 'macOS-like: ssh push, hf-hooks (warm)', 1.15));

    // The same, pushing a new branch each time (how an independent harness measured it, issue 26
    // item 5): the content listing has no remote ref to stop at, and the hook must still cost little.
    // Repos of their own: these pushes leave them on another branch.
    const branches = await httpsRepos(sb, hub, 'branch-');
    await sb.run('sh', ['-c', `${commit(branches.packed)} && git -C ${branches.packed} push -q origin main`]);
    const branch = (repo: string) => `git -C ${repo} checkout -q -b b$(date +%s%N) && ${commit(repo)}`;
    const newBranch = await alternate(sb, sb.dir, {
      'new branch, no hook': `git -C ${branches.plain} push -q origin HEAD`,
      'new branch, hf-hooks (cache warm)': `git -C ${branches.packed} push -q origin HEAD`,
    }, `${branch(branches.plain)} && ${branch(branches.packed)}`);
    results.push(result('HTTPS push of a new branch each time, cache warm, vs no hook', newBranch, 'new branch, no hook', 'new branch, hf-hooks (cache warm)', 1.15));

    // A first push of 10,000 tags (a --mirror or --tags to move a project): the hook, warm, on
    // those 10,000 ref lines, against listing every object of the repository once.
    const tags = await tagged(sb, hub, 10_000);
    const tagScan = await hyperfine(sb, tags.repo, {
      'git rev-list --objects --all | git cat-file --batch-check': 'git rev-list --objects --all | git cat-file --batch-check >/dev/null',
      'the pre-push hook on 10,000 new tags (warm)': `sh .git/hooks/pre-push origin ${tags.url} < ${tags.refs}`,
    }, tags.handoff, 10);
    results.push(result('the pre-push hook on a first push of 10,000 tags (warm) vs listing every object', tagScan, 'git rev-list --objects --all | git cat-file --batch-check', 'the pre-push hook on 10,000 new tags (warm)', 1.2));

    // The content guard on a push that is fine: the same warm push, with and without the guard's call.
    await sb.run('sh', ['-c', `${commit(web.guardless)} && git -C ${web.guardless} push -q origin main`]);
    const guard = await alternate(sb, sb.dir, {
      'push, hf-hooks without the guard': `git -C ${web.guardless} push -q origin main`,
      'push, hf-hooks with the guard': `git -C ${web.packed} push -q origin main`,
    }, `${commit(web.guardless)} && ${commit(web.packed)}`, 30);
    results.push(result('a one-commit push that is fine, cache warm: content guard on vs off', guard, 'push, hf-hooks without the guard', 'push, hf-hooks with the guard', 1.05));
    // The same, from the guard's own time: whole pushes drift by more than it costs, so also
    // time the guard alone on that push and add it to the push.
    await sb.run('sh', ['-c', commit(web.guardless)]);
    results.push(await plusGuardAlone(sb, 'the same push plus the guard alone (timed on its own) vs the push', guard, 'push, hf-hooks without the guard', web.guardless));

    // The guard's scan on a first push of a 20,000-object history, vs the bare listing it is built on.
    const history = await bigHistory(sb, 20_000);
    const tip = await sb.git(history.repo, 'rev-parse', 'HEAD');
    const scan = await hyperfine(sb, history.repo, {
      'git rev-list --objects | git cat-file --batch-check': `git rev-list --objects ${tip} | git cat-file --batch-check >/dev/null`,
      'the content guard (shell)': `sh -c '. ${GUARD}; hf_hooks_in=${history.refs}; hf_hooks_content origin; true'`,
    }, undefined, 10);
    results.push(result('the content guard on a first push of 20,000 objects vs the bare rev-list | cat-file pipeline', scan, 'git rev-list --objects | git cat-file --batch-check', 'the content guard (shell)', 1.2));

    // A push that carries a 50 MiB LFS file (uploaded to the loopback Hub): the guard's share of it.
    const lfs = await httpsRepos(sb, hub, 'lfs-');
    await sb.git(sb.dir, 'lfs', 'install', '--skip-repo');
    for (const repo of [lfs.packed, lfs.guardless]) {
      await sb.git(repo, 'lfs', 'track', '*.bin');
      await sb.git(repo, 'add', '.gitattributes');
      await sb.git(repo, 'commit', '-q', '-m', 'lfs');
      await sb.run('git', ['-C', repo, 'push', '-q', 'origin', 'main']);
    }
    const bigFile = (repo: string) => `head -c ${50 * 1024 * 1024} /dev/urandom > ${repo}/weights.bin && git -C ${repo} add weights.bin && git -C ${repo} commit -q -m weights`;
    const lfsPush = await alternate(sb, sb.dir, {
      'LFS push, hf-hooks without the guard': `git -C ${lfs.guardless} push -q origin main`,
      'LFS push, hf-hooks with the guard': `git -C ${lfs.packed} push -q origin main`,
    }, `${bigFile(lfs.guardless)} && ${bigFile(lfs.packed)}`, 10);
    results.push(result('a push with one 50 MiB LFS file: with the content guard vs without', lfsPush, 'LFS push, hf-hooks without the guard', 'LFS push, hf-hooks with the guard', 1.05));
    // Uploads of 50 MiB vary by more than the guard costs: also the guard alone on that push.
    await sb.run('sh', ['-c', bigFile(lfs.guardless)]);
    results.push(await plusGuardAlone(sb, 'the same LFS push plus the guard alone (timed on its own) vs the push', lfsPush, 'LFS push, hf-hooks without the guard', lfs.guardless));

    // Cold checks: the cache is emptied before every run, so each one does all the work.
    const cold = `rm -rf ${sb.path('.cache', 'hf-hooks')}`;
    const cli = `${process.execPath} ${join(import.meta.dirname, '..', 'dist', 'cli.mjs')}`;
    const dest = `${sshd.user}@127.0.0.1`;
    const sshCheck = await hyperfine(sb, repos.packed, {
      'ssh -T probe': `ssh -F ${sb.path('ssh_config')} -T -p ${sshd.port} ${dest}`,
      'hf-hooks doctor, SSH remote, cold': `${cli} doctor origin --json`,
    }, cold, 10);
    results.push(result('a cold SSH check (doctor) vs one bare ssh -T probe', sshCheck, 'ssh -T probe', 'hf-hooks doctor, SSH remote, cold', 1.15));

    const token = 'hf_benchbenchbenchbenchbenchbenchbe';
    const whoami = `${process.execPath} -e "require('http').get('http://127.0.0.1:${hub.port}/api/whoami-v2', { headers: { authorization: 'Bearer ${token}' } }, (r) => r.resume())"`;
    const httpsCheck = await hyperfine(sb, web.packed, {
      'one whoami request (node)': whoami,
      'hf-hooks doctor, HTTPS remote, cold': `${cli} doctor origin --json`,
    }, cold);
    results.push(result('a cold HTTPS check (doctor) vs one bare whoami request from node', httpsCheck, 'one whoami request (node)', 'hf-hooks doctor, HTTPS remote, cold', 1.15));

    const many = await manyRemotes(sb, hub, 10);
    const doctors = await hyperfine(sb, many, {
      'doctor, 1 remote': `${cli} doctor r0 --json`,
      'doctor, 10 remotes': `${cli} doctor --json`,
    }, cold);
    results.push(result('doctor on 10 remotes vs 1 (cold)', doctors, 'doctor, 1 remote', 'doctor, 10 remotes', 2));
  } finally {
    await sshd?.stop();
    await hub.stop();
    rmSync(work, { recursive: true, force: true });
    sb.cleanup();
  }
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, date: new Date().toISOString(), runs: RUNS };
  for (const r of results) {
    const goal = Number.isFinite(r.goal) ? `, goal <= ${r.goal}x: ${r.met ? 'met' : 'NOT met'}` : '';
    console.log(`${r.name}: ${r.candidateMs} ms vs ${r.baselineMs} ms (median) = ${r.ratio}x${goal}`);
  }
  writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify({ machine, results }, null, 2)}\n`);
}

await main();
