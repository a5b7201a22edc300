// Where a version of hf-hooks keeps its runtime: `$XDG_DATA_HOME/hf-hooks/<version>/`,
// one per version, shared by every repository of a user. The installer writes it, the
// hooks and `status` recognise it; this is the only place that knows its shape.
import { join } from 'node:path';

export const RUNTIME_FILES = { hook: 'hook.mjs', ssh: 'ssh', credential: 'credential' } as const;
export type RuntimeFile = keyof typeof RUNTIME_FILES;

export function dataRoot(env: NodeJS.ProcessEnv, home: string): string {
  return join(env.XDG_DATA_HOME || join(env.HOME || home, '.local', 'share'), 'hf-hooks');
}

export const runtimeDir = (env: NodeJS.ProcessEnv, home: string, version: string): string => join(dataRoot(env, home), version);

export const runtimeFile = (env: NodeJS.ProcessEnv, home: string, version: string, file: RuntimeFile): string =>
  join(runtimeDir(env, home, version), RUNTIME_FILES[file]);

/**
 * This user's pre-push runner: the stable, unversioned entry a committed hook block (a
 * husky .husky/pre-push) looks for, since it may name no path of any one machine.
 */
export const runnerFile = (env: NodeJS.ProcessEnv, home: string): string => join(dataRoot(env, home), 'pre-push');

const RUNTIME_PATH = /\/hf-hooks\/([^/]+)\/(hook\.mjs|ssh|credential)$/;

/** Which runtime file of which version a path is, if it is one (wherever the data dir was). */
export function runtimeFileOf(path: string): { version: string; file: RuntimeFile } | undefined {
  const m = RUNTIME_PATH.exec(path);
  if (!m) return undefined;
  const file = (Object.keys(RUNTIME_FILES) as RuntimeFile[]).find((k) => RUNTIME_FILES[k] === m[2])!;
  return { version: m[1], file };
}
