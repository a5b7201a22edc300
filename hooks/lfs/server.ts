// The Git LFS server a push uploads to, and what it already has. git-lfs's own rules:
// lfsapi/endpoint_finder.go (which URL) and docs/api/batch.md (the question).
import { type Config } from '../config.ts';
import { routeFor } from '../net/route.ts';
import { type ConfigEntry } from '../net/urlmatch.ts';
import { type Effects } from '../effects.ts';
import { gitCredential } from '../https/credentials.ts';
import { LOCAL_TIMEOUT_MS } from '../process.ts';
import { type Remote, isLoopback } from '../remote.ts';

/**
 * lfs.pushurl, lfs.url, remote.<name>.lfspushurl, remote.<name>.lfsurl, in that order; else
 * the push URL + `.git/info/lfs`, over https for an SSH remote (docs/api/server-discovery.md:
 * `git@host:foo/bar` -> `https://host/foo/bar.git/info/lfs`). None for a local path.
 */
export function lfsEndpoint(remote: Remote, remoteName: string | undefined, lfs: Config['lfs']): string | undefined {
  const named = remoteName ? lfs.remotes[remoteName] : undefined;
  const configured = lfs.pushurl ?? lfs.url ?? named?.lfspushurl ?? named?.lfsurl;
  if (configured) return configured.replace(/\/+$/, '');
  if (!remote.host || (remote.transport !== 'ssh' && remote.transport !== 'https' && remote.transport !== 'http')) return undefined;
  const scheme = remote.transport === 'http' ? 'http' : 'https';
  const host = remote.host.includes(':') ? `[${remote.host}]` : remote.host;
  const port = remote.transport !== 'ssh' && remote.port ? `:${remote.port}` : '';
  const path = `/${remote.path.replace(/^\/+|\/+$/g, '')}`;
  return `${scheme}://${host}${port}${path}${path.endsWith('.git') ? '' : '.git'}/info/lfs`;
}

export interface LfsObject {
  oid: string;
  size: number;
}

const BATCH_SIZE = 100;
const LFS_JSON = 'application/vnd.git-lfs+json';

/**
 * The objects the server does not have: an `upload` batch request, which uploads nothing;
 * "If a client requests to upload an object that the server already has, the server should
 * omit the actions property completely" (batch.md). Credentials are those Git's helpers
 * give for that URL, as git-lfs asks them, and are sent only over https (or to loopback),
 * the way git-lfs goes: Git's http.<endpoint>.* settings (git-lfs reads them for its URL).
 */
export async function missingOnServer(endpoint: string, objects: LfsObject[], remote: Remote, fx: Effects, deadline: number, http: ConfigEntry[]): Promise<{ missing: Set<string> } | { error: string }> {
  let url: URL;
  try {
    url = new URL(`${endpoint}/objects/batch`);
  } catch {
    return { error: `${endpoint} is not a URL` };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) return { error: `${endpoint} is plain http` };
  const credential = remote.password ? { username: remote.user, password: remote.password } : await gitCredential(endpoint, fx, LOCAL_TIMEOUT_MS);
  const auth: Record<string, string> = credential?.password ? { authorization: `Basic ${Buffer.from(`${credential.username ?? ''}:${credential.password}`).toString('base64')}` } : {};
  const chunks: LfsObject[][] = [];
  for (let i = 0; i < objects.length; i += BATCH_SIZE) chunks.push(objects.slice(i, i + BATCH_SIZE));
  const route = routeFor(endpoint, url.href, http, fx.env);
  const answers = await Promise.all(chunks.map((chunk) => fx.httpPost(url.href, { accept: LFS_JSON, 'content-type': LFS_JSON, ...auth },
    JSON.stringify({ operation: 'upload', transfers: ['basic'], objects: chunk, hash_algo: 'sha256' }), deadline - fx.now(), route)));
  const missing = new Set<string>();
  for (const a of answers) {
    if ('error' in a) return { error: a.error };
    if (a.status !== 200) return { error: `${url.host} answered ${a.status}${credential ? '' : ' (no credential for it)'}` };
    let body: { objects?: { oid?: string; actions?: { upload?: unknown }; error?: { message?: string } }[] };
    try {
      body = JSON.parse(a.body);
    } catch {
      return { error: `${url.host} did not answer in the Git LFS batch format` };
    }
    for (const o of body.objects ?? []) {
      if (o.error) return { error: `${url.host} said of ${o.oid?.slice(0, 12)}: ${o.error.message ?? 'an error'}` };
      if (o.oid && o.actions?.upload) missing.add(o.oid);
    }
  }
  return { missing };
}
