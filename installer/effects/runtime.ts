// The self-contained hook runtime, copied to a stable per-user place so a hook never
// depends on node_modules, the npx cache or the cwd.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeAtomic } from './files.ts';
import { PACKAGE_ROOT } from './package-root.ts';
export const BUILT_RUNTIME = join(PACKAGE_ROOT, 'dist', 'hook.mjs');

export async function packageVersion(): Promise<string> {
  return JSON.parse(await readFile(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;
}

/** `$XDG_DATA_HOME/hf-hooks/<version>/`: one runtime per version, shared by every repo of this user. */
export function runtimeDir(env: NodeJS.ProcessEnv, version: string): string {
  const data = env.XDG_DATA_HOME || join(env.HOME || homedir(), '.local', 'share');
  return join(data, 'hf-hooks', version);
}

export const runtimePath = (env: NodeJS.ProcessEnv, version: string): string => join(runtimeDir(env, version), 'hook.mjs');
export const sshWrapperPath = (env: NodeJS.ProcessEnv, version: string): string => join(runtimeDir(env, version), 'ssh');
export const credentialHelperPath = (env: NodeJS.ProcessEnv, version: string): string => join(runtimeDir(env, version), 'credential');

/** Copies the built runtime unless an identical copy is already there. Returns whether it wrote. */
export async function installRuntime(target: string): Promise<boolean> {
  const built = await readFile(BUILT_RUNTIME).catch(() => {
    throw new Error(`the hook runtime ${BUILT_RUNTIME} is missing: run 'npm run build' in the hf-hooks package`);
  });
  const current = await readFile(target).catch(() => undefined);
  if (current?.equals(built)) return false;
  await writeAtomic(target, built, 0o644);
  return true;
}
