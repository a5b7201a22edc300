// A refusal tells the truth: when a step fails halfway, every step before it is undone,
// byte for byte, and "Nothing was changed" is said only when it is so.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { apply } from '../../installer/effects/apply.ts';
import { writeHook } from '../helpers/hooks.ts';
import { type Sandbox, sandboxed } from '../helpers/sandbox.ts';
import { tree } from '../helpers/tree.ts';

const refusal = suite('e2e: a step that fails halfway is undone');

/** Everything install may touch: the sandbox's home (data dir, global config) and the repo. */
const world = (sb: Sandbox) => tree(sb.dir);

refusal('install: git config is locked after the hook, runtime and wrapper were written', sandboxed(async (sb) => {
  const repo = await sb.repo();
  await sb.git(repo, 'remote', 'add', 'origin', 'https://huggingface.co/alice/model');
  writeHook(join(repo, '.git', 'hooks', 'pre-push'));
  // Another git holding the lock is the realistic way for a config write to fail.
  writeFileSync(join(repo, '.git', 'config.lock'), '');
  const before = world(sb);
  const r = await sb.cli(repo, ['install']);
  assert.is(r.exitCode, 1, r.stderr);
  assert.match(r.stderr, 'hf-hooks install: ');
  assert.match(r.stderr, 'Nothing was changed.');
  assert.equal(world(sb), before, '~> the moved hook, the shim, the runtime, the wrapper, the helper and the record are all gone again');
}));

refusal('install --global: the global config is locked after the template dir was seeded', sandboxed(async (sb) => {
  writeFileSync(`${sb.env.GIT_CONFIG_GLOBAL}.lock`, '');
  const before = world(sb);
  const r = await sb.cli(sb.dir, ['install', '--global']);
  assert.is(r.exitCode, 1, r.stderr);
  assert.match(r.stderr, 'Nothing was changed.');
  assert.equal(world(sb), before, '~> no runtime, no template dir, no record left behind');
}));

refusal('config steps are undone too, byte for byte', sandboxed(async (sb) => {
  const repo = await sb.repo();
  const config = join(repo, '.git', 'config');
  const original = readFileSync(config);
  mkdirSync(sb.path('blocker'));
  writeFileSync(sb.path('blocker', 'file'), 'x');
  const to = { cwd: repo, scope: 'local' as const, configFile: config };
  // apply() runs git in this process: give it the sandbox's world, not the runner's.
  const saved = { ...process.env };
  Object.assign(process.env, sb.env);
  const error = await apply([
    { kind: 'config', key: 'core.sshCommand', value: 'ssh -v' },
    { kind: 'config-add', key: 'credential.https://hf.co.helper', value: '!helper' },
    { kind: 'write', path: sb.path('new', 'hook'), text: '#!/bin/sh\n', mode: 0o755 },
    // A file where a directory must be: the write fails with ENOTDIR, after three steps.
    { kind: 'write', path: sb.path('blocker', 'file', 'hook'), text: '#!/bin/sh\n', mode: 0o755 },
  ], to).then(() => undefined, (e) => e).finally(() => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  });
  assert.ok(error, '~> the last step failed');
  assert.equal(error.left, [], '~> everything was put back');
  assert.equal(readFileSync(config), original, '~> the config file is byte-identical');
  assert.not.ok(tree(sb.dir)['new'], '~> the directory a step created is gone too');
}));

refusal.run();
