// One hf-hooks command at a time changes a user's hooks, config and runtime: install and
// uninstall each read what is there, decide, then write, so two at once (an install
// racing an uninstall, two repositories installing the same runtime) would each act on a
// picture the other is changing, and one's sweep of leftovers could take the other's temp
// file. The lock is a file naming its holder's pid; a holder that no longer runs (killed)
// does not hold it.
import { readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mkdirs } from '../../hooks/mkdirs.ts';

const POLL_MS = 50;
/** How long a lock file may go without its pid before it counts as left by a killed process. */
const UNNAMED_MS = 2000;

export type Locked<T> = { ok: T } | { busy: string };

const running = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const UNWRITABLE = Symbol('unwritable');
const unwritable = (e: NodeJS.ErrnoException): typeof UNWRITABLE => {
  if (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS') return UNWRITABLE;
  throw e;
};

/** Runs `fn` holding `<dir>/lock`, waiting up to `waitMs` for another holder to finish. */
export async function withLock<T>(dir: string, fn: () => Promise<T>, waitMs: number): Promise<Locked<T>> {
  const path = join(dir, 'lock');
  // A command that ends up changing nothing (a refusal, --dry-run) leaves no directory behind.
  const created = await mkdirs(dir).catch(unwritable);
  if (created === UNWRITABLE) return { ok: await fn() };
  const deadline = Date.now() + waitMs;
  for (;;) {
    const taken = await writeFile(path, `${process.pid}\n`, { flag: 'wx', mode: 0o644 }).then(() => true, (e: NodeJS.ErrnoException) => {
      if (e.code === 'EEXIST') return false;
      return unwritable(e);
    });
    // Nobody can take a lock where this user cannot write, and nothing of this user's can
    // change there either: the command itself says what it cannot write.
    if (taken === UNWRITABLE) return { ok: await fn() };
    if (taken) break;
    const holder = Number((await readFile(path, 'utf8').catch(() => '')).trim());
    const named = Number.isInteger(holder) && holder > 0;
    // No pid yet: just created by another process, unless it has been like that a while.
    const fresh = !named && Date.now() - ((await stat(path).catch(() => undefined))?.mtimeMs ?? 0) < UNNAMED_MS;
    if (named ? !running(holder) : !fresh) {
      // Left by a process that was killed: not held.
      await rm(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline) return { busy: `another hf-hooks command (pid ${named ? holder : '?'}) is changing hooks and config; wait for it, or if no such process runs, remove ${path}` };
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  try {
    return { ok: await fn() };
  } finally {
    await rm(path, { force: true });
    if (created) for (let d = dir; ; d = dirname(d)) {
      if (!(await rmdir(d).then(() => true, () => false)) || d === created) break;
    }
  }
}
