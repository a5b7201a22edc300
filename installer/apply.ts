// Carries out a plan; undoes the steps already taken if a later one fails.
import { rename, rm } from 'node:fs/promises';
import { writeAtomic } from './files.ts';
import { type Action } from './plan.ts';
import { installRuntime } from './runtime.ts';

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
