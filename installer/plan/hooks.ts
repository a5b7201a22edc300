// What install and uninstall will do, decided from a snapshot of the hook files. Pure:
// the same decisions drive --dry-run, the real run, and the unit tests.
import { basename } from 'node:path';
import { type FileInfo } from '../effects/files.ts';
import { type HookTarget } from '../effects/hooks-dir.ts';
import { SCRIPT, withScript, withoutScript } from './lefthook.ts';
import { CHAINED_SUFFIX, type ShimParams, hasBlock, huskyBlock, insertBlock, isShim, removeBlock, runnerText, shimText } from './shim.ts';

export interface Snapshot {
  target: HookTarget;
  /** lefthook's config, for a lefthook target. */
  config?: FileInfo;
  /** The hooks dir (or husky dir) itself. */
  dir?: FileInfo;
  file?: FileInfo;
  chained?: FileInfo;
}

export type Action =
  | { kind: 'runtime'; path: string }
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'write'; path: string; text: string; mode: number }
  | { kind: 'remove'; path: string }
  /** git config --local; no value means unset. `previous` lets a failed install undo it. */
  | { kind: 'config'; key: string; value?: string; previous?: string }
  /** Appends one value to a multi-valued key, or removes exactly that value. */
  | { kind: 'config-add'; key: string; value: string }
  | { kind: 'config-remove'; key: string; value: string }
  /** Removes a config section only if nothing is left in it. */
  | { kind: 'drop-empty-section'; section: string }
  /** hf-hooks' own record in the git dir; no text means delete it. */
  | { kind: 'state'; path: string; text?: string }
  /** A template dir of hf-hooks' own starts as a copy of Git's default one. */
  | { kind: 'seed-template'; from: string; to: string }
  | { kind: 'remove-tree'; path: string };

export type Plan = { actions: Action[]; notes: string[] } | { refuse: string };

const EXECUTABLE = 0o111;
/** husky 4-8 run .husky/pre-push directly, so a new one needs a shebang. */
const HUSKY_HEADER = '#!/usr/bin/env sh\n';

export const chainedPath = (file: string) => `${file}${CHAINED_SUFFIX}`;

export function planInstall(s: Snapshot, p: ShimParams): Plan {
  const where = s.target.kind === 'husky' ? 'the husky dir' : 'the hooks dir';
  if (s.dir && s.dir.kind !== 'dir') return { refuse: `${where} ${s.target.kind === 'husky' ? s.target.file.replace(/\/pre-push$/, '') : s.target.hooksDir} is not a directory. Remove or rename it, then run install again.` };
  const runtime: Action = { kind: 'runtime', path: p.runtime };
  if (s.target.kind === 'lefthook') return planLefthook(s, p, runtime);
  return s.target.kind === 'husky' ? planHusky(s, p, runtime) : planHooksDir(s, p, runtime);
}

/**
 * lefthook rewrites the hook files, so the check is a script lefthook.yml declares (plan/
 * lefthook.ts), the same committed block as husky's: no machine's path, any runtime.
 */
function planLefthook(s: Snapshot, p: ShimParams, runtimeAction: Action): Plan {
  const config = s.target.config!;
  if (s.config?.kind !== 'file') return { refuse: `${config} is not a regular file. Fix it, then run install again.` };
  const text = withScript(s.config.text!);
  if (text === undefined) return { refuse: `${config} is not a YAML mapping hf-hooks can add to (is it valid YAML?). Add this under pre-push:, then run install again:\n  scripts:\n    ${SCRIPT}:\n      runner: sh\n      use_stdin: true` };
  const script = huskyBlock(true, { lfs: false });
  const runtime: Action[] = [runtimeAction, ...(p.runner ? [{ kind: 'write' as const, path: p.runner, text: runnerText(p), mode: 0o755 }] : [])];
  if (s.file && (s.file.kind !== 'file' || !hasBlock(s.file.text!))) return { refuse: `${s.target.file} exists and is not hf-hooks'. Rename or remove it, then run install again.` };
  const actions: Action[] = [
    ...runtime,
    ...(s.file?.text === script ? [] : [{ kind: 'write' as const, path: s.target.file, text: script, mode: 0o644 }]),
    ...(text === s.config.text ? [] : [{ kind: 'write' as const, path: config, text, mode: s.config.mode }]),
  ];
  const done = actions.length === runtime.length;
  return {
    actions,
    notes: done ? [`already installed through ${config}`] : [
      `added the check to ${config} (pre-push script ${SCRIPT}) and wrote ${s.target.file}; commit both: they name no path of this machine`,
      `lefthook runs it once its pre-push hook is installed: lefthook install (npx lefthook install where lefthook comes from npm)`,
    ],
  };
}

