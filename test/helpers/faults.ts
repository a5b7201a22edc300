// Fault injection through the installer's Io seam (installer/effects/io.ts): the Nth
// primitive call fails the way a full disk or a permission does, or never returns (the
// process killed there: no undo runs). And a byte-exact picture of a sandbox that can be
// put back, so every fault point starts from the same world.
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Io, REAL_IO } from '../../installer/effects/io.ts';

export type Fault = 'EACCES' | 'ENOSPC' | 'crash';

export interface Injected {
  io: Io;
  /** Primitive calls made so far. */
  calls: () => number;
  /** Resolves when the crash point is reached. */
  crashed: Promise<void>;
}

const MESSAGES = { EACCES: 'permission denied', ENOSPC: 'no space left on device' };

/** Io whose call number `at` (1-based) fails with `fault`; 0 means never. */
export function inject(fault: Fault, at: number): Injected {
  let n = 0;
  let reached!: () => void;
  const crashed = new Promise<void>((resolve) => (reached = resolve));
  const wrap = <K extends keyof Io>(name: K): Io[K] => (async (...args: unknown[]) => {
    n += 1;
    if (n === at) {
      if (fault === 'crash') {
        reached();
        return new Promise(() => {});
      }
      throw Object.assign(new Error(`${fault}: ${MESSAGES[fault]}, ${name} '${String(args[0])}'`), { code: fault });
    }
    return (REAL_IO[name] as (...a: unknown[]) => unknown)(...args);
  }) as Io[K];
  const io = Object.fromEntries((Object.keys(REAL_IO) as (keyof Io)[]).map((k) => [k, wrap(k)])) as unknown as Io;
  return { io, calls: () => n, crashed };
}

type Entry = { kind: 'dir'; mode: number } | { kind: 'file'; mode: number; data: Buffer } | { kind: 'link'; target: string };

/** Every path under `dir` but the skipped top-level names, with its bytes and mode. */
export function picture(dir: string, skip: string[] = []): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      if (!rel && skip.includes(name)) continue;
      const st = lstatSync(join(dir, r));
      if (st.isSymbolicLink()) out.set(r, { kind: 'link', target: readlinkSync(join(dir, r)) });
      else if (st.isDirectory()) {
        out.set(r, { kind: 'dir', mode: st.mode & 0o7777 });
        walk(r);
      } else out.set(r, { kind: 'file', mode: st.mode & 0o7777, data: readFileSync(join(dir, r)) });
    }
  };
  walk('');
  return out;
}

/** The paths where two pictures differ, for an assertion message. */
export function differences(a: Map<string, Entry>, b: Map<string, Entry>): string[] {
  const out: string[] = [];
  for (const [p, e] of a) {
    const f = b.get(p);
    if (!f) out.push(`- ${p}`);
    else if (e.kind !== f.kind || ('mode' in e && 'mode' in f && e.mode !== f.mode)
      || (e.kind === 'file' && f.kind === 'file' && !e.data.equals(f.data))
      || (e.kind === 'link' && f.kind === 'link' && e.target !== f.target)) out.push(`~ ${p}`);
  }
  for (const p of b.keys()) if (!a.has(p)) out.push(`+ ${p}`);
  return out;
}

/** Makes `dir` exactly the picture again. */
export function restore(dir: string, pic: Map<string, Entry>, skip: string[] = []): void {
  const now = picture(dir, skip);
  for (const p of [...now.keys()].reverse()) if (!pic.has(p)) rmSync(join(dir, p), { recursive: true, force: true });
  for (const [p, e] of pic) {
    const path = join(dir, p);
    const cur = now.get(p);
    if (e.kind === 'dir') {
      if (cur?.kind !== 'dir') {
        rmSync(path, { recursive: true, force: true });
        mkdirSync(path);
      }
      chmodSync(path, e.mode);
    } else if (e.kind === 'link') {
      if (cur?.kind !== 'link' || cur.target !== e.target) {
        rmSync(path, { recursive: true, force: true });
        symlinkSync(e.target, path);
      }
    } else if (cur?.kind !== 'file' || !cur.data.equals(e.data) || cur.mode !== e.mode) {
      if (cur && cur.kind !== 'file') rmSync(path, { recursive: true, force: true });
      writeFileSync(path, e.data);
      chmodSync(path, e.mode);
    }
  }
}
