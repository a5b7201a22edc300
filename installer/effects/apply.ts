// Carries out a plan. If a step fails, every step already taken is undone (journal.ts).
import { cp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomic } from './files.ts';
import { Journal } from './journal.ts';
import { git } from './git.ts';
import { type HookTarget } from './hooks-dir.ts';
import { type Action } from '../plan/hooks.ts';
import { type CommandResult, refused } from '../result.ts';
import { installRuntime } from './runtime.ts';
import { shQuote } from '../../hooks/shell.ts';
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

export interface ApplyTo {
  /** Where git config runs. */
  cwd: string;
  scope: Scope;
  /** The file that scope's git config writes, so a failure can put it back byte for byte. */
  configFile: string;
}

/** Carries out the actions in order. On a failure, undoes every step taken and rethrows, with what it could not undo. */
export async function apply(actions: Action[], to: ApplyTo): Promise<void> {
  const config = configIn(to.cwd, to.scope);
  const journal = new Journal();
  try {
    for (const a of actions) {
      if (a.kind === 'runtime') {
        await journal.keepFile(a.path);
        await installRuntime(a.path);
      } else if (a.kind === 'write') {
        await journal.keepFile(a.path);
        await writeAtomic(a.path, a.text, a.mode);
      } else if (a.kind === 'remove') {
        await journal.keepFile(a.path);
        await rm(a.path);
      } else if (a.kind === 'state') {
        await journal.keepFile(a.path);
        await (a.text === undefined ? rm(a.path, { force: true }) : writeAtomic(a.path, a.text, 0o644));
      } else if (a.kind === 'rename') {
        await journal.keepFile(a.from);
        await journal.keepFile(a.to);
        await rename(a.from, a.to);
      } else if (a.kind === 'seed-template') {
        await journal.keepTree(a.to);
        await cp(a.from, a.to, { recursive: true, errorOnExist: false, force: false });
      } else if (a.kind === 'remove-tree') {
        await journal.removeTree(a.path);
      } else {
        await journal.keepFile(to.configFile);
        if (a.kind === 'config') await config.set(a.key, a.value);
        else if (a.kind === 'config-add') await config.add(a.key, a.value);
        else if (a.kind === 'config-remove') await config.remove(a.key, a.value);
        else await config.dropEmpty(a.section);
      }
    }
  } catch (error) {
    throw new ApplyError((error as Error).message, await journal.undo());
  }
  await journal.commit();
}

/** A step failed; `left` names what could not be put back (empty: nothing changed). */
export class ApplyError extends Error {
  constructor(message: string, readonly left: string[]) {
    super(message);
  }
}

/** Refuses up front when the hook's dir is not writable; otherwise applies. A refusal when anything fails. */
export async function applyOrRefuse(command: string, target: HookTarget, actions: Action[], to: ApplyTo): Promise<CommandResult | undefined> {
  if (!actions.length) return undefined;
  const touchesHooks = actions.some((a) => a.kind === 'write' || a.kind === 'rename' || a.kind === 'remove');
  const problem = touchesHooks ? await writableProblem(target) : undefined;
  if (problem) return refused(command, problem);
  try {
    await apply(actions, to);
  } catch (error) {
    return refused(command, (error as Error).message, error instanceof ApplyError ? error.left : []);
  }
  return undefined;
}

/** git config --local from `cwd`, which writes the repository's own config file. */
export const localConfig = (cwd: string, target: HookTarget): ApplyTo => ({ cwd, scope: 'local', configFile: join(target.commonDir, 'config') });
