// A check that breaks is not a finding: a bug thrown inside it, one that escapes every
// catch, or node killed by a signal all let Git push, with one line that says so; under
// hf-hooks.strict each stops the push before anything is sent. The faults are real
// throws and a real SIGKILL in the installed runtime, loaded through NODE_OPTIONS (the
// product has no switch for them).
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hubForSuite } from '../helpers/hub.ts';
import { type Setup, setup, withSetups } from '../helpers/hub-client.ts';
import { arrived, pushMain } from '../helpers/push.ts';

const token = () => `hf_${randomBytes(24).toString('hex').slice(0, 34)}`;

const broken = suite('e2e: a check that breaks lets Git push');
const hub = hubForSuite(broken);
const scenario = withSetups(broken);

const FAULTS = {
  // A bug inside the entry: reading Git's ref lines throws.
  thrown: "process.stdin[Symbol.asyncIterator] = () => { throw new Error('simulated bug in the check') };",
  // A bug outside every try: an exception from a callback while the check runs (the check
  // hashes what it caches; the throw comes from the next turn, past every await's catch).
  escaped: [
    "const crypto = (await import('node:crypto')).default; const real = crypto.createHash;",
    "crypto.createHash = (...a) => { setImmediate(() => { throw new Error('simulated escaped bug') }); return real(...a); };",
    "(await import('node:module')).syncBuiltinESMExports();",
  ].join(' '),
  // The process killed (the OOM killer, a watchdog).
  killed: "process.kill(process.pid, 'SIGKILL');",
} as const;

function fault(x: Setup, kind: keyof typeof FAULTS): Record<string, string> {
  const file = x.sb.path(`fault-${kind}.mjs`);
  // Only the hook runtime: git and the shell ignore NODE_OPTIONS.
  writeFileSync(file, `if (process.argv.includes('pre-push')) { ${FAULTS[kind]} }\n`);
  return { ...x.env, NODE_OPTIONS: `--import=${file}` };
}

async function pushWith(x: Setup, env: Record<string, string>) {
  await x.sb.git(x.repo, 'commit', '-q', '--allow-empty', '-m', `c${randomBytes(4).toString('hex')}`);
  hub().requests.length = 0;
  return pushMain(x.sb, x.repo, env);
}

for (const kind of Object.keys(FAULTS) as (keyof typeof FAULTS)[]) {
  scenario(`${kind}: the push lands with one line; under hf-hooks.strict it is stopped and nothing is sent`, async (keep) => {
    const a = hub().add({ token: token(), user: 'alice', role: 'write' });
    const x = keep(await setup(hub(), { stored: { user: 'alice', password: a.token } }));
    await x.sb.git(x.repo, 'config', 'hf-hooks.cacheTtl', '0');
    const env = fault(x, kind);
    const r = await pushWith(x, env);
    assert.is(r.exitCode, 0, r.stderr);
    assert.is(await arrived(x.sb, x.bare), await x.sb.git(x.repo, 'rev-parse', 'main'), '~> it arrived');
    const said = r.stderr.split('\n').filter((l) => l.startsWith('hf-hooks:'));
    assert.is(said.length, 1, `~> one line: ${r.stderr}`);
    if (kind === 'killed') assert.match(said[0], 'hf-hooks: warning: the check did not run: the check stopped with status 137; letting Git push');
    else {
      assert.match(said[0], /^hf-hooks: internal error in .*, letting Git carry on: simulated (escaped )?bug/);
      assert.match(said[0], 'HF_HOOKS_DEBUG=1 shows the stack to report');
      assert.not.match(r.stderr, /\n\s+at /, '~> no stack trace');
    }

    await x.sb.git(x.repo, 'config', 'hf-hooks.strict', 'true');
    const strict = await pushWith(x, env);
    assert.is(strict.exitCode, 1, strict.stderr);
    assert.match(strict.stderr, "hf-hooks: push blocked: the check cannot run: ", strict.stderr);
    assert.match(strict.stderr, '(hf-hooks.strict is set). Repair: npx hf-hooks install');
    assert.not.ok(hub().sawPushUpload(), '~> nothing was sent');
  });
}

scenario('HF_HOOKS_DEBUG=1 shows the stack of a bug', async (keep) => {
  const a = hub().add({ token: token(), user: 'alice', role: 'write' });
  const x = keep(await setup(hub(), { stored: { user: 'alice', password: a.token } }));
  const r = await pushWith(x, { ...fault(x, 'thrown'), HF_HOOKS_DEBUG: '1' });
  assert.is(r.exitCode, 0, r.stderr);
  assert.match(r.stderr, /simulated bug in the check\n\s+at /);
});

broken.run();
