// The results cache: good answers reused, anything else asked again, never a secret on
// disk, never fatal, never corrupted by two pushes at once.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hubForSuite } from '../helpers/hub.ts';
import { type Setup, setup, withSetups } from '../helpers/hub-client.ts';
import { VERSION } from '../helpers/version.ts';

let n = 0;
const token = () => `hf_cache${String(++n).padStart(4, '0')}cachecachecachecachecach`;
const whoamis = () => hub().requests.filter((r) => r.path === '/api/whoami-v2').length;
const cacheFile = (s: Setup) => s.sb.path('.cache', 'hf-hooks', 'results.json');

async function push(s: Setup, env: Record<string, string> = {}): Promise<{ exitCode: number; stderr: string }> {
  await s.sb.git(s.repo, 'commit', '-q', '--allow-empty', '-m', `c${Date.now()}`);
  return s.sb.run('git', ['push', 'origin', 'main'], { cwd: s.repo, env: { ...s.env, ...env } });
}

const cache = suite('e2e: results cache');
const hub = hubForSuite(cache);

const scenario = withSetups(cache);

scenario('a good answer is reused: install checked the token, the push asks nobody', async (keep) => {
  const t = hub().add({ token: token(), user: 'alice', role: 'write' }).token;
  const s = keep(await setup(hub(), { stored: { user: 'alice', password: t } }));
  assert.is(whoamis(), 1, '~> install ran doctor, which asked once');
  assert.is((await push(s)).exitCode, 0);
  assert.is((await push(s)).exitCode, 0);
  assert.is(whoamis(), 1, '~> both pushes used the cached answer');
  const text = readFileSync(cacheFile(s), 'utf8');
  assert.not.match(text, t, '~> the cache never holds the token');
  assert.not.match(text, t.slice(3), '~> nor part of it');
  assert.is(statSync(cacheFile(s)).mode & 0o777, 0o600, '~> readable by its owner only (SECURITY.md)');
});

scenario('a push found ready is allowed next time by the shim alone, without node', async (keep) => {
  const t = hub().add({ token: token(), user: 'alice', role: 'write' }).token;
  const s = keep(await setup(hub(), { stored: { user: 'alice', password: t } }));
  assert.is((await push(s)).exitCode, 0, '~> node checks it (the answer comes from the cache) and marks it ready');
  const runtime = s.sb.path('.local', 'share', 'hf-hooks', VERSION, 'hook.mjs');
  const saved = readFileSync(runtime);
  rmSync(runtime);
  const fast = await push(s);
  assert.is(fast.exitCode, 0, `~> no node needed: ${fast.stderr}`);
  const other = hub().add({ token: token(), user: 'alice', role: 'write' }).token;
  writeFileSync(s.sb.path('creds'), `http://alice:${other}@127.0.0.1:${hub().port}\n`);
  const changed = await push(s);
  assert.match(changed.stderr, 'the check did not run', '~> a new token is not covered by the marker: node is needed, and missing');
  assert.is(changed.exitCode, 0, '~> a check that cannot run lets Git try (issue 18)');
  writeFileSync(runtime, saved);
  await s.sb.git(s.repo, 'config', 'hf-hooks.cacheTtl', '0');
  // <credential>/<url> (cache.ts readyKey), beside the shell's "now" file.
  const credentials = readdirSync(s.sb.path('.cache', 'hf-hooks', 'ready')).filter((f) => f !== 'now');
  assert.is(credentials.length, 1, '~> one marker, for the first token');
  assert.equal(readdirSync(s.sb.path('.cache', 'hf-hooks', 'ready', credentials[0])), [s.url.replaceAll('/', '%2F')], '~> for this push URL');
});

scenario('node moved (an nvm upgrade): the shim finds node on PATH; one too old there is a warning and the push goes on', async (keep) => {
  const t = hub().add({ token: token(), user: 'alice', role: 'write' }).token;
  const s = keep(await setup(hub(), { stored: { user: 'alice', password: t } }));
  await s.sb.git(s.repo, 'config', 'hf-hooks.cacheTtl', '0');
  const hook = join(s.repo, '.git', 'hooks', 'pre-push');
  const recorded = /^hf_hooks_node='([^']*)'$/m.exec(readFileSync(hook, 'utf8'))?.[1];
  assert.ok(recorded, '~> the shim records the node install ran with');
  writeFileSync(hook, readFileSync(hook, 'utf8').replaceAll(recorded!, s.sb.path('gone', 'v20', 'bin', 'node')));
  const moved = await push(s);
  assert.is(moved.exitCode, 0, moved.stderr);
  assert.not.match(moved.stderr, 'hf-hooks:', '~> checked with the node on PATH, nothing to say');
  // An old node first on PATH: the check cannot run, so it says so and lets Git push.
  mkdirSync(s.sb.path('old'));
  writeFileSync(s.sb.path('old', 'node'), '#!/bin/sh\necho "SyntaxError: Unexpected token" >&2\nexit 1\n', { mode: 0o755 });
  const old = await push(s, { PATH: `${s.sb.path('old')}:${process.env.PATH}` });
  assert.is(old.exitCode, 0, old.stderr);
  assert.match(old.stderr, `the check did not run: node at ${s.sb.path('old', 'node')} is too old (hf-hooks needs node 20 or later)`);
  assert.not.match(old.stderr, 'SyntaxError');
  assert.is(await s.sb.git(s.bare, 'rev-parse', 'main'), await s.sb.git(s.repo, 'rev-parse', 'main'), '~> it arrived');
});

