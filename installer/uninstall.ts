// `hf-hooks uninstall`: removes exactly what install added.
import { applyOrRefuse } from './apply.ts';
import { locateHooks } from './hooks-dir.ts';
import { planUninstall } from './plan.ts';
import { type CommandResult, refused } from './result.ts';
import { snapshot } from './snapshot.ts';
import { planSshUninstall, readSshWiring } from './ssh-wiring.ts';

export async function uninstall(o: { cwd: string }): Promise<CommandResult> {
  const target = await locateHooks(o.cwd);
  if ('error' in target) return refused('uninstall', target.error);
  const hooks = planUninstall(await snapshot(target));
  if ('refuse' in hooks) return refused('uninstall', hooks.refuse);
  const ssh = planSshUninstall(await readSshWiring(o.cwd, target.commonDir));
  const failed = await applyOrRefuse('uninstall', target, [...hooks.actions, ...ssh.actions], o.cwd);
  if (failed) return failed;
  return { exit: 0, stdout: [...hooks.notes, ...ssh.notes].map((n) => `hf-hooks: ${n}`).join('\n') + '\n' };
}
