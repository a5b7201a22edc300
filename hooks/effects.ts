// Everything the check engine and the hook entries do to the outside world comes through
// here, so tests can drive them with real processes or with fakes (test/helpers/fake-effects.ts).
import { closeSync, openSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { type Cache, cacheFile, fileCache } from './cache.ts';
import { type HttpResult, httpGet, httpPost } from './http.ts';
import { type Route } from './net/route.ts';
import { type RunOptions, type RunResult, run } from './process.ts';
import { execReal } from './ssh/exec.ts';
import { askTty } from './tty.ts';
import { ancestors } from './ancestry.ts';
import { type SshCommand } from './ssh/command.ts';

export interface FileStat {
  kind: 'file' | 'dir' | 'other';
  mode: number;
}

export interface Effects {
  env: NodeJS.ProcessEnv;
  /** A child with no stdin (unless given), no prompts, and a deadline. */
  run(cmd: string, args: string[], opts?: RunOptions): Promise<RunResult>;
  stat(path: string): Promise<FileStat | undefined>;
  readText(path: string): Promise<string | undefined>;
  /** A private empty directory for `fn`, removed afterwards. */
  withScratchDir<T>(fn: (dir: string) => Promise<T>): Promise<T>;
  /** The account's home and name as ssh sees them (from passwd, not $HOME). */
  account: { home: string; user: string };
  now(): number;
  cache: Cache;
  /** One request, the way Git would reach that host (`route`: its proxy and trust; none: direct). */
  httpGet(url: string, headers: Record<string, string>, timeoutMs: number, route?: Route): Promise<HttpResult>;
  httpPost(url: string, headers: Record<string, string>, body: string, timeoutMs: number, route?: Route): Promise<HttpResult>;
  /** Whether a terminal is there to ask a human (/dev/tty opens). */
  terminal(): boolean;
  /** The argv of the processes that started this one, nearest first; undefined where the system cannot say. */
  callers(): Promise<string[][] | undefined>;
  /** Asks on the terminal with the answer hidden; undefined when cancelled or unanswered in time. */
  askTty(question: string, timeoutMs: number): Promise<string | undefined>;
  /** The user's own ssh for Git: stdin and stdout are the pack; stderr passes through and is kept. */
  execSsh(cmd: SshCommand, args: string[]): Promise<{ code: number; stderr: string }>;
  /** What the user reads: hf-hooks writes only to stderr while Git runs. */
  stderr(text: string): void;
}

/** ssh's view of the account; a uid with no passwd entry (containers run as any uid) has none. */
function account(env: NodeJS.ProcessEnv): { homedir: string; username: string } {
  try {
    return userInfo();
  } catch {
    return { homedir: env.HOME ?? '/', username: env.USER ?? env.LOGNAME ?? '' };
  }
}

export function realEffects(env: NodeJS.ProcessEnv = process.env): Effects {
  const me = account(env);
  return {
    env,
    run,
    stat: async (path) => {
      const st = await stat(path).catch(() => undefined);
      if (!st) return undefined;
      return { kind: st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other', mode: st.mode & 0o7777 };
    },
    readText: (path) => readFile(path, 'utf8').catch(() => undefined),
    async withScratchDir(fn) {
      const dir = await mkdtemp(join(tmpdir(), 'hf-hooks-'));
      try {
        return await fn(dir);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    account: { home: me.homedir, user: me.username },
    now: Date.now,
    cache: fileCache(cacheFile(env, me.homedir), Date.now),
    httpGet,
    httpPost,
    terminal: () => {
      try {
        closeSync(openSync('/dev/tty', 'r'));
        return true;
      } catch {
        return false;
      }
    },
    // Git -> sh -c -> our shim (which execs node) -> ...: four is past any remote helper.
    callers: () => ancestors(process.ppid, 4, run),
    askTty,
    execSsh: execReal,
    stderr: (text) => void process.stderr.write(text),
  };
}
