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

/** How long output may keep coming after the process exited, from a child it left holding the pipes. */
const AFTER_EXIT_MS = 200;

/**
 * Process groups still running, killed if this process ends first: on exit, and on a
 * signal (a Ctrl-C reaches only our group, and a signal's death emits no 'exit').
 */
const live = new Set<number>();
process.on('exit', () => {
  for (const pid of live) killGroup(pid);
});

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let watching = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const pid of live) killGroup(pid);
  live.clear();
  watch(false);
  // Nobody else handles it: die of it, as without this handler.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

/** Signal handlers only while a child runs, so node's own handling is untouched otherwise. */
function watch(on: boolean): void {
  if (on === watching) return;
  watching = on;
  for (const s of SIGNALS) (on ? process.on : process.off).call(process, s, onSignal);
}

const GROUPS = process.platform !== 'win32';

function killGroup(pid: number): void {
  try {
    process.kill(GROUPS ? -pid : pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * Each child leads its own process group, so the deadline reaches what it started too: a
 * credential helper under `git credential fill` that never answers holds our pipes open,
 * and killing git alone would leave us waiting on them for ever.
 */
export function run(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: { ...(opts.env ?? process.env), ...NO_PROMPT_ENV },
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      // A group of its own where there are groups; on Windows detached would open a console.
      detached: GROUPS,
      windowsHide: true,
    });
    if (child.pid) {
      live.add(child.pid);
      watch(true);
    }
    if (opts.input !== undefined) {
      child.stdin?.on('error', () => {});
      child.stdin?.end(opts.input);
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    let done = false;
    let grace: NodeJS.Timeout | undefined;
    const finish = (code: number, extra = '') => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(grace);
      if (child.pid) live.delete(child.pid);
      if (!live.size) watch(false);
      // Let go of pipes a leftover process may still hold, so they keep nothing waiting.
      child.stdout?.destroy();
      child.stderr?.destroy();
      resolve({ code, stdout: Buffer.concat(out).toString(opts.encoding ?? 'utf8'), stderr: Buffer.concat(err).toString() + extra, timedOut });
    };
    const timer = opts.timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      if (child.pid) killGroup(child.pid);
      finish(137);
    }, opts.timeoutMs);
    child.stdout!.on('data', (d: Buffer) => (opts.onStdout ? opts.onStdout(d) : out.push(d)));
    child.stderr!.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e: NodeJS.ErrnoException) => finish(e.code === 'ENOENT' ? 127 : 126, `${cmd}: ${e.message}`));
    // A daemon the child started (git credential-cache's) may keep the pipes: do not wait on it.
    child.on('exit', (code, signal) => {
      grace = setTimeout(() => finish(code ?? (signal ? 128 : 1)), AFTER_EXIT_MS);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}
