// What a failed install or uninstall must put back: every path a step is about to touch,
// as it was before the first touch. Undo restores those bytes and modes, removes what did
// not exist, and says exactly which paths it could not put back.
import { randomBytes } from 'node:crypto';
import { chmod, lstat, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { mkdirs } from '../../hooks/mkdirs.ts';
import { dirname, join } from 'node:path';
import { type Io, REAL_IO } from './io.ts';
import { asideName } from './files.ts';

type Saved =
  | { kind: 'absent'; /** The highest parent directory that did not exist either. */ createdDir?: string }
  | { kind: 'file'; data: Buffer; mode: number }
  | { kind: 'tree'; files: Set<string> };

export class Journal {
  private readonly saved = new Map<string, Saved>();
  /** Trees moved aside by remove-tree: deleted for good only when every step succeeded. */
  private readonly aside: { path: string; moved: string }[] = [];

  /** Before a step writes, renames or removes a file. */
  async keepFile(path: string): Promise<void> {
    if (this.saved.has(path)) return;
    const st = await lstat(path).catch(() => undefined);
    if (!st) return void this.saved.set(path, { kind: 'absent', createdDir: await highestMissing(dirname(path)) });
    if (!st.isFile()) throw new Error(`${path} is not a regular file`);
    this.saved.set(path, { kind: 'file', data: await readFile(path), mode: st.mode & 0o7777 });
  }

  /** Before a step adds files to a directory tree (a copied template). */
  async keepTree(path: string): Promise<void> {
    if (this.saved.has(path)) return;
    const files = await readdir(path, { recursive: true }).catch(() => undefined);
    this.saved.set(path, files ? { kind: 'tree', files: new Set(files.map((f) => join(path, f))) } : { kind: 'absent', createdDir: await highestMissing(dirname(path)) });
  }

  /** remove-tree, undoably: the tree is moved aside now and deleted at commit(). */
  async removeTree(path: string, io: Io = REAL_IO): Promise<void> {
    const moved = asideName(path);
    const done = await io.rename(path, moved).then(() => true, (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return false;
      throw e;
    });
    if (done) this.aside.push({ path, moved });
  }

  /**
   * Deletes the trees moved aside. A failure here leaves one behind, under a name the
   * next run sweeps (files.ts sweepBeside); it is returned so the user is told.
   */
  async commit(io: Io = REAL_IO): Promise<string[]> {
    const left: string[] = [];
    for (const { moved } of this.aside) await io.remove(moved).catch(() => left.push(moved));
    return left;
  }

  /** Puts everything back, newest first; returns the paths it could not restore. */
  async undo(): Promise<string[]> {
    const failed: string[] = [];
    for (const { path, moved } of this.aside.reverse()) {
      await rm(path, { recursive: true, force: true }).then(() => rename(moved, path)).catch(() => failed.push(path));
    }
    for (const [path, s] of [...this.saved].reverse()) await restore(path, s).catch(() => failed.push(path));
    return failed;
  }
}

async function restore(path: string, s: Saved): Promise<void> {
  if (s.kind === 'file') {
    const tmp = `${path}.${randomBytes(4).toString('hex')}.restore`;
    await mkdirs(dirname(path));
    await writeFile(tmp, s.data);
    await chmod(tmp, s.mode);
    await rename(tmp, path);
  } else if (s.kind === 'tree') {
    const now = await readdir(path, { recursive: true }).catch(() => []);
    // Deepest first, so a directory is empty by the time it is looked at.
    for (const f of now.map((f) => join(path, f)).sort().reverse()) if (!s.files.has(f)) await rm(f, { recursive: true, force: true });
  } else {
    // Under a file that is not a directory (ENOTDIR), the path never came to exist.
    await rm(path, { recursive: true, force: true }).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOTDIR') throw e;
    });
    if (s.createdDir) await rm(s.createdDir, { recursive: true, force: true });
  }
}

/** The top of the chain of parent directories that a write would have to create. */
async function highestMissing(dir: string): Promise<string | undefined> {
  let missing: string | undefined;
  for (let d = dir; !(await lstat(d).then(() => true, () => false)); d = dirname(d)) {
    missing = d;
    if (dirname(d) === d) break;
  }
  return missing;
}
