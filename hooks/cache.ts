// Results worth reusing (a key that authenticated, a token that may push), keyed by a
// SHA-256 of what they depend on. Never holds a secret; a broken file is just a miss.
import { createHash, randomBytes } from 'node:crypto';
import { readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mkdirs } from './mkdirs.ts';

export interface Cache {
  get(key: string, ttlSeconds: number): Promise<unknown | undefined>;
  set(key: string, value: unknown): Promise<void>;
  /** Marks a whole push as ready until `until` (epoch seconds), for the shell fast path. */
  markReady(key: string, until: number): Promise<void>;
  unmarkReady(key: string): Promise<void>;
}

type Entries = Record<string, { at: number; value: unknown }>;

const MAX_AGE_MS = 24 * 3600 * 1000;

export const cacheKey = (...parts: (string | number | undefined)[]): string =>
  createHash('sha256').update(parts.map((p) => String(p ?? '')).join('\0')).digest('hex');

/**
 * The name the pre-push shim computes in sh for a ready HTTPS push (templates/check.sh;
 * keep the two in step): `<credential>/<url>`, where <credential> is the SHA-256 of
 * "<version>\n<password>\n" (what hf-hooks' helper hands the hook on `store`, or the hook
 * hashes after a fill) and <url> the push URL as a file name (markerUrl). No hash of the URL:
 * the shell builds that part with builtins. The password is never written; undefined when
 * the URL is too long to be a file name (the shim then has no fast path either).
 */
export function readyKey(version: string, url: string, password: string): string | undefined {
  const name = markerUrl(url);
  return name.length <= 200 ? `${sha256(`${version}\n${password}\n`)}/${name}` : undefined;
}

/** A URL as one file name: `%` and `/` escaped as in a URL (hf_hooks_url_name in check.sh). */
export const markerUrl = (url: string): string => url.replaceAll('%', '%25').replaceAll('/', '%2F');

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Where the shims keep their markers, hand-offs and ssh's stderr. install makes it, so the SSH
 * wrapper can keep ssh's stderr of a clone that fails before any check has run (templates/ssh.sh).
 */
export async function makeReadyDir(env: NodeJS.ProcessEnv, home: string): Promise<void> {
  await mkdirs(join(dirname(cacheFile(env, home)), 'ready')).catch(() => {});
}

export function cacheFile(env: NodeJS.ProcessEnv, home: string): string {
  return join(env.XDG_CACHE_HOME || join(env.HOME || home, '.cache'), 'hf-hooks', 'results.json');
}

export function fileCache(path: string, now: () => number): Cache {
  const load = async (): Promise<Entries> => {
    try {
      const parsed = JSON.parse(await readFile(path, 'utf8'));
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
    } catch {
      return {};
    }
  };
  return {
    async get(key, ttlSeconds) {
      const entry = (await load())[key];
      return entry && typeof entry.at === 'number' && now() - entry.at < ttlSeconds * 1000 ? entry.value : undefined;
    },
    async set(key, value) {
      const t = now();
      const entries = Object.fromEntries(Object.entries(await load()).filter(([, e]) => t - e?.at < MAX_AGE_MS));
      entries[key] = { at: t, value };
      await writeBeside(path, JSON.stringify(entries));
    },
    async markReady(key, until) {
      // The shell reads the expiry from the mtime, set in the future: `[ marker -nt FILE ]`
      // against a file it just made is "not expired yet", with no process to ask the time.
      const file = join(dirname(path), 'ready', key);
      await writeBeside(file, `${until}\n`);
      await utimes(file, until, until).catch(() => {});
    },
    async unmarkReady(key) {
      await rm(join(dirname(path), 'ready', key), { force: true }).catch(() => {});
    },
  };
}

/** Write beside, then rename: a reader sees the old file or the new one, never half of one. */
async function writeBeside(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    await mkdirs(dirname(path));
    await writeFile(tmp, text, { mode: 0o600 });
    await rename(tmp, path);
  } catch {
    await rm(tmp, { force: true }).catch(() => {});
  }
}
