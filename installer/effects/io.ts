// Every write an install or uninstall makes goes through one of these primitives. The
// commands take them as a parameter (real ones by default) so a test can make any one of
// them fail, or never return, and check what the rest of the run leaves behind.
import { chmod, cp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { mkdirs } from '../../hooks/mkdirs.ts';
import { git, type GitResult } from './git.ts';

export interface Io {
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  chmod(path: string, mode: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** rm -rf: no error when the path is already gone. */
  remove(path: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  /** Copies a tree, never overwriting what is there. */
  copyTree(from: string, to: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  git(cwd: string, args: string[]): Promise<GitResult>;
}

export const REAL_IO: Io = {
  writeFile: (path, data) => writeFile(path, data),
  chmod: (path, mode) => chmod(path, mode),
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { recursive: true, force: true }),
  mkdir: async (path) => void (await mkdirs(path)),
  // fs.cp makes `to` with Node's recursive mkdir (which can spin forever): made here first.
  copyTree: async (from, to) => {
    await mkdirs(to);
    await cp(from, to, { recursive: true, errorOnExist: false, force: false });
  },
  readdir: (path) => readdir(path),
  git,
};
