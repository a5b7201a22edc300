// `hf-hooks install --template DIR`: a Git template directory an organisation can ship.
// Git copies it into every new repository's git dir (`git clone --template=DIR`,
// init.templateDir, or a system config), so the hook finds its runtime beside itself.
import { join, resolve } from 'node:path';
import { applyOrRefuse, describe, localConfig } from '../effects/apply.ts';
import { templateTarget } from './global.ts';
import { type Action, planInstall, planUninstall } from '../plan/hooks.ts';
import { type CommandResult, refused } from '../result.ts';
import { packageVersion } from '../effects/runtime.ts';
import { snapshot } from '../effects/snapshot.ts';
import { type Io } from '../effects/io.ts';

const RUNTIME_IN_GIT_DIR = '"$(dirname -- "$0")/../hf-hooks/hook.mjs"';

export async function installTemplate(o: { dir: string; env: NodeJS.ProcessEnv; node: string; dryRun: boolean; io?: Io }): Promise<CommandResult> {
  const dir = resolve(o.dir);
  const version = await packageVersion();
  const target = templateTarget(dir);
  const plan = planInstall(await snapshot(target), { version, node: o.node, runtime: join(dir, 'hf-hooks', 'hook.mjs'), runtimeShell: RUNTIME_IN_GIT_DIR });
  if ('refuse' in plan) return refused('install --template', plan.refuse);
  if (o.dryRun) return { exit: 0, stdout: ['hf-hooks install --template --dry-run would:', ...plan.actions.map((a) => `  ${describe(a)}`)].join('\n') + '\n' };
  // A tree an uninstall killed midway had set aside for removal is swept.
  const applied = await applyOrRefuse('install --template', target, plan.actions, { ...localConfig(dir, target), sweep: [join(dir, 'hf-hooks')] }, o.io);
  if ('refusal' in applied) return applied.refusal;
  return {
    exit: 0,
    stdout: [
      `hf-hooks ${version}: wrote a Git template directory at ${dir}`,
      ...[...plan.notes, ...applied.notes].map((n) => `  ${n}`),
      `  the runtime travels with it (hf-hooks/hook.mjs); node is found on PATH on each machine`,
      '  use it for one clone:          git clone --template=' + dir + ' <url>',
      '  for every new repo of a user:  git config --global init.templateDir ' + dir,
      '  for a whole machine:           git config --system init.templateDir ' + dir,
      '  undo: npx hf-hooks uninstall --template ' + dir,
    ].join('\n') + '\n',
  };
}

export async function uninstallTemplate(o: { dir: string; io?: Io }): Promise<CommandResult> {
  const dir = resolve(o.dir);
  const target = templateTarget(dir);
  const plan = planUninstall(await snapshot(target));
  if ('refuse' in plan) return refused('uninstall --template', plan.refuse);
  const actions: Action[] = [...plan.actions, { kind: 'remove-tree', path: join(dir, 'hf-hooks') }];
  const applied = await applyOrRefuse('uninstall --template', target, actions, localConfig(dir, target), o.io);
  if ('refusal' in applied) return applied.refusal;
  return { exit: 0, stdout: [...plan.notes, ...applied.notes].map((n) => `hf-hooks: ${n}`).join('\n') + '\n' };
}
