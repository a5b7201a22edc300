// Carries out a plan; undoes the steps already taken if a later one fails.
import { cp, rename, rm } from 'node:fs/promises';
import { writeAtomic } from './files.ts';
import { git } from './git.ts';
import { type HookTarget } from './hooks-dir.ts';
import { type Action } from '../plan/hooks.ts';
import { type CommandResult, refused } from '../result.ts';
import { installRuntime } from './runtime.ts';
import { shQuote } from '../plan/shim.ts';
import { writableProblem } from './snapshot.ts';

/** Which config file git config actions change: this repository's, or the user's. */
export type Scope = 'local' | 'global';

export function describe(a: Action, scope: Scope = 'local'): string {
  switch (a.kind) {
    case 'runtime': return `copy the hook runtime to ${a.path}`;
    case 'rename': return `move ${a.from} to ${a.to}`;
    case 'write': return `write ${a.path} (mode ${a.mode.toString(8)})`;
    case 'remove': return `remove ${a.path}`;
    case 'config': return a.value === undefined ? `git config --${scope} --unset ${a.key}` : `git config --${scope} ${a.key} ${shQuote(a.value)}`;
    case 'config-add': return `git config --${scope} --add ${a.key} ${shQuote(a.value)}`;
    case 'config-remove': return `git config --${scope} --fixed-value --unset ${a.key} ${shQuote(a.value)}`;
    case 'drop-empty-section': return `git config --${scope} --remove-section ${a.section} (if empty)`;
    case 'state': return a.text === undefined ? `remove ${a.path}` : `record the previous settings in ${a.path}`;
    case 'seed-template': return `copy Git's default template ${a.from} to ${a.to}`;
    case 'remove-tree': return `remove ${a.path} and everything in it`;
  }
}

async function gitOk(cwd: string, args: string[]): Promise<void> {
  const r = await git(cwd, args);
  if (!r.ok) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

/** git config in one scope, run from `cwd`. */
function configIn(cwd: string, scope: Scope) {
  const flag = `--${scope}`;
  return {
    add: (key: string, value: string) => gitOk(cwd, ['config', flag, '--add', key, value]),
    remove: (key: string, value: string) => gitOk(cwd, ['config', flag, '--fixed-value', '--unset', key, value]),
    async set(key: string, value: string | undefined) {
      const r = await git(cwd, value === undefined ? ['config', flag, '--unset', key] : ['config', flag, key, value]);
      // exit 5: unsetting a key that is not set, which is the state we want anyway.
      if (!r.ok && !(value === undefined && r.code === 5)) throw new Error(`git config ${key}: ${r.stderr}`);
    },
    /** `[section]` (or `section.subsection`) is dropped only when no key is left in it. */
    async dropEmpty(section: string) {
      const names = await git(cwd, ['config', flag, '--name-only', '--list']);
      const left = names.stdout.split('\n').some((n) => n.toLowerCase().startsWith(`${section.toLowerCase()}.`));
      if (!left) await git(cwd, ['config', flag, '--remove-section', section]);
    },
  };
}

export async function apply(actions: Action[], cwd: string, scope: Scope = 'local'): Promise<void> {
  const config = configIn(cwd, scope);
  const undo: (() => Promise<unknown>)[] = [];
  try {
    for (const a of actions) {
      if (a.kind === 'runtime') await installRuntime(a.path);
      else if (a.kind === 'write') await writeAtomic(a.path, a.text, a.mode);
      else if (a.kind === 'remove') await rm(a.path);
      else if (a.kind === 'state') await (a.text === undefined ? rm(a.path, { force: true }) : writeAtomic(a.path, a.text, 0o644));
      else if (a.kind === 'seed-template') {
        await cp(a.from, a.to, { recursive: true, errorOnExist: false, force: false });
        undo.unshift(() => rm(a.to, { recursive: true, force: true }));
      } else if (a.kind === 'remove-tree') await rm(a.path, { recursive: true, force: true });
      else if (a.kind === 'config') {
        await config.set(a.key, a.value);
        undo.unshift(() => config.set(a.key, a.previous));
      } else if (a.kind === 'config-add') {
        await config.add(a.key, a.value);
        undo.unshift(() => config.remove(a.key, a.value));
      } else if (a.kind === 'config-remove') {
        await config.remove(a.key, a.value);
        undo.unshift(() => config.add(a.key, a.value));
      } else if (a.kind === 'drop-empty-section') {
        await config.dropEmpty(a.section);
      } else {
        await rename(a.from, a.to);
        undo.unshift(() => rename(a.to, a.from));
      }
    }
  } catch (error) {
    for (const step of undo) await step().catch(() => {});
    throw error;
  }
}

/** Refuses up front when the hook's dir is not writable; otherwise applies. A refusal when anything fails. */
export async function applyOrRefuse(command: string, target: HookTarget, actions: Action[], cwd: string, scope: Scope = 'local'): Promise<CommandResult | undefined> {
  if (!actions.length) return undefined;
  const touchesHooks = actions.some((a) => a.kind === 'write' || a.kind === 'rename' || a.kind === 'remove');
  const problem = touchesHooks ? await writableProblem(target) : undefined;
  if (problem) return refused(command, problem);
  try {
    await apply(actions, cwd, scope);
  } catch (error) {
    return refused(command, (error as Error).message);
  }
  return undefined;
}
