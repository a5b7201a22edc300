// The CI sync workflow, run locally: the steps of this repository's action.yml (its doctor
// step, with GitHub's expression `${{ inputs.X }}` filled in) and then the workflow's push
// step, under CI=true and GITHUB_ACTIONS=true, against the loopback Hub. The build step of
// the action is `npm ci && npm run build`, which `npm test` has just done for dist/.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { hubForSuite } from '../helpers/hub.ts';
import { arrived } from '../helpers/push.ts';
import { ROOT, type Sandbox, sandboxed } from '../helpers/sandbox.ts';

const MiB = 1024 * 1024;
const token = () => `hf_${randomBytes(24).toString('hex').slice(0, 34)}`;

const ci = suite('e2e: the CI sync workflow (action.yml)');
const hub = hubForSuite(ci);

interface Step { name: string; run: string; env?: Record<string, string> }
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { steps: Step[] } };
const doctorStep = action.runs.steps.find((s) => s.name === 'hf-hooks doctor')!;

/** A checkout of the GitHub repo (one commit, or more files), and the Space it syncs to. */
async function workflow(sb: Sandbox, files: Record<string, string | Buffer> = {}) {
  const repo = await sb.repo('checkout');
  for (const [path, body] of Object.entries(files)) writeFileSync(join(repo, path), body);
  await sb.git(repo, 'add', '-A');
  await sb.git(repo, 'commit', '-q', '--allow-empty', '-m', 'app');
  const space = `space-${randomBytes(3).toString('hex')}`;
  const bare = join(hub().repos, 'spaces', 'alice', space);
  await sb.git(sb.dir, 'init', '-q', '--bare', '-b', 'main', bare);
  return { repo, bare, path: `127.0.0.1:${hub().port}/spaces/alice/${space}` };
}

/** The action's doctor step, as the runner would run it: its env with the inputs filled in. */
async function runAction(sb: Sandbox, cwd: string, inputs: Record<string, string>) {
  const summary = sb.path(`summary-${randomBytes(3).toString('hex')}.md`);
  writeFileSync(summary, '');
  const env: Record<string, string> = {
    CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, GITHUB_ACTION_PATH: ROOT, HF_ENDPOINT: `http://127.0.0.1:${hub().port}`,
  };
  for (const [k, v] of Object.entries(doctorStep.env ?? {})) env[k] = v.replace(/\$\{\{ inputs\.(\w+) \}\}/g, (_, name) => inputs[name] ?? (name === 'ref' ? 'HEAD' : ''));
  hub().requests.length = 0;
  const r = await sb.run('bash', ['-c', doctorStep.run], { cwd, env });
  return { ...r, summary: readFileSync(summary, 'utf8') };
}

ci('a read token in the URL: the step fails with an ::error annotation and a summary line; nothing is pushed; the token is never printed', sandboxed(async (sb) => {
  const read = hub().add({ token: token(), user: 'alice', role: 'read' });
  const w = await workflow(sb);
  const r = await runAction(sb, w.repo, { url: `http://alice:${read.token}@${w.path}` });
  assert.is(r.exitCode, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /^::error title=hf-hooks token\.read-only \(.*\)::The token Git would push with \(alice\) is read-only/m);
  assert.not.match(r.stdout, '[url.embedded-credential]', '~> in CI the token in the URL is the documented pattern');
  assert.match(r.summary, '| push blocked | `token.read-only` |', r.summary);
  assert.not.match(r.stdout + r.stderr + r.summary, read.token);
  assert.not.ok(hub().sawPushUpload());
}));

ci('an 11 MiB file in what the push would send: ::error file=PATH with the Hub\'s words, exit 1', sandboxed(async (sb) => {
  const write = hub().add({ token: token(), user: 'alice', role: 'write' });
  const w = await workflow(sb, { 'table.csv': randomBytes(9 * MiB).toString('base64').slice(0, 11 * MiB) });
  const r = await runAction(sb, w.repo, { url: `http://alice:${write.token}@${w.path}` });
  assert.is(r.exitCode, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /^::error file=table\.csv,title=hf-hooks content\.too-large \(.*\)::1 file in this push is 10\.0 MiB or larger/m);
  assert.match(r.stdout, 'contains files larger than 10 MiB');
}));

ci('a write token and a push that is fine: the step passes with no annotation, then the workflow\'s push step lands', sandboxed(async (sb) => {
  const write = hub().add({ token: token(), user: 'alice', role: 'write' });
  const w = await workflow(sb, { 'app.py': 'print("hi")\n' });
  const url = `http://alice:${write.token}@${w.path}`;
  const r = await runAction(sb, w.repo, { url });
  assert.is(r.exitCode, 0, r.stdout + r.stderr);
  assert.not.match(r.stdout, /^::(error|warning)/m);
  assert.match(r.summary, '| ready to push |');
  const pushed = await sb.run('bash', ['-c', 'git push "$URL" main'], { cwd: w.repo, env: { CI: 'true', URL: url } });
  assert.is(pushed.exitCode, 0, pushed.stderr);
  assert.is(await arrived(sb, w.bare), await sb.git(w.repo, 'rev-parse', 'main'));
}));

ci('the token as an input and a URL without one: checked as huggingface_hub reads HF_TOKEN', sandboxed(async (sb) => {
  const read = hub().add({ token: token(), user: 'alice', role: 'read' });
  const w = await workflow(sb);
  const r = await runAction(sb, w.repo, { url: `http://${w.path}`, token: read.token });
  assert.is(r.exitCode, 1, r.stdout + r.stderr);
  assert.match(r.stdout, '::error title=hf-hooks token.read-only');
}));

ci.run();
