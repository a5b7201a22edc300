// Which ssh Git runs, how to run it the same way, and what Git asked it to do. Pure.
import { runtimeFileOf } from '../layout.ts';
import { SH_QUOTED, shQuote, shUnquote } from '../shell.ts';

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

/** The core.sshCommand value that runs hf-hooks' wrapper in front of `previous`. */
export function wrapperValue(wrapper: string, previous?: string): string {
  return previous ? `HF_HOOKS_SSH_COMMAND=${shQuote(previous)} ${shQuote(wrapper)}` : shQuote(wrapper);
}

/** If `value` is hf-hooks' wrapper: the wrapper path and the command it wraps. */
export function unwrap(value: string, isWrapper: (path: string) => boolean): { wrapper: string; previous?: string } | undefined {
  const m = WRAPPED.exec(value) ?? BARE.exec(value);
  if (!m) return undefined;
  const wrapper = shUnquote(m[m.length - 1]);
  if (!isWrapper(wrapper)) return undefined;
  return m.length === 3 ? { wrapper, previous: shUnquote(m[1]) } : { wrapper };
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
