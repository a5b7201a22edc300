// `hf-hooks install [--dry-run]` for the repository around cwd.
import { homedir } from 'node:os';
import { makeReadyDir } from '../../hooks/cache.ts';
import { applyOrRefuse, describe, localConfig } from '../effects/apply.ts';
import { locateHooks } from '../effects/hooks-dir.ts';
import { type Action, planInstall } from '../plan/hooks.ts';
import { type CommandResult, refused } from '../result.ts';
import { credentialHelperPath, packageVersion, runnerPath, runtimePath, sshWrapperPath } from '../effects/runtime.ts';
import { helperValue, mergeHelperRecord, planCredentialInstall } from '../plan/credential.ts';
import { type InstallRecord, recordText } from '../plan/record.ts';
import { credentialHelperText, sshWrapperText } from '../plan/shim.ts';
import { snapshot } from '../effects/snapshot.ts';
import { planSshInstall, sshRecord } from '../plan/ssh.ts';
import { readWiring } from '../effects/wiring.ts';
import { lfsHere, lfsNote } from '../effects/lfs.ts';
import { type Io } from '../effects/io.ts';

export interface InstallOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  dryRun: boolean;
  /** The node the hook will run: the one running install, found again on PATH if it moves. */
  node: string;
  /** Where its writes go: the real filesystem and git unless a test says otherwise. */
  io?: Io;
}

export async function install(o: InstallOptions): Promise<CommandResult> {
  const target = await locateHooks(o.cwd);
  if ('error' in target) return refused('install', target.error);
  const version = await packageVersion();
  const params = { version, node: o.node, runtime: runtimePath(o.env, version), runner: runnerPath(o.env) };
  const hooks = planInstall(await snapshot(target), params);
  if ('refuse' in hooks) return refused('install', hooks.refuse);
  const wiring = await readWiring(o.cwd, target.commonDir, o.env);
  const wrapper = sshWrapperPath(o.env, version);
  const helper = credentialHelperPath(o.env, version);
  const ssh = planSshInstall(wiring.ssh, wrapper);
  const credential = planCredentialInstall(wiring.credential, helperValue(helper));
  const old = wiring.record;
  const record: InstallRecord = {
    ...sshRecord(ssh.record, old),
    credentialHelpers: mergeHelperRecord(old?.credentialHelpers ?? [], credential),
  };
  const actions: Action[] = [
    ...hooks.actions,
    { kind: 'write', path: wrapper, text: sshWrapperText(params), mode: 0o755 },
    { kind: 'write', path: helper, text: credentialHelperText(params), mode: 0o755 },
    // The record goes first, so an interrupted install can still be undone.
    ...(old && recordText(old) === recordText(record) ? [] : [{ kind: 'state', path: wiring.recordPath, text: recordText(record) } as Action]),
    ...ssh.actions,
    ...credential.actions,
  ];
  if (o.dryRun) return { exit: 0, stdout: ['hf-hooks install --dry-run would:', ...actions.map((a) => `  ${describe(a)}`)].join('\n') + '\n' };
  const applied = await applyOrRefuse('install', target, actions, localConfig(o.cwd, target), o.io);
  if ('refusal' in applied) return applied.refusal;
  await makeReadyDir(o.env, homedir());
  const lfs = await lfsHere(o.cwd);
  const notes = [...hooks.notes, ...applied.notes, ...(lfs.installed ? [lfsNote(target)] : []), ...ssh.notes, ...credential.notes, ...(o.env.GIT_SSH_COMMAND ? ['warning: GIT_SSH_COMMAND is set in your environment, so Git ignores core.sshCommand and skips the SSH check while it is set'] : [])];
  const shared = target.hooksPath && target.hooksPath.scope !== 'local' && target.hooksPath.scope !== 'worktree'
    ? [`note: core.hooksPath is set in your ${target.hooksPath.scope} config, so every repository using ${target.hooksDir} now runs this check`]
    : [];
  return {
    exit: 0,
    stdout: [
      `hf-hooks ${version}: the pre-push check is on.`,
      ...notes.map((n) => `  ${n}`),
      `  runtime: ${params.runtime} (run by ${params.node})`,
      ...shared.map((n) => `  ${n}`),
      '  skip it for one push: git push --no-verify, or HF_HOOKS=0 git push',
      '  undo: npx hf-hooks uninstall',
      '',
      'Will the next push work? (hf-hooks doctor)',
    ].join('\n') + '\n' + (await checkNow(o)),
  };
}

/** install ends with doctor, so the user learns now, not at the next push, whether it will work. */
async function checkNow(o: InstallOptions): Promise<string> {
  const { doctor } = await import('./doctor.ts');
  const r = await doctor({ targets: [], json: false, offline: false, env: o.env, interactive: false, color: false, lfsNote: false });
  return (r.stdout ?? '') + (r.stderr ?? '');
}
