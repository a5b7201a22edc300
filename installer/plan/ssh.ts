// core.sshCommand and ssh.variant: what install sets so Git runs the SSH check first,
// and how uninstall puts back exactly what was there.
import { isWrapperPath, unwrap, wrapperValue } from '../../hooks/ssh/command.ts';
import { type Action } from './hooks.ts';
import { type InstallRecord } from './record.ts';

export interface SshWiring {
  /** core.sshCommand in this repository's own config. */
  local?: string;
  /** core.sshCommand as Git resolves it (any scope). */
  effective?: string;
  variant?: string;
  /** Whether the repository config has an [ssh] section at all. */
  hasSshSection: boolean;
}

export type SshRecord = Pick<InstallRecord, 'sshCommand' | 'sshVariant' | 'sshSectionCreated'>;

const ours = (value: string | undefined) => (value === undefined ? undefined : unwrap(value, isWrapperPath));

/** The actions, and the record to keep when this is the first install (undefined when already wired). */
export function planSshInstall(w: SshWiring, wrapper: string): { actions: Action[]; notes: string[]; record?: SshRecord } {
  const current = ours(w.local);
  const effective = ours(w.effective);
  const previous = current ? current.previous : effective ? effective.previous : w.effective;
  const value = wrapperValue(wrapper, previous);
  const actions: Action[] = [];
  if (w.local !== value) actions.push({ kind: 'config', key: 'core.sshCommand', value, previous: w.local });
  if (w.variant !== 'ssh') actions.push({ kind: 'config', key: 'ssh.variant', value: 'ssh', previous: w.variant });
  const note = actions.length
    ? `core.sshCommand runs hf-hooks' SSH check before a push, then ${previous ? `your own "${previous}"` : 'ssh'}; fetches go straight through`
    : 'core.sshCommand already runs the SSH check';
  const record = current ? undefined : { sshCommand: w.local ?? null, sshVariant: w.variant ?? null, sshSectionCreated: !w.hasSshSection };
  return { actions, notes: [note], ...(record && { record }) };
}

/**
 * The SSH part of the record an install keeps. A record already there was written before
 * hf-hooks first set ssh.variant, so what it says of ssh.variant and the [ssh] section stays
 * true (an uninstall killed after putting core.sshCommand back, then install again).
 */
export function sshRecord(planned: SshRecord | undefined, old: SshRecord | undefined): SshRecord {
  if (!planned) return old ?? { sshCommand: null, sshVariant: null, sshSectionCreated: false };
  return old ? { ...planned, sshVariant: old.sshVariant, sshSectionCreated: old.sshSectionCreated } : planned;
}

export function planSshUninstall(w: SshWiring, record: SshRecord | undefined): { actions: Action[]; notes: string[] } {
  // core.sshCommand already as it was before install: an uninstall killed midway, to finish.
  const restored = !ours(w.local) && record !== undefined && (w.local ?? null) === record.sshCommand;
  if (!ours(w.local) && !restored) return { actions: [], notes: record ? ['core.sshCommand was changed after install, so hf-hooks leaves it as it is'] : [] };
  const r = record ?? { sshCommand: null, sshVariant: null, sshSectionCreated: false };
  const actions: Action[] = [
    ...(restored ? [] : [{ kind: 'config', key: 'core.sshCommand', value: r.sshCommand ?? undefined, previous: w.local } as Action]),
    ...(w.variant === 'ssh' && r.sshVariant !== 'ssh' ? [{ kind: 'config', key: 'ssh.variant', value: r.sshVariant ?? undefined, previous: w.variant } as Action] : []),
    ...(r.sshSectionCreated ? [{ kind: 'drop-empty-section', section: 'ssh' } as Action] : []),
  ];
  return { actions, notes: [r.sshCommand ? `core.sshCommand is "${r.sshCommand}" again` : 'removed core.sshCommand and ssh.variant'] };
}
