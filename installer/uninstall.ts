// `hf-hooks uninstall`: removes exactly what install added.
import { applyOrRefuse } from './apply.ts';
import { locateHooks } from './hooks-dir.ts';
import { planUninstall } from './plan.ts';
import { type CommandResult, refused } from './result.ts';
import { snapshot } from './snapshot.ts';

export async function uninstall(o: { cwd: string }): Promise<CommandResult> {
  const target = await locateHooks(o.cwd);
  if ('error' in target) return refused('uninstall', target.error);
  const plan = planUninstall(await snapshot(target));
  if ('refuse' in plan) return refused('uninstall', plan.refuse);
  const failed = await applyOrRefuse('uninstall', target, plan.actions);
  if (failed) return failed;
  return { exit: 0, stdout: plan.notes.map((n) => `hf-hooks: ${n}`).join('\n') + '\n' };
}
