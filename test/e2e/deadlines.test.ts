// Every wait has a deadline (issue 16 item 4): a credential helper that never answers
// `get` and an API that trickles one byte a second. Each push is decided within the
// budget (hf-hooks.timeout, 4 s by default) plus a margin for starting node and git; the
// stuck party would otherwise hold it for ever. The SSH agent that never replies is in
// ssh.test.ts, beside the real sshd. (Times here are deadlines, not speed: bench/ has those.)
import { execa } from 'execa';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hubForSuite } from '../helpers/hub.ts';
import { type Setup, setup, withSetups } from '../helpers/hub-client.ts';
import { arrived } from '../helpers/push.ts';
import { CLI } from '../helpers/sandbox.ts';

const BUDGET_MS = 4000;
/** Starting node, git and the shell on a slow CI machine; far below "for ever". */
export const MARGIN_MS = 2500;
export const decided: Record<string, number> = {};

const deadlines = suite('e2e: every wait has a deadline');
const hub = hubForSuite(deadlines);
const scenario = withSetups(deadlines);

let n = 0;
const token = () => `hf_late${String(++n).padStart(4, '0')}deadlinedeadlinedeadlined`;
/** A helper that never answers: sleeps far past any test, in a child of its own (as real helpers run). */
const STUCK = '!f() { sleep 600; }; f';

/** A regression must fail here, not hang the suite for the ten minutes the helper sleeps. */
const HUNG_MS = 30_000;

async function timed<T>(what: string, fn: () => Promise<T>): Promise<T> {
  const start = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: still waiting after ${HUNG_MS} ms`)), HUNG_MS)));
  const r = await Promise.race([fn(), hung]).finally(() => clearTimeout(timer));
  const ms = Date.now() - start;
  decided[what] = ms;
  assert.ok(ms < BUDGET_MS + MARGIN_MS, `~> ${what}: decided in ${ms} ms, past the budget ${BUDGET_MS} ms + ${MARGIN_MS} ms`);
  return r;
}

/** Git asks the stuck helper before the store, so Git itself would wait on it: run the hook as Git does. */
async function stuckFirst(s: Setup): Promise<void> {
  await s.sb.git(s.sb.dir, 'config', '--global', '--replace-all', 'credential.helper', STUCK);
  await s.sb.git(s.sb.dir, 'config', '--global', '--add', 'credential.helper', `store --file=${s.sb.path('creds')}`);
}

scenario('a credential helper that never answers get: the pre-push hook lets Git try, within the budget', async (keep) => {
  const t = hub().add({ token: token(), user: 'alice', role: 'write' }).token;
  const s = keep(await setup(hub(), { stored: { user: 'alice', password: t } }));
  await stuckFirst(s);
  const head = await s.sb.git(s.repo, 'rev-parse', 'main');
  const r = await timed('pre-push hook, helper never answers', () => s.sb.run(join(s.repo, '.git', 'hooks', 'pre-push'), ['origin', s.url], {
    cwd: s.repo, env: s.env, input: `refs/heads/main ${head} refs/heads/main ${'0'.repeat(40)}\n`,
  }));
  assert.is(r.exitCode, 0, `~> unknown is not a block: ${r.stderr}`);
  assert.match(r.stderr, '[https.helper-timeout]');
  assert.match(r.stderr, 'GIT_TRACE=1 git credential fill');
});

scenario('a credential helper that never answers: hf-hooks\' own helper says nothing and returns, so Git asks the next', async (keep) => {
  const t = hub().add({ token: token(), user: 'alice', role: 'write' }).token;
  const s = keep(await setup(hub(), { stored: { user: 'alice', password: t } }));
  await stuckFirst(s);
  const host = new URL(s.url).host;
  const r = await timed('credential get, helper never answers', () => s.sb.run(process.execPath, [CLI, 'credential', 'get'], {
    cwd: s.repo, env: s.env, input: `protocol=http\nhost=${host}\npath=alice/x\n\n`,
  }));
  assert.is(r.exitCode, 0, r.stderr);
  assert.is(r.stdout, '', '~> no credential, no quit: Git goes on');
});

scenario('doctor with a credential helper that never answers: unknown, within the budget', async (keep) => {
  const t = hub().add({ token: token(), user: 'alice', role: 'write' }).token;
  const s = keep(await setup(hub(), { stored: { user: 'alice', password: t } }));
  await stuckFirst(s);
  const r = await timed('doctor, helper never answers', () => s.sb.cli(s.repo, ['doctor'], { env: s.env }));
  assert.match(r.stdout + r.stderr, '[https.helper-timeout]');
});

scenario('doctor killed while it waits on a helper (SIGTERM, Ctrl-C\'s SIGINT): the helper goes too', async (keep) => {
  const t = hub().add({ token: token(), user: 'alice', role: 'write' }).token;
  const s = keep(await setup(hub(), { stored: { user: 'alice', password: t } }));
  for (const [signal, seconds] of [['SIGTERM', 6161], ['SIGINT', 6162]] as const) {
    await s.sb.git(s.sb.dir, 'config', '--global', '--replace-all', 'credential.helper', `!f() { sleep ${seconds}; }; f`);
    const doctor = execa(process.execPath, [CLI, 'doctor'], { cwd: s.repo, env: { ...s.sb.env, ...s.env }, extendEnv: false, reject: false, stdin: 'ignore', detached: true });
    const helperRuns = async () => (await execa('pgrep', ['-f', `sleep ${seconds}`], { reject: false })).exitCode === 0;
    for (let i = 0; i < 40 && !(await helperRuns()); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(await helperRuns(), '~> doctor is waiting on the helper');
    doctor.kill(signal);
    const r = await doctor;
    assert.is(r.signal, signal, `~> doctor died of ${signal}, as without hf-hooks' handler`);
    let gone = false;
    for (let i = 0; i < 20 && !gone; i++) {
      gone = !(await helperRuns());
      if (!gone) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(gone, `~> after ${signal}, no helper left running`);
  }
});

scenario('an API that trickles one byte a second: a real push is decided within the budget and lands', async (keep) => {
  const t = hub().add({ token: token(), user: 'alice', role: 'write' }).token;
  const s = keep(await setup(hub(), { stored: { user: 'alice', password: t } }));
  await s.sb.git(s.repo, 'config', 'hf-hooks.cacheTtl', '0');
  await s.sb.git(s.repo, 'commit', '-q', '--allow-empty', '-m', 'slow api');
  hub().api = 'trickle';
  const r = await timed('git push, API trickling', () => s.sb.run('git', ['push', 'origin', 'main'], { cwd: s.repo, env: s.env }));
  assert.is(r.exitCode, 0, r.stderr);
  assert.match(r.stderr, 'could not confirm', '~> said once that it could not confirm');
  assert.is(await arrived(s.sb, s.bare), await s.sb.git(s.repo, 'rev-parse', 'main'));
});

deadlines.after(() => console.log(`\n  deadlines (budget ${BUDGET_MS} ms): ${Object.entries(decided).map(([k, v]) => `${k} ${v} ms`).join('; ')}`));
deadlines.run();
