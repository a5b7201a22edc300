// core.sshCommand and ssh.variant: what install sets so Git runs the SSH check first,
// the record it keeps, and how uninstall reads that record to put back exactly what was there.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isWrapperPath, unwrap, wrapperValue } from '../hooks/ssh/command.ts';
import { git } from './git.ts';
import { type Action } from './plan.ts';

export interface SshWiring {
  /** core.sshCommand in this repository's own config. */
  local?: string;
  /** core.sshCommand as Git resolves it (any scope). */
  effective?: string;
  variant?: string;
  /** Whether the repository config has an [ssh] section at all. */
  hasSshSection: boolean;
  state?: SshState;
  statePath: string;
}

/** What was there before install, so uninstall restores it exactly. */
export interface SshState {
  sshCommand: string | null;
  sshVariant: string | null;
  sshSectionCreated: boolean;
}

export async function readSshWiring(cwd: string, commonDir: string): Promise<SshWiring> {
  const [local, effective, variant, text, state] = await Promise.all([
    git(cwd, ['config', '--local', '--get', 'core.sshCommand']),
    git(cwd, ['config', '--get', 'core.sshCommand']),
    git(cwd, ['config', '--local', '--get', 'ssh.variant']),
    readFile(join(commonDir, 'config'), 'utf8').catch(() => ''),
    readFile(join(commonDir, 'hf-hooks.json'), 'utf8').then((t) => JSON.parse(t) as SshState, () => undefined),
  ]);
  return {
    ...(local.ok && { local: local.stdout }),
    ...(effective.ok && { effective: effective.stdout }),
    ...(variant.ok && { variant: variant.stdout }),
    hasSshSection: /^\s*\[ssh\]/im.test(text),
    ...(state && { state }),
    statePath: join(commonDir, 'hf-hooks.json'),
  };
}

const ours = (value: string | undefined) => (value === undefined ? undefined : unwrap(value, isWrapperPath));

export function planSshInstall(w: SshWiring, wrapper: string): { actions: Action[]; notes: string[] } {
  const current = ours(w.local);
  const previous = current ? current.previous : w.effective !== undefined ? (ours(w.effective) ? ours(w.effective)!.previous : w.effective) : undefined;
  const value = wrapperValue(wrapper, previous);
  const actions: Action[] = [];
  if (!current) {
    const state: SshState = { sshCommand: w.local ?? null, sshVariant: w.variant ?? null, sshSectionCreated: !w.hasSshSection };
    actions.push({ kind: 'state', path: w.statePath, text: `${JSON.stringify(state, null, 2)}\n` });
  }
  if (w.local !== value) actions.push({ kind: 'config', key: 'core.sshCommand', value, previous: w.local });
  if (w.variant !== 'ssh') actions.push({ kind: 'config', key: 'ssh.variant', value: 'ssh', previous: w.variant });
  const note = actions.length
    ? `core.sshCommand runs hf-hooks' SSH check before a push, then ${previous ? `your own "${previous}"` : 'ssh'}; fetches go straight through`
    : 'core.sshCommand already runs the SSH check';
  return { actions, notes: [note] };
}

export function planSshUninstall(w: SshWiring): { actions: Action[]; notes: string[] } {
  const removeState: Action[] = w.state ? [{ kind: 'state', path: w.statePath }] : [];
  if (!ours(w.local)) {
    return { actions: removeState, notes: w.state ? ['core.sshCommand was changed after install, so hf-hooks leaves it as it is'] : [] };
  }
  const s = w.state ?? { sshCommand: null, sshVariant: null, sshSectionCreated: false };
  const actions: Action[] = [
    { kind: 'config', key: 'core.sshCommand', value: s.sshCommand ?? undefined, previous: w.local },
    ...(w.variant === 'ssh' && s.sshVariant !== 'ssh' ? [{ kind: 'config', key: 'ssh.variant', value: s.sshVariant ?? undefined, previous: w.variant } as Action] : []),
    ...(s.sshSectionCreated ? [{ kind: 'drop-empty-section', section: 'ssh' } as Action] : []),
    ...removeState,
  ];
  return { actions, notes: [s.sshCommand ? `core.sshCommand is "${s.sshCommand}" again` : 'removed core.sshCommand and ssh.variant'] };
}
