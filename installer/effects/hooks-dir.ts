// Where Git will look for pre-push in this repository, and what kind of place it is.
import { basename, dirname, join, resolve } from 'node:path';
import { access } from 'node:fs/promises';
import { git } from './git.ts';
import { LEFTHOOK_CONFIGS, SCRIPT } from '../plan/lefthook.ts';

export interface HookTarget {
  /**
   * `hooks-dir`: Git runs <hooksDir>/pre-push. `husky`: husky runs <huskyDir>/pre-push.
   * `lefthook`: lefthook runs <top>/.lefthook/pre-push/hf-hooks.sh, declared in `config`.
   */
  kind: 'hooks-dir' | 'husky' | 'lefthook';
  /** lefthook.yml (or its other names) at the top of the work tree. */
  config?: string;
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
  const lefthook = huskyDir || bare === 'true' ? undefined : await lefthookConfig(cwd);
  return {
    kind: huskyDir ? 'husky' : lefthook ? 'lefthook' : 'hooks-dir',
    ...(lefthook && { config: lefthook }),
    hooksDir,
    file: lefthook ? join(dirname(lefthook), '.lefthook', 'pre-push', SCRIPT) : join(huskyDir ?? hooksDir, 'pre-push'),
    defaultHooksDir: join(common, 'hooks'),
    commonDir: common,
    ...(origin.ok && { hooksPath: { value: value.join('\t'), scope } }),
    bare: bare === 'true',
  };
}

/** lefthook's config at the top of the work tree, if this repository uses lefthook. */
async function lefthookConfig(cwd: string): Promise<string | undefined> {
  const top = await git(cwd, ['rev-parse', '--show-toplevel']);
  if (!top.ok) return undefined;
  for (const name of LEFTHOOK_CONFIGS) {
    const path = join(top.stdout, name);
    if (await access(path).then(() => true, () => false)) return path;
  }
  return undefined;
}

/** husky 9 sets core.hooksPath to `.husky/_`; husky 4-8 to `.husky`. User scripts live in `.husky/`. */
function huskyDirOf(hooksDir: string): string | undefined {
  if (basename(hooksDir) === '_' && basename(dirname(hooksDir)) === '.husky') return dirname(hooksDir);
  if (basename(hooksDir) === '.husky') return hooksDir;
  return undefined;
}
