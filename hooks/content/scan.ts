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
}

const ZERO = /^0+$/;

/** The blobs this push adds, with the path each was first seen at; an error when git could not say. */
export async function pushedBlobs(refs: RefUpdate[], remote: string | undefined, fx: Effects): Promise<PushedBlob[] | { error: string }> {
  const tips = refs.filter((r) => !r.deletion).map((r) => r.localOid);
  if (!tips.length) return [];
  const have = refs.map((r) => r.remoteOid).filter((oid) => !ZERO.test(oid));
  // A remote tip this clone never fetched is skipped (--ignore-missing), as git-lfs does.
  const args = ['rev-list', '--objects', '--ignore-missing', ...tips, '--not', ...have, ...(remote && !remote.includes('/') ? [`--remotes=${remote}`] : [])];
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
export async function pointersIn(blobs: PushedBlob[], fx: Effects): Promise<PushedPointer[] | { error: string }> {
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
    if (pointer) out.push({ ...pointer, path: blob.path });
    at = nl + 1 + size + 1;
  }
  return out;
}
