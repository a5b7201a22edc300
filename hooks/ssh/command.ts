// Which ssh Git runs, how to run it the same way, and what Git asked it to do. Pure.
import { runtimeFileOf } from '../layout.ts';
import { SH_QUOTED, shQuote, shUnquote, shellPath } from '../shell.ts';

/** The user's ssh: a shell snippet (GIT_SSH_COMMAND, core.sshCommand), a program (GIT_SSH), or plain ssh. */
export type SshCommand = { shell: string } | { program: string };

export const PLAIN_SSH: SshCommand = { program: 'ssh' };

/** The file and argv that run `cmd` with `args` exactly as Git would. */
export function invocation(cmd: SshCommand, args: string[]): [string, string[]] {
  if ('program' in cmd) return [cmd.program, args];
  return ['sh', ['-c', `${cmd.shell} "$@"`, cmd.shell, ...args]];
}

export const describeCommand = (cmd: SshCommand): string => ('shell' in cmd ? cmd.shell : cmd.program);

const WRAPPED = new RegExp(`^HF_HOOKS_SSH_COMMAND=(${SH_QUOTED}) (${SH_QUOTED})$`);
const BARE = new RegExp(`^(${SH_QUOTED})$`);
const FALLBACK = new RegExp(
  `^hf_hooks_ssh\\(\\) \\{ if \\[ -x (${SH_QUOTED}) \\]; then (?:HF_HOOKS_SSH_COMMAND=(${SH_QUOTED}); export HF_HOOKS_SSH_COMMAND; )?exec \\1 "\\$@"; fi; exec .*; \\}; hf_hooks_ssh$`,
);

/**
 * The core.sshCommand value that runs hf-hooks' wrapper in front of `previous`, and that
 * still runs `previous` (or ssh) when the wrapper is gone (a cleaned ~/.local/share, an
 * upgrade that removed its version): Git runs it as `sh -c 'VALUE "$@"'`.
 */
export function wrapperValue(wrapper: string, previous?: string): string {
  const w = shQuote(shellPath(wrapper));
  const pass = previous ? `HF_HOOKS_SSH_COMMAND=${shQuote(previous)}; export HF_HOOKS_SSH_COMMAND; ` : '';
  const without = previous ? `sh -c ${shQuote(`${previous} "$@"`)} ssh "$@"` : 'ssh "$@"';
  return `hf_hooks_ssh() { if [ -x ${w} ]; then ${pass}exec ${w} "$@"; fi; exec ${without}; }; hf_hooks_ssh`;
}

/** If `value` is hf-hooks' wrapper (this form, or the plain quoted path of earlier versions): the wrapper and what it wraps. */
export function unwrap(value: string, isWrapper: (path: string) => boolean): { wrapper: string; previous?: string } | undefined {
  const found = parseWrapper(value);
  if (!found || !isWrapper(found.wrapper)) return undefined;
  return found.previous === undefined ? { wrapper: found.wrapper } : found;
}

function parseWrapper(value: string): { wrapper: string; previous?: string } | undefined {
  const fallback = FALLBACK.exec(value);
  if (fallback) return { wrapper: shUnquote(fallback[1]), ...(fallback[2] && { previous: shUnquote(fallback[2]) }) };
  const wrapped = WRAPPED.exec(value);
  if (wrapped) return { wrapper: shUnquote(wrapped[2]), previous: shUnquote(wrapped[1]) };
  const bare = BARE.exec(value);
  return bare ? { wrapper: shUnquote(bare[1]) } : undefined;
}

export const isWrapperPath = (path: string): boolean => runtimeFileOf(path)?.file === 'ssh';

/**
 * The ssh Git would run: GIT_SSH_COMMAND, then core.sshCommand, then GIT_SSH, then ssh;
 * through hf-hooks' own wrapper, the command it wraps.
 */
export function effectiveSsh(env: NodeJS.ProcessEnv, coreSshCommand: string | undefined): SshCommand {
  if (env.GIT_SSH_COMMAND) return { shell: env.GIT_SSH_COMMAND };
  if (env.HF_HOOKS_SSH_COMMAND) return { shell: env.HF_HOOKS_SSH_COMMAND };
  if (coreSshCommand) {
    const ours = unwrap(coreSshCommand, isWrapperPath);
    if (!ours) return { shell: coreSshCommand };
    if (ours.previous) return { shell: ours.previous };
  }
  return env.GIT_SSH ? { program: env.GIT_SSH } : PLAIN_SSH;
}

/** Inside the wrapper: the command it stands in front of (GIT_SSH_COMMAND would have bypassed it). */
export function wrappedSsh(env: NodeJS.ProcessEnv): SshCommand {
  if (env.HF_HOOKS_SSH_COMMAND) return { shell: env.HF_HOOKS_SSH_COMMAND };
  return env.GIT_SSH ? { program: env.GIT_SSH } : PLAIN_SSH;
}

export interface GitSshRequest {
  user?: string;
  host: string;
  port?: number;
  /** `git-receive-pack`, `git-upload-pack`, ... or undefined for anything else (`-G`, a shell). */
  service?: string;
  path?: string;
}

// OpenSSH options that take a value, so the host is not mistaken for one.
const WITH_VALUE = new Set('BbcDEeFIiJLlmOoPpQRSWw'.split(''));

/** What Git asked ssh for: `[options] [user@]host "git-receive-pack '/path'"`. */
export function parseGitSshArgs(args: string[]): GitSshRequest | undefined {
  let port: number | undefined;
  let loginUser: string | undefined;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') { i++; break; }
    if (!a.startsWith('-') || a === '-') break;
    if (a === '-G' || a === '-V') return undefined;
    const flag = a[1];
    if (!WITH_VALUE.has(flag)) continue;
    const value = a.length > 2 ? a.slice(2) : args[++i];
    if (flag === 'p') port = Number(value);
    if (flag === 'l') loginUser = value;
  }
  const dest = args[i];
  if (!dest) return undefined;
  const at = dest.lastIndexOf('@');
  const user = at >= 0 ? dest.slice(0, at) : loginUser;
  const host = (at >= 0 ? dest.slice(at + 1) : dest).replace(/^\[(.*)\]$/, '$1');
  const request: GitSshRequest = { host, ...(user !== undefined && { user }), ...(port !== undefined && { port }) };
  // Git quotes the path with sq_quote: ' and ! come out as '\'' and '\!'.
  const m = /^(git-[a-z-]+) '((?:[^']|'\\[!']')*)'$/.exec(args.slice(i + 1).join(' '));
  return m ? { ...request, service: m[1], path: m[2].replace(/'\\([!'])'/g, '$1') } : request;
}
