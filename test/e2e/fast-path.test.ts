// A push that is fine costs almost nothing (DESIGN section 4): no node start, and a fixed
// number of processes whatever the push holds. Real pushes to the loopback Hub, the
// processes counted with strace (test/helpers/trace.ts).
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hubForSuite } from '../helpers/hub.ts';
import { type Setup, setup, withSetups } from '../helpers/hub-client.ts';
import { arrived } from '../helpers/push.ts';
import { countCalls, traced } from '../helpers/trace.ts';

const s = suite('e2e: the fast path');
const hub = hubForSuite(s);
const scenario = withSetups(s);
const hfToken = () => `hf_${randomBytes(17).toString('hex')}`;

async function pushTraced(x: Setup, args: string[]) {
  const r = await traced(x.sb, 'git', args, { cwd: x.repo, env: x.env });
  assert.is(r.exitCode, 0, r.stderr);
  for (const secret of x.secrets) assert.not.match(r.stdout + r.stderr, secret);
  return r;
}

scenario('a warm HTTPS push of a new branch each time: no node, and no helper asked again by the hook', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const x = keep(await setup(hub(), { stored: { user: 'alice', password: a.token } }));
  await pushTraced(x, ['push', '-q', 'origin', 'main']);
  for (let i = 0; i < 3; i++) {
    await x.sb.git(x.repo, 'checkout', '-q', '-b', `topic-${i}`);
    await x.sb.git(x.repo, 'commit', '-q', '--allow-empty', '-m', `topic ${i}`);
    const r = await pushTraced(x, ['push', '-q', 'origin', `topic-${i}`]);
    assert.is(r.nodes, 0, `~> push ${i}: no node (${r.execs.join(' ')})`);
    // Git asks the store helper once (get), then stores; the hook itself asks nobody.
    assert.is(countCalls(r, /"credential-store", .*"get"/), 1, '~> only Git asked the helper');
    assert.is(countCalls(r, /"credential", "fill"/), 0, '~> the hook ran no git credential fill');
    assert.is(await x.sb.git(x.bare, 'rev-parse', `topic-${i}`), await x.sb.git(x.repo, 'rev-parse', 'HEAD'));
  }
  // What the helper left the hook: a hash, readable by this user alone, emptied once read,
  // and gone with uninstall.
  const handoff = join(x.repo, '.git', 'hf-hooks-credential');
  assert.is(statSync(handoff).mode & 0o777, 0o600);
  assert.is(readFileSync(handoff, 'utf8'), '', '~> read by this push, so emptied');
  // A fetch that needs the token (a private repo; a public one is read without) stores too.
  hub().visibility.set(x.bare.slice(hub().repos.length + 1), { private: true });
  await x.sb.run('git', ['fetch', '-q', 'origin'], { cwd: x.repo, env: x.env });
  const left = readFileSync(handoff, 'utf8');
  assert.match(left, /^[0-9a-f]{64} http:\/\/127\.0\.0\.1:\d+\n$/, '~> the hash and the server, nothing else');
  assert.not.match(left, a.token.slice(3, 11));
  assert.is((await x.sb.cli(x.repo, ['uninstall'], { env: x.env })).exitCode, 0);
  assert.not.ok(existsSync(handoff), '~> uninstall removes it');
});

scenario('a new token in the helper: the marker of the old one does not cover it (node checks it)', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const b = hub().add({ token: hfToken(), user: 'alice', role: 'read' });
  const x = keep(await setup(hub(), { stored: { user: 'alice', password: a.token } }));
  x.secrets.push(b.token);
  await pushTraced(x, ['push', '-q', 'origin', 'main']);
  await x.sb.git(x.repo, 'commit', '-q', '--allow-empty', '-m', 'next');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(x.sb.path('creds'), `http://alice:${b.token}@127.0.0.1:${hub().port}\n`);
  hub().requests.length = 0;
  const r = await traced(x.sb, 'git', ['push', 'origin', 'main'], { cwd: x.repo, env: x.env });
  assert.is.not(r.exitCode, 0);
  assert.match(r.stderr, '[token.read-only]');
  assert.ok(r.nodes >= 1);
  assert.not.ok(hub().sawPushUpload());
});

scenario('1,000 tags on a history of 1,000 commits: a fixed number of processes in the hook, none per ref; warm, no node', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const x = keep(await setup(hub(), { stored: { user: 'alice', password: a.token } }));
  await pushTraced(x, ['push', '-q', 'origin', 'main']);
  // 1,000 commits and a tag on each, through fast-import (one process).
  const mark = (i: number) => `:${i + 1}`;
  const stream = Array.from({ length: 1000 }, (_, i) => [
    'commit refs/heads/history', `mark ${mark(i)}`, `committer T <t@e> ${1700000000 + i} +0000`, 'data 2', `c${i % 10}`,
    ...(i ? [`from ${mark(i - 1)}`] : []), `M 644 inline f${i}.txt`, 'data 2', `${i % 10}\n`, '',
  ].join('\n')).join('\n') + '\n' + Array.from({ length: 1000 }, (_, i) => `reset refs/tags/v${i}\nfrom ${mark(i)}\n`).join('');
  const fi = await x.sb.run('git', ['fast-import', '--quiet'], { cwd: x.repo, input: stream });
  assert.is(fi.exitCode, 0, fi.stderr);
  const first = await pushTraced(x, ['push', '-q', 'origin', '--tags']);
  assert.ok(countCalls(first, /"git", "cat-file"/) <= 2, `~> cat-file runs at most twice, not per ref: ${countCalls(first, /"git", "cat-file"/)}`);
  assert.is(await x.sb.git(x.bare, 'rev-parse', 'v999'), await x.sb.git(x.repo, 'rev-parse', 'v999'));
  // Warm: 1,000 more tags, on the same commits.
  const tags = await x.sb.git(x.repo, 'for-each-ref', '--format=%(objectname) %(refname:short)', 'refs/tags');
  const more = tags.split('\n').map((l) => l.split(' ')).map(([oid, name]) => `create refs/tags/w${name.slice(1)} ${oid}\n`).join('');
  assert.is((await x.sb.run('git', ['update-ref', '--stdin'], { cwd: x.repo, input: more })).exitCode, 0);
  const warm = await pushTraced(x, ['push', '-q', 'origin', '--tags']);
  const hookExecs = warm.calls.filter((c) => /"(awk|grep|mktemp|cat|rm|timeout|sha256sum)"|"git", "(rev-list|cat-file)"/.test(c)).length;
  assert.ok(hookExecs <= 10, `~> at most 10 processes in the hook for 1,000 refs: ${hookExecs}`);
  assert.is(await x.sb.git(x.bare, 'rev-parse', 'w999'), await x.sb.git(x.repo, 'rev-parse', 'w999'));
  assert.ok(await arrived(x.sb, x.bare));
});

s.run();
