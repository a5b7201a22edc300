// Every command returns (DESIGN section 4): Node's recursive mkdir spins forever on a path
// like /proc/nope/x before Node 26, so each directory hf-hooks makes (init-template, install
// --template, the data dir and its lock, the cache a push writes) is tried on such a path and
// below a regular file, with each Node users run: one line, exit 1, nothing changed; a push
// whose cache cannot be written still goes through.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hubForSuite } from '../helpers/hub.ts';
import { hubRepo } from '../helpers/hub-client.ts';
import { arrived, pushMain } from '../helpers/push.ts';
import { CLI, type Run, Sandbox } from '../helpers/sandbox.ts';
import { NODE_MAJORS, noNodes, nodeOf } from '../helpers/nodes.ts';

const s = suite('e2e: every path hf-hooks makes answers in bounded time');
const hub = hubForSuite(s);
/** Far beyond a command's few hundred milliseconds; a spinning mkdir never gets there. */
const LIMIT_MS = 20_000;

/** The paths no directory can be made at: a missing parent procfs refuses, and one below a file. */
const badPaths = (sb: Sandbox): string[] => {
  writeFileSync(sb.path('a-file'), 'x');
  return ['/proc/nope/x', sb.path('a-file', 'x')];
};

async function cli(sb: Sandbox, node: string, cwd: string, args: string[], env: Record<string, string> = {}): Promise<Run & { ms: number }> {
  const t = Date.now();
  const r = await sb.run(node, [CLI, ...args], { cwd, env, timeout: LIMIT_MS });
  return { ...r, ms: Date.now() - t };
}

function refusedInOneLine(r: Run & { ms: number }, what: string): void {
  assert.ok(r.ms < LIMIT_MS, `~> ${what} returned (it took ${r.ms} ms)`);
  assert.is(r.exitCode, 1, `${what}: ${r.stderr}`);
  const lines = r.stderr.trim().split('\n').filter((l) => l !== 'Nothing was changed.');
  assert.is(lines.length, 1, `~> one line: ${r.stderr}`);
  assert.match(lines[0], /^hf-hooks [a-z -]+: /);
}

for (const major of NODE_MAJORS) {
  s(`Node ${major}: init-template, install --template, and install with its data dir there`, async () => {
    const skip = major !== 20 && noNodes();
    if (skip) return console.log(`  skipped: ${skip}`);
    const node = await nodeOf(major);
    const sb = new Sandbox();
    try {
      const repo = await sb.repo();
      const config = readFileSync(sb.path('.gitconfig'), 'utf8');
      for (const bad of badPaths(sb)) {
        refusedInOneLine(await cli(sb, node, repo, ['init-template', bad]), `init-template ${bad}`);
        refusedInOneLine(await cli(sb, node, repo, ['install', '--template', bad]), `install --template ${bad}`);
        refusedInOneLine(await cli(sb, node, repo, ['install'], { XDG_DATA_HOME: bad }), `install, XDG_DATA_HOME=${bad}`);
        refusedInOneLine(await cli(sb, node, repo, ['install', '--global'], { XDG_DATA_HOME: bad }), `install --global, XDG_DATA_HOME=${bad}`);
      }
      assert.is((await sb.git(repo, 'status', '--porcelain')), '', '~> nothing changed in the repository');
      assert.is(await sb.git(repo, 'config', '--local', '--get-regexp', 'hf-hooks|sshcommand|credential').catch(() => ''), '', '~> nor in its config');
      assert.is(readFileSync(sb.path('.gitconfig'), 'utf8'), config, '~> nor in the global config');
    } finally {
      sb.cleanup();
    }
  });

  s(`Node ${major}: a push whose cache dir cannot be made still lands, and returns`, async () => {
    const skip = major !== 20 && noNodes();
    if (skip) return console.log(`  skipped: ${skip}`);
    const node = await nodeOf(major);
    const sb = new Sandbox();
    try {
      const a = hub().add({ token: `hf_${randomBytes(17).toString('hex')}`, user: 'alice', role: 'write' });
      const r = await hubRepo(sb, hub(), `bounded-${major}`);
      r.use(a.token);
      const installed = await cli(sb, node, r.repo, ['install'], r.env);
      assert.is(installed.exitCode, 0, installed.stderr);
      for (const bad of badPaths(sb)) {
        await sb.git(r.repo, 'commit', '-q', '--allow-empty', '-m', bad);
        const t = Date.now();
        const pushed = await pushMain(sb, r.repo, { ...r.env, XDG_CACHE_HOME: bad });
        assert.ok(Date.now() - t < LIMIT_MS);
        assert.is(pushed.exitCode, 0, pushed.stderr);
        assert.is(await arrived(sb, r.bare), await sb.git(r.repo, 'rev-parse', 'main'));
      }
    } finally {
      sb.cleanup();
    }
  });
}

s.run();
