// One hf-hooks command at a time changes a user's hooks, config and runtime: install and
// uninstall each read what is there, decide, then write, so two at once (an install
// racing an uninstall, two repositories installing the same runtime) would each act on a
// picture the other is changing, and one's sweep of leftovers could take the other's temp
// file. The lock is a file naming its holder's pid; a holder that no longer runs (killed)
// does not hold it.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const POLL_MS = 50;

export type Locked<T> = { ok: T } | { busy: string };

const running = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Runs `fn` holding `<dir>/lock`, waiting up to `waitMs` for another holder to finish. */
export async function withLock<T>(dir: string, fn: () => Promise<T>, waitMs: number): Promise<Locked<T>> {
  const path = join(dir, 'lock');
  await mkdir(dir, { recursive: true });
  const deadline = Date.now() + waitMs;
  for (;;) {
    const taken = await writeFile(path, `${process.pid}\n`, { flag: 'wx', mode: 0o644 }).then(() => true, (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
      return false;
    });
    if (taken) break;
    const holder = Number((await readFile(path, 'utf8').catch(() => '')).trim());
    if (!Number.isInteger(holder) || holder <= 0 || !running(holder)) {
      // Left by a process that was killed (or a half-written file): not held.
      await rm(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline) return { busy: `another hf-hooks command (pid ${holder}) is changing hooks and config; wait for it, or if no such process runs, remove ${path}` };
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  try {
    return { ok: await fn() };
  } finally {
    await rm(path, { force: true });
  }
}
