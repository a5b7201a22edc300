// File writes that never leave a half-written hook behind.
import { randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Leaves an identical file alone, so running install twice changes nothing. */
export async function writeAtomic(path: string, data: string | Uint8Array, mode: number): Promise<void> {
  const current = await inspect(path);
  if (current?.kind === 'file' && current.mode === mode && current.text === (typeof data === 'string' ? data : Buffer.from(data).toString('utf8'))) return;
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data);
    await chmod(tmp, mode);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
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
