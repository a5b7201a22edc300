// A throwaway world for one test: its own HOME, git config, XDG dirs and temp dir,
// so nothing reads or writes the real ~/.gitconfig, ~/.ssh or ~/.cache.
import { execa, type Options } from 'execa';
import { mkdtempSync, rmSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.mjs');

type RunOpts = Omit<Options, 'cwd' | 'env'> & { cwd?: string; env?: Record<string, string> };

export interface Run {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Points every provider's API at a closed loopback port, through the same knob users
 * have (hf-hooks.<host>.api), so no test can reach the internet by accident.
 */
export const OFFLINE_APIS = ['huggingface.co', 'hf.co', 'github.com', 'gitlab.com']
  .map((host) => `[hf-hooks "${host}"]\n\tapi = http://127.0.0.1:9\n`).join('');

export class Sandbox {
  readonly dir = realpathSync(mkdtempSync(join(tmpdir(), 'hf-hooks-test-')));
  readonly env: Record<string, string>;

  constructor(extra: Record<string, string> = {}) {
    // The machine's own CA settings: registry installs (npm's nested installs of git
    // dependencies, under pre-commit) reach the registry only with them on some machines.
    const keep = ['PATH', 'LANG', 'TERM', 'SYSTEMROOT', 'NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE'];
    const base = Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]!]));
    this.env = {
      ...base,
      HOME: this.dir,
      XDG_CONFIG_HOME: join(this.dir, '.config'),
      XDG_DATA_HOME: join(this.dir, '.local', 'share'),
      XDG_CACHE_HOME: join(this.dir, '.cache'),
      TMPDIR: this.dir,
      GIT_CONFIG_GLOBAL: join(this.dir, '.gitconfig'),
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com',
      NO_COLOR: '1',
      ...extra,
    };
    writeFileSync(this.env.GIT_CONFIG_GLOBAL, OFFLINE_APIS);
  }

  path(...parts: string[]): string {
    return join(this.dir, ...parts);
  }

  /**
   * Runs a command in the sandbox; never throws on a non-zero exit. In a session of its own
   * (setsid), so /dev/tty never opens, whatever terminal the test runner has: CI's world.
   * Terminal cases run under test/helpers/pty.ts instead.
   */
  async run(cmd: string, args: string[], opts: RunOpts = {}): Promise<Run> {
    const r = await execa(cmd, args, {
      cwd: this.dir, reject: false, detached: true, ...(opts.input === undefined && { stdin: 'ignore' as const }), ...opts,
      env: { ...this.env, ...opts.env }, extendEnv: false,
    });
    return { exitCode: r.exitCode ?? -1, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
  }

  /** git that must succeed: a failing setup step is a broken test, not a result. */
  async git(cwd: string, ...args: string[]): Promise<string> {
    const r = await this.run('git', args, { cwd });
    if (r.exitCode !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}: ${r.stderr}`);
    return r.stdout;
  }

  cli(cwd: string, args: string[], opts: RunOpts = {}): Promise<Run> {
    return this.run(process.execPath, [CLI, ...args], { cwd, ...opts });
  }

  /** A repository with one commit on main. */
  async repo(name = 'repo'): Promise<string> {
    const dir = this.path(name);
    await this.git(this.dir, 'init', '-q', '-b', 'main', dir);
    await this.git(dir, 'commit', '-q', '--allow-empty', '-m', 'first');
    return dir;
  }

  async bare(name = 'remote.git'): Promise<string> {
    const dir = this.path(name);
    await this.git(this.dir, 'init', '-q', '--bare', '-b', 'main', dir);
    return dir;
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export const REF_LINE = (oid: string, ref = 'refs/heads/main') => `${ref} ${oid} ${ref} ${'0'.repeat(40)}\n`;

/** Runs a test body in a fresh sandbox and always removes it. */
export function sandboxed(fn: (sb: Sandbox) => Promise<void>, extra?: Record<string, string>): () => Promise<void> {
  return async () => {
    const sb = new Sandbox(extra);
    try {
      await fn(sb);
    } finally {
      sb.cleanup();
    }
  };
}
