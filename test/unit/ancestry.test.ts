// hooks/ancestry.ts against real processes: the argv of this process's parents, from /proc
// (Linux) and from `ps` (macOS and the BSDs), which the credential helper reads Git's URL from.
import { spawn } from 'node:child_process';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ancestors } from '../../hooks/ancestry.ts';
import { run } from '../../hooks/process.ts';

const s = suite('ancestry: who started this process');

/** A child `sh -c` that runs `sleep`, as Git runs a helper; the sleep's pid. */
async function chain(): Promise<{ pid: number; stop(): void }> {
  const sh = spawn('sh', ['-c', 'sleep 30 & echo $!; wait', 'fake-remote-helper'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const pid = await new Promise<number>((resolve) => sh.stdout.once('data', (b: Buffer) => resolve(Number(String(b).trim()))));
  return { pid, stop: () => sh.kill('SIGKILL') };
}

for (const platform of ['linux', 'darwin'] as const) {
  s(`${platform === 'linux' ? '/proc' : 'ps'}: a process's argv, then its parent's, as deep as asked`, async () => {
    const c = await chain();
    try {
      const [sleep, sh, ...rest] = (await ancestors(c.pid, 2, run, platform))!;
      assert.equal(sleep.slice(0, 2), ['sleep', '30']);
      assert.equal(sh.slice(0, 2), ['sh', '-c'], sh.join(' '));
      assert.ok(sh.includes('fake-remote-helper'), '~> every word of the parent, $0 included');
      assert.is(rest.length, 0, '~> no deeper than asked');
    } finally {
      c.stop();
    }
  });
}

s('Windows cannot say: undefined, so the helper falls back to what it can see', async () => {
  assert.is(await ancestors(process.ppid, 4, run, 'win32'), undefined);
});

s.run();
