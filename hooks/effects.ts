// Everything the check engine does to the outside world comes through here,
// so tests can drive the engine with real processes or with fakes.
import { readFile, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { type Cache, cacheFile, fileCache } from './cache.ts';
import { type HttpResult, httpGet } from './http.ts';
import { type RunOptions, type RunResult, run } from './run.ts';

export interface FileStat {
  kind: 'file' | 'dir' | 'other';
  mode: number;
}

export interface Effects {
  env: NodeJS.ProcessEnv;
  run(cmd: string, args: string[], opts?: RunOptions): Promise<RunResult>;
  stat(path: string): Promise<FileStat | undefined>;
  readText(path: string): Promise<string | undefined>;
  /** The account's home and name as ssh sees them (from passwd, not $HOME). */
  account: { home: string; user: string };
  now(): number;
  cache: Cache;
  httpGet(url: string, headers: Record<string, string>, timeoutMs: number): Promise<HttpResult>;
}

export function realEffects(env: NodeJS.ProcessEnv = process.env): Effects {
  const me = userInfo();
  return {
    env,
    run,
    stat: async (path) => {
      const st = await stat(path).catch(() => undefined);
      if (!st) return undefined;
      return { kind: st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other', mode: st.mode & 0o7777 };
    },
    readText: (path) => readFile(path, 'utf8').catch(() => undefined),
    account: { home: me.homedir, user: me.username },
    now: Date.now,
    cache: fileCache(cacheFile(env, me.homedir), Date.now),
    httpGet,
  };
}
