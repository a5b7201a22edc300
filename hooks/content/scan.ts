// What a push would send, read from the local repository the way git-lfs's pre-push reads
// it: the objects reachable from the pushed commits and not from what the remote already
// has (`git rev-list --objects <local> --not <remote> --remotes=<name>`, git-lfs
// lfs/gitscanner_refs.go). Reads only; every git call has the local deadline.
import { type Effects } from '../effects.ts';
import { LOCAL_TIMEOUT_MS } from '../process.ts';
import { type RefUpdate } from '../refs.ts';
import { type Pointer, POINTER_MAX_BYTES, parsePointer } from './pointer.ts';

export interface PushedBlob {
  oid: string;
  path: string;
  size: number;
}

export interface PushedPointer extends Pointer {
  path: string;
  /** The pointer file's own blob. */
  blob: string;
}

const ZERO = /^0+$/;

/**
 * One answer per question per run: doctor asks the same of every remote (the branch, the
 * remote-tracking refs, the objects a push of it adds when those refs agree).
 */
const memo = new WeakMap<Effects, Map<string, Promise<unknown>>>();
function once<T>(fx: Effects, key: string, fn: () => Promise<T>): Promise<T> {
  const m = memo.get(fx) ?? memo.set(fx, new Map()).get(fx)!;
  if (!m.has(key)) m.set(key, fn());
  return m.get(key) as Promise<T>;
}

const git = (fx: Effects, ...args: string[]) => fx.run('git', args, { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS }).then((r) => (r.code === 0 ? r.stdout.trim() : ''));

/** refs/remotes/* and their commits, read once. */
const trackingRefs = (fx: Effects): Promise<Map<string, string>> => once(fx, 'tracking', async () =>
  new Map((await git(fx, 'for-each-ref', '--format=%(refname) %(objectname)', 'refs/remotes/')).split('\n').filter(Boolean).map((l) => l.split(' ') as [string, string])));

/** The blobs this push adds, with the path each was first seen at; an error when git could not say. */
export async function pushedBlobs(refs: RefUpdate[], remote: string | undefined, fx: Effects): Promise<PushedBlob[] | { error: string }> {
  const tips = refs.filter((r) => !r.deletion).map((r) => r.localOid);
  if (!tips.length) return [];
  // What the remote has: the old tips Git gave, and every ref of its under refs/remotes/<name>/.
  const tracking = remote && !remote.includes('/') ? [...(await trackingRefs(fx))].filter(([ref]) => ref.startsWith(`refs/remotes/${remote}/`)).map(([, oid]) => oid) : [];
  const have = [...new Set([...refs.map((r) => r.remoteOid).filter((oid) => !ZERO.test(oid)), ...tracking])].sort();
  return once(fx, `blobs ${tips.join(' ')} --not ${have.join(' ')}`, () => listBlobs(tips, have, fx));
}

async function listBlobs(tips: string[], have: string[], fx: Effects): Promise<PushedBlob[] | { error: string }> {
  // A remote tip this clone never fetched is skipped (--ignore-missing), as git-lfs does.
  const args = ['rev-list', '--objects', '--ignore-missing', ...tips, '--not', ...have];
  const listed = await fx.run('git', args, { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS });
  if (listed.code !== 0) return { error: listed.timedOut ? 'listing the pushed objects took too long' : `git rev-list: ${listed.stderr.trim().split('\n')[0]}` };
  const named = listed.stdout.split('\n').filter((l) => l.length > 41);
  if (!named.length) return [];
  const checked = await fx.run('git', ['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize) %(rest)'], { env: fx.env, input: `${named.join('\n')}\n`, timeoutMs: LOCAL_TIMEOUT_MS });
  if (checked.code !== 0) return { error: `git cat-file: ${checked.stderr.trim().split('\n')[0]}` };
  const blobs: PushedBlob[] = [];
  for (const line of checked.stdout.split('\n')) {
    const m = /^([0-9a-f]+) blob (\d+) (.*)$/.exec(line);
    if (m) blobs.push({ oid: m[1], size: Number(m[2]), path: m[3] });
  }
  return blobs;
}

/** The Git LFS pointers among those blobs (only files small enough to be one are read). */
export function pointersIn(blobs: PushedBlob[], fx: Effects): Promise<PushedPointer[] | { error: string }> {
  // The same list (pushedBlobs answered several remotes with it) is read once.
  const found = readOf.get(blobs) ?? readPointers(blobs, fx);
  readOf.set(blobs, found);
  return found;
}

const readOf = new WeakMap<PushedBlob[], Promise<PushedPointer[] | { error: string }>>();