function planHooksDir(s: Snapshot, p: ShimParams, runtime: Action): Plan {
  const { file } = s.target;
  const shim = shimText(p);
  const chained = chainedPath(file);
  const write: Action = { kind: 'write', path: file, text: shim, mode: 0o755 };
  if (!s.file) {
    // The one state an install killed between its rename and its write leaves (or a shim
    // deleted by hand): the user's hook is already where the shim chains it from.
    if (s.chained) return { actions: [runtime, write], notes: [`installed ${file}; the previous pre-push, found at ${basename(chained)} (an earlier install did not finish), runs after the check`] };
    return { actions: [runtime, write], notes: [`installed ${file}`] };
  }
  const refusal = unchainable(s.file, file);
  if (refusal) return { refuse: refusal };
  if (isShim(s.file.text!)) {
    const same = s.file.text === shim && (s.file.mode & EXECUTABLE) !== 0;
    return { actions: same ? [runtime] : [runtime, write], notes: [same ? `already installed in ${file}` : `updated ${file}`] };
  }
  if (s.chained) return { refuse: `${file} is not hf-hooks' shim, and ${chained} already exists. Decide which hook to keep, remove the other, then run install again.` };
  // pre-commit's generated hook says so in its first lines (pre_commit/resources/hook-tmpl).
  const preCommit = /File generated by pre-commit/.test(s.file.text!);
  return {
    actions: [runtime, { kind: 'rename', from: file, to: chained }, write],
    notes: [
      `installed ${file}`,
      `the previous pre-push is now ${basename(chained)}; it runs after the check, with the same arguments and input, and its exit code decides`,
      ...(preCommit ? ["that is pre-commit's hook: pre-commit keeps working; to run the check from .pre-commit-config.yaml instead, see the README (id: hf-hooks)"] : []),
    ],
  };
}

/** Existing hooks hf-hooks will not wrap, because doing so could change what runs. */
function unchainable(f: FileInfo, path: string): string | undefined {
  if (f.kind === 'symlink') return `${path} is a symbolic link, and hf-hooks does not move links that other tools may manage. Replace it with a script that runs its target (e.g. exec /path/to/target "$@"), then run install again.`;
  if (f.kind !== 'file') return `${path} is not a regular file. Remove it, then run install again.`;
  if (!isShim(f.text!) && (f.mode & EXECUTABLE) === 0) return `${path} is not executable, so Git does not run it today. Make it executable (chmod +x '${path}') if it should run, or delete it; then run install again.`;
  return undefined;
}

/**
 * .husky/pre-push is committed, so the block in it names no path: it finds this user's
 * runner (written here, outside the repository) or another hf-hooks when it runs.
 */
function planHusky(s: Snapshot, p: ShimParams, runtimeAction: Action): Plan {
  const { file } = s.target;
  const runtime: Action[] = [runtimeAction, ...(p.runner ? [{ kind: 'write' as const, path: p.runner, text: runnerText(p), mode: 0o755 }] : [])];
  if (!s.file) {
    const text = HUSKY_HEADER + huskyBlock(true);
    return { actions: [...runtime, { kind: 'write', path: file, text, mode: 0o755 }], notes: [`created ${file} (husky runs it before each push)`, 'commit it to share the check: it names no path of this machine; a teammate without hf-hooks pushes unchecked until they run npx hf-hooks install'] };
  }
  if (s.file.kind === 'symlink') return { refuse: unchainable(s.file, file)! };
  if (s.file.kind !== 'file') return { refuse: `${file} is not a regular file. Remove it, then run install again.` };
  const current = removeBlock(s.file.text!);
  const text = current ? insertBlock(current.text, huskyBlock(current.created)) : insertBlock(s.file.text!, huskyBlock(false));
  if (text === s.file.text) return { actions: runtime, notes: [`already installed in ${file}`] };
  return { actions: [...runtime, { kind: 'write', path: file, text, mode: s.file.mode }], notes: [`${current ? 'updated' : 'added the check to'} ${file}; what was there still runs after it, with the same input`] };
}

export function planUninstall(s: Snapshot): Plan {
  const { file } = s.target;
  if (s.target.kind === 'lefthook') {
    const config = s.config?.kind === 'file' ? withoutScript(s.config.text!) : undefined;
    const ours = s.file?.kind === 'file' && hasBlock(s.file.text!);
    const actions: Action[] = [
      ...(ours ? [{ kind: 'remove' as const, path: file }] : []),
      ...(config !== undefined ? [{ kind: 'write' as const, path: s.target.config!, text: config, mode: s.config!.mode }] : []),
    ];
    return { actions, notes: actions.length ? [`removed the check from ${s.target.config} and ${file}`] : [`hf-hooks is not installed in ${s.target.config}`] };
  }
  if (s.target.kind === 'husky') {
    const removed = s.file?.kind === 'file' && hasBlock(s.file.text!) ? removeBlock(s.file.text!) : undefined;
    if (!removed) return { actions: [], notes: [`hf-hooks is not installed in ${file}`] };
    if (removed.created && (removed.text === HUSKY_HEADER || removed.text === '')) return { actions: [{ kind: 'remove', path: file }], notes: [`removed ${file}, which install had created`] };
    return { actions: [{ kind: 'write', path: file, text: removed.text, mode: s.file!.mode }], notes: [`removed the hf-hooks block from ${file}`] };
  }
  const chained = chainedPath(file);
  const ours = s.file?.kind === 'file' && isShim(s.file.text!);
  if (!ours) {
    if (!s.file && s.chained) return { actions: [{ kind: 'rename', from: chained, to: file }], notes: [`put the previous pre-push back in ${file} (an earlier install did not finish)`] };
    if (s.chained) return { refuse: `${file} is no longer hf-hooks' shim (something replaced it), so hf-hooks leaves it alone. The hook it had chained is still at ${chained}: move it back yourself if you want it.` };
    return { actions: [], notes: [`hf-hooks is not installed in ${s.target.hooksDir}`] };
  }
  if (!s.chained) return { actions: [{ kind: 'remove', path: file }], notes: [`removed ${file}`] };
  // One rename replaces the shim atomically: there is never a moment without the user's hook.
  return { actions: [{ kind: 'rename', from: chained, to: file }], notes: [`removed hf-hooks' shim and put the previous pre-push back in ${file}`] };
}
