// pre-commit (pre-commit.com), the real one: this repository as a pre-commit hook repo
// (.pre-commit-hooks.yaml, id hf-hooks, at the pre-push stage, installed by pre-commit with
// the machine's node and npm), and hf-hooks installed over pre-commit's own hook.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hubForSuite } from '../helpers/hub.ts';
import { hubRepo } from '../helpers/hub-client.ts';
import { preCommitBin } from '../helpers/pre-commit.ts';
import { arrived, assertBlocked, pushMain } from '../helpers/push.ts';
import { ROOT, type Sandbox, sandboxed } from '../helpers/sandbox.ts';

const pc = suite('e2e: pre-commit');
const hub = hubForSuite(pc);

/** A repo on the loopback Hub with a read and a write token, and pre-commit's own cache in the sandbox. */
async function withTokens(sb: Sandbox) {
  const read = hub().add({ token: `hf_${randomBytes(17).toString('hex')}`, user: 'alice', role: 'read' });
  const write = hub().add({ token: `hf_${randomBytes(17).toString('hex')}`, user: 'alice', role: 'write' });
  const r = await hubRepo(sb, hub(), `pc-${randomBytes(3).toString('hex')}`, { PRE_COMMIT_HOME: sb.path('pre-commit-home') });
  return { ...r, read: read.token, write: write.token };
}

async function commitAndPush(sb: Sandbox, r: Awaited<ReturnType<typeof withTokens>>, message: string) {
  await sb.git(r.repo, 'commit', '-q', '--allow-empty', '-m', message);
  hub().requests.length = 0;
  return pushMain(sb, r.repo, r.env);
}

// Every commit of main carries dist/ (built reproducibly, checked by .ci/run), so any commit
// or tag is a valid `rev`: pre-commit's npm installs it as a git dependency, without the
// devDependencies it would need to build.
for (const kind of ['main\'s head commit', 'a tag'] as const) {
  pc(`hf-hooks as a pre-commit hook (id: hf-hooks), rev = ${kind}: a read token is stopped before any receive-pack, a write token lands; the note on install says once`, sandboxed(async (sb) => {
    const preCommit = await preCommitBin();
    const hooks = sb.path('hf-hooks-repo');
    await sb.git(sb.dir, 'clone', '-q', ROOT, hooks);
    const head = (await sb.git(hooks, 'rev-parse', 'HEAD')).trim();
    if (kind === 'a tag') await sb.git(hooks, 'tag', 'v9.9.9-test');
    const rev = kind === 'a tag' ? 'v9.9.9-test' : head;
    const r = await withTokens(sb);
    writeFileSync(join(r.repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: hf-hooks\n`);
    await sb.git(r.repo, 'add', '.pre-commit-config.yaml');
    await sb.git(r.repo, 'commit', '-q', '-m', 'pre-commit');
    const installed = await sb.run(preCommit, ['install', '--hook-type', 'pre-push'], { cwd: r.repo, env: r.env });
    assert.is(installed.exitCode, 0, installed.stderr);

    r.use(r.read);
    const blocked = await commitAndPush(sb, r, 'read');
    // pre-commit prints its hooks' output on stdout.
    assertBlocked({ exitCode: blocked.exitCode, stderr: blocked.stdout + blocked.stderr }, 'token.read-only', () => hub().sawPushUpload());
    assert.match(blocked.stdout + blocked.stderr, 'hf-hooks (pre-commit): this checks a push once Git has connected');
    r.use(r.write);
    const ok = await commitAndPush(sb, r, 'write');
    assert.is(ok.exitCode, 0, ok.stdout + ok.stderr);
    assert.not.match(ok.stdout + ok.stderr, 'hf-hooks (pre-commit): this checks', '~> said once');
    assert.is(await arrived(sb, r.bare), await sb.git(r.repo, 'rev-parse', 'main'));
  }));
}

pc('hf-hooks install over pre-commit\'s pre-push hook: chained, pre-commit still runs, install says so', sandboxed(async (sb) => {
  const preCommit = await preCommitBin();
  const r = await withTokens(sb);
  const marker = sb.path('pre-commit-ran');
  writeFileSync(join(r.repo, '.pre-commit-config.yaml'), `repos:\n  - repo: local\n    hooks:\n      - id: mine\n        name: mine\n        entry: sh -c 'echo ran >> ${marker}'\n        language: system\n        stages: [pre-push]\n        pass_filenames: false\n        always_run: true\n`);
  await sb.git(r.repo, 'add', '.pre-commit-config.yaml');
  await sb.git(r.repo, 'commit', '-q', '-m', 'pre-commit');
  assert.is((await sb.run(preCommit, ['install', '--hook-type', 'pre-push'], { cwd: r.repo, env: r.env })).exitCode, 0);
  const install = await sb.cli(r.repo, ['install'], { env: r.env });
  assert.is(install.exitCode, 0, install.stderr);
  assert.match(install.stdout, "that is pre-commit's hook: pre-commit keeps working");

  r.use(r.read);
  assertBlocked(await commitAndPush(sb, r, 'read'), 'token.read-only', () => hub().sawPushUpload());
  r.use(r.write);
  const ok = await commitAndPush(sb, r, 'write');
  assert.is(ok.exitCode, 0, ok.stdout + ok.stderr);
  assert.is(readFileSync(marker, 'utf8'), 'ran\n', "~> pre-commit's own hook ran, once, after the check let the push go");
  assert.is(await arrived(sb, r.bare), await sb.git(r.repo, 'rev-parse', 'main'));
}));

pc.run();
