// installer/effects/lock.ts: one install or uninstall at a time; a killed holder holds nothing.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { withLock } from '../../installer/effects/lock.ts';

const lock = suite('lock');
let dir: string;
lock.before.each(() => void (dir = mkdtempSync(join(tmpdir(), 'hf-hooks-lock-'))));
lock.after.each(() => rmSync(dir, { recursive: true, force: true }));

lock('held while the command runs, gone after, and the directory it made goes too', async () => {
  const inner = join(dir, 'a', 'b');
  const r = await withLock(inner, async () => existsSync(join(inner, 'lock')), 1000);
  assert.equal(r, { ok: true });
  assert.not.ok(existsSync(join(dir, 'a')), '~> a command that changed nothing leaves no directory');
});

lock('a second waits for the first', async () => {
  const order: string[] = [];
  const slow = withLock(dir, async () => { order.push('first in'); await new Promise((r) => setTimeout(r, 200)); order.push('first out'); }, 5000);
  await new Promise((r) => setTimeout(r, 20));
  await withLock(dir, async () => void order.push('second'), 5000);
  await slow;
  assert.equal(order, ['first in', 'first out', 'second']);
});

lock('a lock left by a process that no longer runs is taken over', async () => {
  writeFileSync(join(dir, 'lock'), '999999999\n');
  assert.equal(await withLock(dir, async () => 'ran', 1000), { ok: 'ran' });
});

lock('a lock of a process that runs: busy after the wait, with what to do', async () => {
  writeFileSync(join(dir, 'lock'), '1\n');
  const r = await withLock(dir, async () => 'ran', 100);
  assert.ok('busy' in r && r.busy.includes('pid 1') && r.busy.includes(join(dir, 'lock')));
});

lock('a lock file with no pid yet is held, briefly', async () => {
  writeFileSync(join(dir, 'lock'), '');
  assert.ok('busy' in (await withLock(dir, async () => 'ran', 100)));
});

lock.run();
