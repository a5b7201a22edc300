// The hook's only way to start a process: no stdin, no prompts, a hard deadline.
// Hand-written over child_process (not execa) to keep the hook runtime small and fast.
import { spawn } from 'node:child_process';

/** The budget of one local process (git config, ssh -G, ssh-keygen): they never wait on a network. */
export const LOCAL_TIMEOUT_MS = 3000;

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export interface RunOptions {
  cwd?: string;
  /** Written to the child's stdin; otherwise it gets none. */
  input?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** How stdout is decoded: latin1 keeps one character per byte, for output measured in bytes. */
  encoding?: 'utf8' | 'latin1';
  /** stdout as it comes, for output too large to keep (the result's stdout is then empty). */
  onStdout?: (chunk: Buffer) => void;
}

/** Whatever a child would otherwise use to ask a human something. */
export const NO_PROMPT_ENV = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_ASKPASS: '',
  SSH_ASKPASS: '',
  SSH_ASKPASS_REQUIRE: 'never',
  GCM_INTERACTIVE: 'never',
};

export function run(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: { ...(opts.env ?? process.env), ...NO_PROMPT_ENV },
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (opts.input !== undefined) {
      child.stdin?.on('error', () => {});
      child.stdin?.end(opts.input);
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = opts.timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    child.stdout!.on('data', (d: Buffer) => (opts.onStdout ? opts.onStdout(d) : out.push(d)));
    child.stderr!.on('data', (d: Buffer) => err.push(d));
    const finish = (code: number, extra = '') => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString(opts.encoding ?? 'utf8'), stderr: Buffer.concat(err).toString() + extra, timedOut });
    };
    child.on('error', (e: NodeJS.ErrnoException) => finish(e.code === 'ENOENT' ? 127 : 126, `${cmd}: ${e.message}`));
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}
