// Carries out a plan; undoes the steps already taken if a later one fails.
import { rename, rm } from 'node:fs/promises';
import { writeAtomic } from './files.ts';
import { git } from './git.ts';
import { type HookTarget } from './hooks-dir.ts';
import { type Action } from './plan.ts';
import { type CommandResult, refused } from './result.ts';
import { installRuntime } from './runtime.ts';
import { shQuote } from './shim.ts';
import { writableProblem } from './snapshot.ts';

export function describe(a: Action): string {
  switch (a.kind) {
    case 'runtime': return `copy the hook runtime to ${a.path}`;
    case 'rename': return `move ${a.from} to ${a.to}`;
    case 'write': return `write ${a.path} (mode ${a.mode.toString(8)})`;
    case 'remove': return `remove ${a.path}`;
    case 'config': return a.value === undefined ? `git config --local --unset ${a.key}` : `git config --local ${a.key} ${shQuote(a.value)}`;
    case 'config-add': return `git config --local --add ${a.key} ${shQuote(a.value)}`;
    case 'config-remove': return `git config --local --fixed-value --unset ${a.key} ${shQuote(a.value)}`;
    case 'drop-empty-section': return `git config --local --remove-section ${a.section} (if empty)`;
    case 'state': return a.text === undefined ? `remove ${a.path}` : `record the previous settings in ${a.path}`;
  }
}

async function gitOk(cwd: string, args: string[]): Promise<void> {
  const r = await git(cwd, args);
  if (!r.ok) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

const addValue = (cwd: string, key: string, value: string) => gitOk(cwd, ['config', '--local', '--add', key, value]);
const removeValue = (cwd: string, key: string, value: string) => gitOk(cwd, ['config', '--local', '--fixed-value', '--unset', key, value]);

/** `[section]` (or `section.subsection`) is dropped only when no key is left in it. */
async function dropEmptySection(cwd: string, section: string): Promise<void> {
  const names = await git(cwd, ['config', '--local', '--name-only', '--list']);
  const left = names.stdout.split('\n').some((n) => n.toLowerCase().startsWith(`${section.toLowerCase()}.`));
  if (!left) await git(cwd, ['config', '--local', '--remove-section', section]);
}

async function setConfig(cwd: string, key: string, value: string | undefined): Promise<void> {
  const r = await git(cwd, value === undefined ? ['config', '--local', '--unset', key] : ['config', '--local', key, value]);
  // exit 5: unsetting a key that is not set, which is the state we want anyway.
  if (!r.ok && !(value === undefined && r.code === 5)) throw new Error(`git config ${key}: ${r.stderr}`);
}

export async function apply(actions: Action[], cwd: string): Promise<void> {
  const undo: (() => Promise<unknown>)[] = [];
  try {
    for (const a of actions) {
      if (a.kind === 'runtime') await installRuntime(a.path);
      else if (a.kind === 'write') await writeAtomic(a.path, a.text, a.mode);
      else if (a.kind === 'remove') await rm(a.path);
      else if (a.kind === 'state') await (a.text === undefined ? rm(a.path, { force: true }) : writeAtomic(a.path, a.text, 0o644));
      else if (a.kind === 'config') {
        await setConfig(cwd, a.key, a.value);
        undo.unshift(() => setConfig(cwd, a.key, a.previous));
      } else if (a.kind === 'config-add') {
        await addValue(cwd, a.key, a.value);
        undo.unshift(() => removeValue(cwd, a.key, a.value));
      } else if (a.kind === 'config-remove') {
        await removeValue(cwd, a.key, a.value);
        undo.unshift(() => addValue(cwd, a.key, a.value));
      } else if (a.kind === 'drop-empty-section') {
        await dropEmptySection(cwd, a.section);
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
export async function applyOrRefuse(command: string, target: HookTarget, actions: Action[], cwd: string): Promise<CommandResult | undefined> {
  if (!actions.length) return undefined;
  const touchesHooks = actions.some((a) => a.kind === 'write' || a.kind === 'rename' || a.kind === 'remove');
  const problem = touchesHooks ? await writableProblem(target) : undefined;
  if (problem) return refused(command, problem);
  try {
    await apply(actions, cwd);
  } catch (error) {
    return refused(command, (error as Error).message);
  }
  return undefined;
}
