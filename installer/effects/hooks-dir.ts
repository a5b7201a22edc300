// Where Git will look for pre-push in this repository, and what kind of place it is.
import { basename, dirname, join, resolve } from 'node:path';
import { git } from './git.ts';

export interface HookTarget {
  /** `hooks-dir`: Git runs <hooksDir>/pre-push. `husky`: husky runs <huskyDir>/pre-push. */
  kind: 'hooks-dir' | 'husky';
  hooksDir: string;
  /** The file hf-hooks writes or extends. */
  file: string;
  /** The repository's own hooks dir, where a shim would sit without core.hooksPath. */
  defaultHooksDir: string;
  /** The git dir shared by all worktrees: config and hf-hooks' record live here. */
  commonDir: string;
  /** core.hooksPath as configured, and the scope it came from. */
  hooksPath?: { value: string; scope: string };
  bare: boolean;
}

export async function locateHooks(cwd: string): Promise<HookTarget | { error: string }> {
  const rev = await git(cwd, ['rev-parse', '--is-bare-repository', '--git-common-dir', '--git-path', 'hooks']);
  if (!rev.ok) return { error: `not inside a Git repository (${cwd}): ${rev.stderr.split('\n')[0]}` };
  const [bare, commonDir, hooks] = rev.stdout.split('\n');
  const hooksDir = resolve(cwd, hooks);
  const origin = await git(cwd, ['config', '--show-scope', '--get', 'core.hooksPath']);
  const [scope, ...value] = origin.ok ? origin.stdout.split('\t') : [];
  const huskyDir = huskyDirOf(hooksDir);
  const common = resolve(cwd, commonDir);
  return {
    kind: huskyDir ? 'husky' : 'hooks-dir',
    hooksDir,
    file: join(huskyDir ?? hooksDir, 'pre-push'),
    defaultHooksDir: join(common, 'hooks'),
    commonDir: common,
    ...(origin.ok && { hooksPath: { value: value.join('\t'), scope } }),
    bare: bare === 'true',
  };
}

/** husky 9 sets core.hooksPath to `.husky/_`; husky 4-8 to `.husky`. User scripts live in `.husky/`. */
function huskyDirOf(hooksDir: string): string | undefined {
  if (basename(hooksDir) === '_' && basename(dirname(hooksDir)) === '.husky') return dirname(hooksDir);
  if (basename(hooksDir) === '.husky') return hooksDir;
  return undefined;
}
