// The processes that started this one, nearest first, as their argv: how the credential
// helper learns which URL Git asked about (https/caller.ts). Linux has them in /proc; other
// Unix systems answer `ps`; where neither answers (Windows), nobody knows.
import { readFile } from 'node:fs/promises';
import { type RunOptions, type RunResult, LOCAL_TIMEOUT_MS } from './process.ts';

type Run = (cmd: string, args: string[], opts?: RunOptions) => Promise<RunResult>;

/** One process: its parent, and its argv (from `ps`, words split at spaces: enough for names and URLs). */
type Proc = { ppid: number; argv: string[] } | undefined;

async function fromProc(pid: number): Promise<Proc> {
  try {
    const [stat, cmdline] = await Promise.all([readFile(`/proc/${pid}/stat`, 'utf8'), readFile(`/proc/${pid}/cmdline`, 'utf8')]);
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return { ppid, argv: cmdline.split('\0').filter((a, i, all) => a !== '' || i < all.length - 1) };
  } catch {
    return undefined;
  }
}

async function fromPs(pid: number, run: Run): Promise<Proc> {
  const r = await run('ps', ['-ww', '-o', 'ppid=', '-o', 'command=', '-p', String(pid)], { timeoutMs: LOCAL_TIMEOUT_MS });
  const m = r.code === 0 ? /^\s*(\d+)\s+(.*)$/.exec(r.stdout.trim()) : null;
  return m ? { ppid: Number(m[1]), argv: m[2].split(/\s+/) } : undefined;
}

/** Up to `depth` ancestors' argv, nearest first; undefined when this system cannot say. */
export async function ancestors(ppid: number, depth: number, run: Run, platform = process.platform): Promise<string[][] | undefined> {
  if (platform === 'win32') return undefined;
  const read = platform === 'linux' ? fromProc : (pid: number) => fromPs(pid, run);
  const out: string[][] = [];
  for (let pid = ppid; out.length < depth && pid > 1;) {
    const p = await read(pid);
    if (!p) return out.length ? out : undefined;
    out.push(p.argv);
    pid = p.ppid;
  }
  return out;
}
