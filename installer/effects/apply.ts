// Carries out a plan. If a step fails, every step already taken is undone (journal.ts).
import { join } from 'node:path';
import { sweepBeside, writeAtomic } from './files.ts';
import { Journal } from './journal.ts';
import { type Io, REAL_IO } from './io.ts';
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

/** git config in one scope, run from `cwd`. */
function configIn(cwd: string, scope: Scope, { git }: Io) {
  const flag = `--${scope}`;
  const gitOk = async (cwd: string, args: string[]) => {
    const r = await git(cwd, args);
    if (!r.ok) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
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
  /** Files no step touches whose temp files a killed install may have left (uninstall's runtime). */
  sweep?: string[];
}

/** Removes the temp files and set-aside trees a killed run left beside these paths. */
export async function sweepAll(paths: string[], io: Io = REAL_IO): Promise<void> {
  for (const path of new Set(paths)) await sweepBeside(path, io);
}

/** The files a step writes or removes, whose neighbourhood a killed earlier run may have littered. */
const pathsOf = (a: Action): string[] =>
  a.kind === 'rename' ? [a.from, a.to] : 'path' in a ? [a.path] : a.kind === 'seed-template' ? [a.to] : [];

/**
 * Carries out the actions in order, every write through `io`. On a failure, undoes every
 * step taken and rethrows, with what it could not undo. Killed midway (no undo), it leaves
 * only states the next install or uninstall completes: the plans are decided from what is
 * there, and the temp files and trees set aside by a killed run are swept first.
 */
export async function apply(actions: Action[], to: ApplyTo, io: Io = REAL_IO): Promise<string[]> {
  const config = configIn(to.cwd, to.scope, io);
  const journal = new Journal();
  try {
    await sweepAll([...actions.flatMap(pathsOf), ...(to.sweep ?? [])], io);
    for (const a of actions) {
      if (a.kind === 'runtime') {
        await journal.keepFile(a.path);
        await installRuntime(a.path, io);
      } else if (a.kind === 'write') {
        await journal.keepFile(a.path);
        await writeAtomic(a.path, a.text, a.mode, io);
      } else if (a.kind === 'remove') {
        await journal.keepFile(a.path);
        await io.remove(a.path);
      } else if (a.kind === 'state') {
        await journal.keepFile(a.path);
        await (a.text === undefined ? io.remove(a.path) : writeAtomic(a.path, a.text, 0o644, io));
      } else if (a.kind === 'rename') {
        await journal.keepFile(a.from);
        await journal.keepFile(a.to);
        await io.rename(a.from, a.to);
      } else if (a.kind === 'seed-template') {
        await journal.keepTree(a.to);
        await io.copyTree(a.from, a.to);
      } else if (a.kind === 'remove-tree') {
        await journal.removeTree(a.path, io);
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
  return journal.commit(io);
}

/** A step failed; `left` names what could not be put back (empty: nothing changed). */
export class ApplyError extends Error {
  constructor(message: string, readonly left: string[]) {
    super(message);
  }
}

/**
 * Refuses up front when the hook's dir is not writable; otherwise applies. A refusal when
 * anything fails; a line for the user when it all worked but a tree set aside for
 * removal could not be deleted (the next run sweeps it).
 */
export async function applyOrRefuse(command: string, target: HookTarget, actions: Action[], to: ApplyTo, io: Io = REAL_IO): Promise<Applied> {
  if (!actions.length) {
    // Nothing to do, but a killed install may have left its temp files.
    await sweepAll(to.sweep ?? [], io).catch(() => {});
    return { notes: [] };
  }
  const touchesHooks = actions.some((a) => a.kind === 'write' || a.kind === 'rename' || a.kind === 'remove');
  const problem = touchesHooks ? await writableProblem(target) : undefined;
  if (problem) return { refusal: refused(command, problem) };
  try {
    const left = await apply(actions, to, io);
    return { notes: left.map((path) => `note: could not delete ${path}; the next install or uninstall removes it`) };
  } catch (error) {
    return { refusal: refused(command, (error as Error).message, error instanceof ApplyError ? error.left : []) };
  }
}

export type Applied = { refusal: CommandResult } | { notes: string[] };

/** git config --local from `cwd`, which writes the repository's own config file. */
export const localConfig = (cwd: string, target: HookTarget): ApplyTo => ({ cwd, scope: 'local', configFile: join(target.commonDir, 'config') });
