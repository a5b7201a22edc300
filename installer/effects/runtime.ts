// The self-contained hook runtime, copied to a stable per-user place so a hook never
// depends on node_modules, the npx cache or the cwd.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { runnerFile, runtimeFile } from '../../hooks/layout.ts';
import { writeAtomic } from './files.ts';
import { type Io, REAL_IO } from './io.ts';
import { PACKAGE_ROOT } from './package-root.ts';
export const BUILT_RUNTIME = join(PACKAGE_ROOT, 'dist', 'hook.mjs');

export async function packageVersion(): Promise<string> {
  return JSON.parse(await readFile(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;
}

/** This user's copy of each runtime file of a version (hooks/layout.ts). */
export const runtimePath = (env: NodeJS.ProcessEnv, version: string): string => runtimeFile(env, homedir(), version, 'hook');
export const sshWrapperPath = (env: NodeJS.ProcessEnv, version: string): string => runtimeFile(env, homedir(), version, 'ssh');
export const credentialHelperPath = (env: NodeJS.ProcessEnv, version: string): string => runtimeFile(env, homedir(), version, 'credential');
export const runnerPath = (env: NodeJS.ProcessEnv): string => runnerFile(env, homedir());
/** Every file install writes outside the repository, for a version. */
export const runtimeFiles = (env: NodeJS.ProcessEnv, version: string): string[] =>
  [runtimePath(env, version), sshWrapperPath(env, version), credentialHelperPath(env, version), runnerPath(env)];

/** Copies the built runtime unless an identical copy is already there. Returns whether it wrote. */
export async function installRuntime(target: string, io: Io = REAL_IO): Promise<boolean> {
  const built = await readFile(BUILT_RUNTIME).catch(() => {
    throw new Error(`the hook runtime ${BUILT_RUNTIME} is missing: run 'npm run build' in the hf-hooks package`);
  });
  const current = await readFile(target).catch(() => undefined);
  if (current?.equals(built)) return false;
  await writeAtomic(target, built, 0o644, io);
  return true;
}
