// `hf-hooks uninstall`: removes exactly what install added.
import { readdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { applyOrRefuse, localConfig } from '../effects/apply.ts';
import { locateHooks } from '../effects/hooks-dir.ts';
import { planUninstall } from '../plan/hooks.ts';
import { type CommandResult, refused } from '../result.ts';
import { snapshot } from '../effects/snapshot.ts';
import { planCredentialUninstall } from '../plan/credential.ts';
import { planSshUninstall } from '../plan/ssh.ts';
import { readWiring } from '../effects/wiring.ts';
import { lfsAfterUninstall, lfsHere } from '../effects/lfs.ts';
import { type Io } from '../effects/io.ts';
import { packageVersion, runtimeFiles } from '../effects/runtime.ts';

export async function uninstall(o: { cwd: string; env: NodeJS.ProcessEnv; io?: Io }): Promise<CommandResult> {
  const target = await locateHooks(o.cwd);
  if ('error' in target) return refused('uninstall', target.error);
  const hooks = planUninstall(await snapshot(target));
  if ('refuse' in hooks) return refused('uninstall', hooks.refuse);
  const wiring = await readWiring(o.cwd, target.commonDir, o.env);
  const ssh = planSshUninstall(wiring.ssh, wiring.record);
  const credential = planCredentialUninstall(wiring.credential, wiring.record?.credentialHelpers ?? []);
  const actions = [
    ...hooks.actions, ...ssh.actions, ...credential.actions,
    ...(wiring.record ? [{ kind: 'state', path: wiring.recordPath } as const] : []),
  ];
  const lfs = hooks.actions.length ? await lfsHere(o.cwd) : undefined;
  const sweep = [...runtimeFiles(o.env, await packageVersion()), wiring.recordPath];
  const applied = await applyOrRefuse('uninstall', target, actions, { ...localConfig(o.cwd, target), sweep }, o.io);
  if ('refusal' in applied) return applied.refusal;
  await dropHandoffs(target.commonDir);
  // The directories install made for lefthook's script go when they are left empty.
  if (target.kind === 'lefthook') for (const dir of [dirname(target.file), dirname(dirname(target.file))]) await rmdir(dir).catch(() => {});
  // hf-hooks ran git-lfs's pre-push here; without it, something else must (lefthook runs its own).
  const lfsNotes = lfs?.used && lfs.installed && target.kind !== 'lefthook' ? await lfsAfterUninstall(target, o.cwd) : [];
  return { exit: 0, stdout: [...hooks.notes, ...applied.notes, ...lfsNotes, ...ssh.notes, ...credential.notes].map((n) => `hf-hooks: ${n}`).join('\n') + '\n' };
}

/**
 * What hf-hooks' credential helper leaves the pre-push hook on `store` (templates/credential.sh:
 * a hash of the credential, never the credential), in the git dir of the repository and of
 * each linked worktree: gone with the hook that read it.
 */
async function dropHandoffs(commonDir: string): Promise<void> {
  const worktrees = (await readdir(join(commonDir, 'worktrees')).catch(() => [])).map((w) => join(commonDir, 'worktrees', w));
  for (const dir of [commonDir, ...worktrees]) await rm(join(dir, 'hf-hooks-credential'), { force: true }).catch(() => {});
}
