// hooks/process.ts against real processes: a deadline ends what the child started too, and
// output a daemon keeps open after the child exits is not waited on (issue 16 item 4).
import { execFileSync } from 'node:child_process';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { run } from '../../hooks/process.ts';

const processes = suite('process: every wait ends');
const running = (pattern: string) => {
  try {
    execFileSync('pgrep', ['-f', pattern]);
    return true;
  } catch {
    return false;
  }
};
/** Fails the test instead of hanging it. */
const within = <T>(ms: number, p: Promise<T>) => Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms))]);

processes('the deadline kills the child and what it started, and decides at once', async () => {
  const r = await within(5000, run('sh', ['-c', 'sh -c "sleep 4711" & wait'], { timeoutMs: 300 }));
  assert.ok(r.timedOut);
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.not.ok(running('sleep 4711'), '~> the grandchild is gone');
});

processes('a child that exits leaving a process on its pipes: its output, without waiting on that process', async () => {
  const r = await within(5000, run('sh', ['-c', 'sleep 4712 & echo done']));
  assert.is(r.code, 0);
  assert.is(r.stdout.trim(), 'done');
  assert.not.ok(r.timedOut);
  // Not ours to kill: a daemon (git credential-cache's) lives on by design.
  execFileSync('pkill', ['-f', 'sleep 4712']);
});

processes('a program that does not exist: 127, at once', async () => {
  const r = await within(5000, run('hf-hooks-no-such-program', []));
  assert.is(r.code, 127);
});

processes.run();
