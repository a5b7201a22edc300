// Carries out a plan; undoes the steps already taken if a later one fails.
import { rename, rm } from 'node:fs/promises';
import { writeAtomic } from './files.ts';
import { type HookTarget } from './hooks-dir.ts';
import { type Action } from './plan.ts';
import { type CommandResult, refused } from './result.ts';
import { installRuntime } from './runtime.ts';
import { writableProblem } from './snapshot.ts';

export function describe(a: Action): string {
  switch (a.kind) {
    case 'runtime': return `copy the hook runtime to ${a.path}`;
    case 'rename': return `move ${a.from} to ${a.to}`;
    case 'write': return `write ${a.path} (mode ${a.mode.toString(8)})`;
    case 'remove': return `remove ${a.path}`;
  }
}

export async function apply(actions: Action[]): Promise<void> {
  const undo: (() => Promise<void>)[] = [];
  try {
    for (const a of actions) {
      if (a.kind === 'runtime') await installRuntime(a.path);
      else if (a.kind === 'write') await writeAtomic(a.path, a.text, a.mode);
      else if (a.kind === 'remove') await rm(a.path);
      else {
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
export async function applyOrRefuse(command: string, target: HookTarget, actions: Action[]): Promise<CommandResult | undefined> {
  if (!actions.length) return undefined;
  const touchesHooks = actions.some((a) => a.kind !== 'runtime');
  const problem = touchesHooks ? await writableProblem(target) : undefined;
  if (problem) return refused(command, problem);
  try {
    await apply(actions);
  } catch (error) {
    return refused(command, (error as Error).message);
  }
  return undefined;
}