scenario('a changed token misses the cache', async (keep) => {
  const first = hub().add({ token: token(), user: 'alice', role: 'write' }).token;
  const second = hub().add({ token: token(), user: 'alice', role: 'write' }).token;
  const s = keep(await setup(hub(), { stored: { user: 'alice', password: first } }));
  writeFileSync(s.sb.path('creds'), `http://alice:${second}@127.0.0.1:${hub().port}\n`);
  const before = whoamis();
  assert.is((await push(s)).exitCode, 0);
  assert.is(whoamis(), before + 1);
});

scenario('a failure is never cached: a read token is asked about on every push', async (keep) => {
  const t = hub().add({ token: token(), user: 'alice', role: 'read' }).token;
  const s = keep(await setup(hub(), { stored: { user: 'alice', password: t } }));
  const before = whoamis();
  for (let i = 0; i < 2; i++) {
    const r = await push(s);
    assert.is.not(r.exitCode, 0);
    assert.match(r.stderr, '[token.read-only]');
  }
  assert.is(whoamis(), before + 2);
});

scenario('hf-hooks.cacheTtl 0: every push asks', async (keep) => {
  const t = hub().add({ token: token(), user: 'alice', role: 'write' }).token;
  const s = keep(await setup(hub(), { stored: { user: 'alice', password: t } }));
  await s.sb.git(s.repo, 'config', 'hf-hooks.cacheTtl', '0');
  const before = whoamis();
  await push(s);
  await push(s);
  assert.is(whoamis(), before + 2);
});

scenario('a corrupt or unreadable cache is ignored and rewritten, never fatal', async (keep) => {
  const t = hub().add({ token: token(), user: 'alice', role: 'write' }).token;
  const s = keep(await setup(hub(), { stored: { user: 'alice', password: t } }));
  for (const junk of ['{"half": ', '[1,2,3]', '\u0000\u00ff binary', 'null']) {
    rmSync(s.sb.path('.cache', 'hf-hooks', 'ready'), { recursive: true, force: true });
    writeFileSync(cacheFile(s), junk);
    const r = await push(s);
    assert.is(r.exitCode, 0, r.stderr);
    assert.not.match(r.stderr, 'internal error');
    assert.type(JSON.parse(readFileSync(cacheFile(s), 'utf8')), 'object', '~> rewritten as valid JSON');
  }
  rmSync(cacheFile(s));
  rmSync(s.sb.path('.cache', 'hf-hooks', 'ready'), { recursive: true, force: true });
  mkdirSync(cacheFile(s));
  const r = await push(s);
  assert.is(r.exitCode, 0, `~> a cache path that cannot be read or written is a miss, not a failure: ${r.stderr}`);
});

scenario('XDG_CACHE_HOME is where the cache lives', async (keep) => {
  const t = hub().add({ token: token(), user: 'alice', role: 'write' }).token;
  const s = keep(await setup(hub(), { stored: { user: 'alice', password: t } }));
  s.env.XDG_CACHE_HOME = s.sb.path('elsewhere');
  assert.is((await push(s)).exitCode, 0);
  assert.ok(existsSync(s.sb.path('elsewhere', 'hf-hooks', 'results.json')));
});

scenario('two pushes at once: both go through, the cache stays whole', async (keep) => {
  const t = hub().add({ token: token(), user: 'alice', role: 'write' }).token;
  const a = keep(await setup(hub(), { stored: { user: 'alice', password: t } }));
  const b = keep(await setup(hub(), { stored: { user: 'alice', password: t } }));
  // One cache for both, cold, so both write it at the same moment.
  b.env.XDG_CACHE_HOME = a.env.XDG_CACHE_HOME = a.sb.path('shared-cache');
  for (let round = 0; round < 3; round++) {
    rmSync(a.sb.path('shared-cache'), { recursive: true, force: true });
    const [ra, rb] = await Promise.all([push(a), push(b)]);
    assert.is(ra.exitCode, 0, ra.stderr);
    assert.is(rb.exitCode, 0, rb.stderr);
    const dir = a.sb.path('shared-cache', 'hf-hooks');
    assert.type(JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')), 'object');
    assert.equal(readdirSync(dir), ['ready', 'results.json'], '~> no temporary file left behind');
    assert.ok(readdirSync(join(dir, 'ready')).every((f) => /^[0-9a-f]{64}$/.test(f)));
  }
});

cache.run();
