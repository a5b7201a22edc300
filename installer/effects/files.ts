// File writes that never leave a half-written hook behind.
import { randomBytes } from 'node:crypto';
import { lstat, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type Io, REAL_IO } from './io.ts';

// The two names a run leaves beside a path while it works, and a killed one leaves for
// good: a write's temp file, and a tree set aside for removal (journal.ts).
const hex8 = () => randomBytes(4).toString('hex');
const tmpName = (path: string) => join(dirname(path), `.${basename(path)}.${hex8()}.tmp`);
export const asideName = (path: string) => `${path}.hf-hooks-removing-${hex8()}`;
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const leftoverOf = (path: string) => {
  const name = literal(basename(path));
  return new RegExp(`^(?:\\.${name}\\.[0-9a-f]{8}\\.tmp|${name}\\.hf-hooks-removing-[0-9a-f]{8})$`);
};

/** Leaves an identical file alone, so running install twice changes nothing. */
export async function writeAtomic(path: string, data: string | Uint8Array, mode: number, io: Io = REAL_IO): Promise<void> {
  const current = await inspect(path);
  if (current?.kind === 'file' && current.mode === mode && current.text === (typeof data === 'string' ? data : Buffer.from(data).toString('utf8'))) return;
  await io.mkdir(dirname(path));
  const tmp = tmpName(path);
  try {
    await io.writeFile(tmp, data);
    await io.chmod(tmp, mode);
    await io.rename(tmp, path);
  } catch (error) {
    await io.remove(tmp).catch(() => {});
    throw error;
  }
}

/** Removes what a run killed midway left beside `path`: only names of exactly those two shapes. */
export async function sweepBeside(path: string, io: Io = REAL_IO): Promise<void> {
  const entries = await io.readdir(dirname(path)).catch(() => [] as string[]);
  const leftover = leftoverOf(path);
  for (const e of entries) if (leftover.test(e)) await io.remove(join(dirname(path), e));
}

export interface FileInfo {
  kind: 'file' | 'symlink' | 'dir' | 'other';
  /** Permission bits. */
  mode: number;
  /** Content of a regular file. */
  text?: string;
}

export async function inspect(path: string): Promise<FileInfo | undefined> {
  const st = await lstat(path).catch(() => undefined);
  if (!st) return undefined;
  const mode = st.mode & 0o7777;
  if (st.isSymbolicLink()) return { kind: 'symlink', mode };
  if (st.isDirectory()) return { kind: 'dir', mode };
  if (!st.isFile()) return { kind: 'other', mode };
  return { kind: 'file', mode, text: await readFile(path, 'utf8') };
}

/** Directories are followed through symlinks: a linked hooks dir is still a hooks dir. */
export async function inspectDir(path: string): Promise<FileInfo | undefined> {
  const st = await stat(path).catch(() => undefined);
  if (!st) return undefined;
  return { kind: st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other', mode: st.mode & 0o7777 };
}
