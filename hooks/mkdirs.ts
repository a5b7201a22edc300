// `mkdir -p` in bounded time. Node's own recursive mkdir (and fs.cp, which uses it) loops
// forever, at full CPU, on a path whose missing parent cannot be made, such as /proc/nope/x
// (Node 20, 22 and 24; fixed in 26): so every directory hf-hooks makes is made here, one
// level at a time, below the nearest ancestor that exists and is a directory.
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

const fail = (code: string, path: string, why: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: ${why}, mkdir '${path}'`), { code, syscall: 'mkdir', path });

/** Makes `path` and its missing parents; returns the first directory it made (as Node's does), or undefined. */
export async function mkdirs(path: string): Promise<string | undefined> {
  const missing: string[] = [];
  for (let p = resolve(path); ; p = dirname(p)) {
    const st = await stat(p).catch((e: NodeJS.ErrnoException) => e);
    if (!(st instanceof Error)) {
      if (!st.isDirectory()) throw fail('ENOTDIR', p, 'not a directory');
      break;
    }
    if (st.code !== 'ENOENT' || dirname(p) === p) throw st;
    missing.push(p);
  }
  for (const dir of missing.reverse()) {
    // EEXIST: another process made it meanwhile; the next level says if it is not a directory.
    await mkdir(dir).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
  }
  return missing[0];
}
