// The text hf-hooks puts into hooks, and how to recognise and remove it. Pure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HF_HOOKS_OFF } from '../../hooks/config.ts';
import { shQuote, shellPath } from '../../hooks/shell.ts';
import { PACKAGE_ROOT } from '../effects/package-root.ts';

const template = (name: string) => readFileSync(join(PACKAGE_ROOT, 'templates', name), 'utf8');

export const SHIM_MARK = '# hf-hooks pre-push shim';
export const CHAINED_SUFFIX = '.hf-hooks-chained';
const BLOCK_START = /^# >>> hf-hooks( \(created this file\))? >>>\n/m;
const BLOCK_END = '# <<< hf-hooks <<<\n';

export interface ShimParams {
  version: string;
  node: string;
  runtime: string;
  /** A shell expression for the runtime instead of the quoted path (template dirs, where it moves with the repo). */
  runtimeShell?: string;
  /** This user's runner, which committed blocks (husky) find by its stable place. */
  runner?: string;
}

/** The sh `case` pattern for HF_HOOKS values that switch hf-hooks off, any letter case, as config.ts reads them. */
export const HF_HOOKS_OFF_PATTERN = HF_HOOKS_OFF.map((v) => v.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)).join(' | ');

function findNode(fail: string): string {
  return template('node.sh').replaceAll('@FAIL@', () => fail).trimEnd();
}

/** Under hf-hooks.strict a check that cannot run stops the push, with the repair. */
const strictStop = (stop: string) => [
  'if [ "$(git config --type=bool hf-hooks.strict 2>/dev/null)" = true ]; then',
  '    echo "hf-hooks: push blocked: the check cannot run: $hf_hooks_why (hf-hooks.strict is set). Repair: npx hf-hooks install, or push without the check: HF_HOOKS=0 git push" >&2',
  `    ${stop}`,
  '  fi',
].join('\n');

/**
 * A check that cannot run (node or the runtime gone) lets Git try, with one line that says
 * so and how to repair it; under hf-hooks.strict it stops, with the same repair.
 */
const cannotRun = (stop: string, then: string) =>
  `${strictStop(stop)}\n  echo "hf-hooks: warning: the check did not run: $hf_hooks_why; ${then}. Repair: npx hf-hooks install" >&2`;

function fill(text: string, p: ShimParams): string {
  return text.replaceAll('@HF_HOOKS_OFF@', HF_HOOKS_OFF_PATTERN).replaceAll('@CHAINED_SUFFIX@', CHAINED_SUFFIX).replaceAll('@NODE@', shQuote(shellPath(p.node)))
    .replaceAll('@RUNTIME@', p.runtimeShell ?? shQuote(shellPath(p.runtime))).replaceAll('@VERSION@', p.version);
}

/** Git LFS: whether the repository uses it, and git-lfs's own pre-push, run once (templates/lfs*.sh). */
const lfs = (text: string) => text.replace('@LFS@', () => template('lfs.sh').trimEnd()).replace('@LFS_PUSH@', () => template('lfs-push.sh').trimEnd());

/** A SHA-256 and a deadline from whatever the platform has (templates/portable.sh). */
const portable = (text: string) => text.replace('@PORTABLE@', () => template('portable.sh').trimEnd());

/** The SSH ready marker's name and test, shared by the wrapper and the pre-push shim (templates/ssh-ready.sh). */
const sshReady = (text: string) => portable(text.replace('@SSH_READY@', () => template('ssh-ready.sh').trimEnd()));

/** The ref lines on stdin, kept for every reader after (templates/refs.sh). */
const refs = (text: string) => text.replace('@REFS@', () => template('refs.sh').trimEnd());

/** The content guard's shell part: whether node must look at what the push adds (templates/content.sh). */
const content = (text: string) => text.replace('@CONTENT@', () => template('content.sh').trimEnd());

function check(p: ShimParams): string {
  const stop = 'hf_hooks_drop; exit 1';
  return fill(sshReady(content(lfs(refs(template('check.sh')))))
    .replace('@FIND_NODE@', () => findNode(cannotRun(stop, 'letting Git push')))
    .replace('@CANNOT_RUN@', () => strictStop(stop).replaceAll('\n', '\n    '))
    .replace('@WARN@', 'echo "hf-hooks: warning: the check did not run: $hf_hooks_why; letting Git push" >&2'), p).trimEnd();
}

/** The credential helper: without node it says why and lets Git carry on as if it were not there. */
export function credentialHelperText(p: ShimParams): string {
  return fill(portable(template('credential.sh')).replace('@FIND_NODE@', () => findNode('echo "hf-hooks: warning: the credential check did not run: $hf_hooks_why. Repair: npx hf-hooks install" >&2\n  cat >/dev/null\n  exit 0')), p);
}

/** The script core.sshCommand runs: ssh's exit code 255 means "could not connect". */
export function sshWrapperText(p: ShimParams): string {
  return fill(sshReady(template('ssh.sh'))
    .replace('@FIND_NODE@', () => findNode(cannotRun('exit 255', 'connecting with your own ssh')))
    .replaceAll('@FIND_NODE_QUIET@', () => findNode(':')), p);
}

export function shimText(p: ShimParams): string {
  return lfs(fill(template('pre-push.sh'), p).replace('@CHECK@', () => check(p)));
}

export const isShim = (text: string): boolean => text.split('\n', 2)[1]?.startsWith(SHIM_MARK) ?? false;

/** The block for a hook file meant to be committed: no path, no version, the same on every machine. */
export function huskyBlock(created: boolean, o: { lfs?: boolean } = {}): string {
  const text = refs(template('husky-block.sh')).replace('@CREATED@', created ? ' (created this file)' : '').replaceAll('@HF_HOOKS_OFF@', HF_HOOKS_OFF_PATTERN);
  // lefthook runs git-lfs's pre-push itself: there the block leaves it out (exactly once).
  return o.lfs === false ? text.replace('@LFS@\n', '').replace('@LFS_PUSH@\n', '') : lfs(text);
}

/** This user's runner (hooks/layout.ts runnerFile), which a committed block finds and runs. */
export function runnerText(p: ShimParams): string {
  return fill(template('runner.sh'), p).replace('@CHECK@', () => check(p));
}

export const hasBlock = (text: string): boolean => BLOCK_START.test(text) && text.includes(BLOCK_END);

/** After a `#!` line if there is one, so the check runs before anything else in the script. */
export function insertBlock(text: string, block: string): string {
  const nl = text.indexOf('\n');
  const at = text.startsWith('#!') && nl >= 0 ? nl + 1 : 0;
  return text.slice(0, at) + block + text.slice(at);
}

/** The script without our block, and whether install had created the file. */
export function removeBlock(text: string): { text: string; created: boolean } | undefined {
  const start = BLOCK_START.exec(text);
  if (!start) return undefined;
  const end = text.indexOf(BLOCK_END, start.index);
  if (end < 0) return undefined;
  return { text: text.slice(0, start.index) + text.slice(end + BLOCK_END.length), created: Boolean(start[1]) };
}

/** The runtime path a shim or block calls, to tell whether it is still there. */
export function runtimeOf(text: string): string | undefined {
  const m = /"\$hf_hooks_node" '((?:[^']|'\\'')*)' pre-push/.exec(text);
  return m?.[1].replace(/'\\''/g, "'");
}