async function readPointers(blobs: PushedBlob[], fx: Effects): Promise<PushedPointer[] | { error: string }> {
  const small = blobs.filter((b) => b.size > 0 && b.size < POINTER_MAX_BYTES);
  if (!small.length) return [];
  // latin1: one character per byte, so the sizes cat-file gives index the text exactly.
  const read = await fx.run('git', ['cat-file', '--batch'], { env: fx.env, input: `${small.map((b) => b.oid).join('\n')}\n`, timeoutMs: LOCAL_TIMEOUT_MS, encoding: 'latin1' });
  if (read.code !== 0) return { error: `git cat-file: ${read.stderr.trim().split('\n')[0]}` };
  const out: PushedPointer[] = [];
  let at = 0;
  for (const blob of small) {
    const nl = read.stdout.indexOf('\n', at);
    const header = /^[0-9a-f]+ blob (\d+)$/.exec(read.stdout.slice(at, nl));
    if (nl < 0 || !header) break;
    const size = Number(header[1]);
    const pointer = parsePointer(read.stdout.slice(nl + 1, nl + 1 + size));
    if (pointer) out.push({ ...pointer, path: blob.path, blob: blob.oid });
    at = nl + 1 + size + 1;
  }
  return out;
}

/** How many bytes Git reads to call a file binary (xdiff-interface.c buffer_is_binary: FIRST_FEW_BYTES). */
export const BINARY_PROBE_BYTES = 8000;

/**
 * Whether each blob is binary as Git decides it (a NUL byte in its first 8000 bytes), read as
 * a stream so a large blob is never held whole.
 */
export async function binaryBlobs(oids: string[], fx: Effects): Promise<Set<string> | { error: string }> {
  if (!oids.length) return new Set();
  const binary = new Set<string>();
  let pending: Buffer = Buffer.alloc(0);
  let current: { oid: string; left: number; seen: number } | undefined;
  const take = (chunk: Buffer) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    while (pending.length) {
      if (!current) {
        const nl = pending.indexOf(10);
        if (nl < 0) return;
        const [oid, , size] = pending.subarray(0, nl).toString('latin1').split(' ');
        current = { oid, left: Number(size) + 1, seen: 0 };
        pending = pending.subarray(nl + 1);
        continue;
      }
      const part = pending.subarray(0, Math.min(current.left, pending.length));
      const probe = part.subarray(0, Math.max(0, BINARY_PROBE_BYTES - current.seen));
      if (probe.includes(0)) binary.add(current.oid);
      current.seen += part.length;
      current.left -= part.length;
      pending = pending.subarray(part.length);
      if (current.left === 0) current = undefined;
    }
  };
  const r = await fx.run('git', ['cat-file', '--batch'], { env: fx.env, input: `${oids.join('\n')}\n`, timeoutMs: LOCAL_TIMEOUT_MS, onStdout: take });
  if (r.code !== 0) return { error: r.timedOut ? 'reading the pushed files took too long' : `git cat-file: ${r.stderr.trim().split('\n')[0]}` };
  return binary;
}

/** A small blob's text (a README). */
export async function blobText(oid: string, fx: Effects): Promise<string | undefined> {
  const r = await fx.run('git', ['cat-file', 'blob', oid], { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS });
  return r.code === 0 ? r.stdout : undefined;
}

/** The first pushed commit that adds this blob (`git log --find-object`), as `sha subject`. */
export async function introducedBy(oid: string, refs: RefUpdate[], remote: string | undefined, fx: Effects): Promise<{ commit: string; subject: string } | undefined> {
  const tips = refs.filter((r) => !r.deletion).map((r) => r.localOid);
  const have = refs.map((r) => r.remoteOid).filter((o) => !ZERO.test(o));
  const r = await fx.run('git', ['log', '--format=%H%x09%s', '--reverse', '--ignore-missing', `--find-object=${oid}`, ...tips, '--not', ...have, ...(remote && !remote.includes('/') ? [`--remotes=${remote}`] : [])], { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS });
  const [commit, ...subject] = (r.code === 0 ? r.stdout.split('\n')[0] : '').split('\t');
  return commit ? { commit, subject: subject.join('\t') } : undefined;
}

/**
 * What `git push <remote> [REF]` would update (doctor): REF (default: the current branch) over
 * the remote's tracking ref of the same name. A URL has no tracking refs: everything counts,
 * as for the first push of a history to a repo that has none of it (a CI sync to a Space).
 */
export async function branchPush(remote: string | undefined, fx: Effects, ref?: string): Promise<RefUpdate[]> {
  const [branch, head] = ref
    ? await Promise.all([git(fx, 'rev-parse', '--symbolic-full-name', ref), git(fx, 'rev-parse', '-q', '--verify', `${ref}^{commit}`)])
    : await once(fx, 'head', () => Promise.all([git(fx, 'symbolic-ref', '-q', 'HEAD'), git(fx, 'rev-parse', '-q', '--verify', 'HEAD')]));
  if (!head) return [];
  const name = branch.startsWith('refs/') ? branch : 'refs/heads/main';
  const tracked = !remote || remote.includes('/') || remote.includes(':') ? '' : (await trackingRefs(fx)).get(`refs/remotes/${remote}/${name.replace(/^refs\/heads\//, '')}`);
  return [{ localRef: name, localOid: head, remoteRef: name, remoteOid: tracked || '0'.repeat(head.length), deletion: false }];
}
