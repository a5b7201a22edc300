// `npm run bench`: whole processes timed by hyperfine, each against a baseline taken in
// the same run on the same machine; ratios, not absolute times, are what we compare.
import { execa } from 'execa';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Sandbox } from '../test/helpers/sandbox.ts';
import { Hub } from '../test/helpers/hub.ts';
import { newKey, sshConfig } from '../test/helpers/ssh-client.ts';
import { type Sshd, startSshd } from '../test/helpers/sshd.ts';

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

/** Two repos pushing to the loopback Hub with a write token: one plain, one with the pack. */
async function httpsRepos(sb: Sandbox, hub: Hub) {
  const token = 'hf_benchbenchbenchbenchbenchbenchbe';
  hub.add({ token, user: 'alice', role: 'write' });
  const creds = sb.path('creds');
  writeFileSync(creds, `http://alice:${token}@127.0.0.1:${hub.port}\n`, { mode: 0o600 });
  await sb.git(sb.dir, 'config', '--global', 'credential.helper', `store --file=${creds}`);
  const repos: Record<'plain' | 'packed', string> = { plain: '', packed: '' };
  for (const name of ['plain', 'packed'] as const) {
    await sb.git(sb.dir, 'init', '-q', '--bare', '-b', 'main', join(hub.repos, 'alice', name));
    const repo = await sb.repo(`https-${name}`);
    await sb.git(repo, 'remote', 'add', 'origin', `http://127.0.0.1:${hub.port}/alice/${name}`);
    repos[name] = repo;
  }
  const install = await sb.cli(repos.packed, ['install']);
  if (install.exitCode !== 0) throw new Error(install.stderr);
  return repos;
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
    const fetch = await hyperfine(sb, sb.dir, {
      'plain ssh fetch': `git -C ${repos.plain} fetch -q origin`,
      'hf-hooks ssh fetch': `git -C ${repos.packed} fetch -q origin`,
    });
    results.push(result('hf-hooks ssh on a fetch vs plain ssh', fetch, 'plain ssh fetch', 'hf-hooks ssh fetch', 1.05));

    const web = await httpsRepos(sb, hub);
    const commit = (repo: string) => `git -C ${repo} commit -q --allow-empty -m bench`;
    // Warm the cache: the first checked push asks whoami; the timed ones reuse the answer.
    await sb.run('sh', ['-c', `${commit(web.packed)} && git -C ${web.packed} push -q origin main`]);
    const pushes = await hyperfine(sb, sb.dir, {
      'push, no hook': `git -C ${web.plain} push -q origin main`,
      'push, hf-hooks (cache warm)': `git -C ${web.packed} push -q origin main`,
      'node -e 0': `${process.execPath} -e 0`,
    }, `${commit(web.plain)} && ${commit(web.packed)}`);
    results.push(result('HTTPS push that is fine, pack installed and cache warm, vs no hook', pushes, 'push, no hook', 'push, hf-hooks (cache warm)', Infinity));
    const hookCost = pushes['push, hf-hooks (cache warm)'].median - pushes['push, no hook'].median;
    const nodeStart = pushes['node -e 0'].median;
    results.push({
      name: "the hook's own cost on that push vs node -e 0", baseline: 'node -e 0', candidate: 'hook cost (difference of the two pushes)',
      baselineMs: round(nodeStart), candidateMs: round(hookCost), ratio: round(hookCost / nodeStart), goal: 1.25, met: hookCost / nodeStart <= 1.25,
    });

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
