// Reads the hook files a plan is decided from.
import { access, constants } from 'node:fs/promises';
import { dirname } from 'node:path';
import { inspect, inspectDir } from './files.ts';
import { type HookTarget } from './hooks-dir.ts';
import { type Snapshot, chainedPath } from '../plan/hooks.ts';

export async function snapshot(target: HookTarget): Promise<Snapshot> {
  const [dir, file, chained, config] = await Promise.all([
    inspectDir(dirname(target.file)),
    inspect(target.file),
    target.kind === 'hooks-dir' ? inspect(chainedPath(target.file)) : undefined,
    target.config ? inspect(target.config) : undefined,
  ]);
  return { target, dir, file, chained, ...(config && { config }) };
}

/** Refuse before touching anything, rather than fail halfway. */
export async function writableProblem(target: HookTarget): Promise<string | undefined> {
  let dir = dirname(target.file);
  for (;;) {
    const ok = await access(dir, constants.W_OK).then(() => true, (e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : false));
    if (ok === true) return undefined;
    if (ok === false) return `${dir} is not writable by you`;
    if (dirname(dir) === dir) return `${dir} does not exist`;
    dir = dirname(dir);
  }
}
