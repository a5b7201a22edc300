// Git LFS pointers this push would send whose files it cannot upload: git-lfs is not
// installed, GIT_LFS_SKIP_PUSH is set, or the file is not in this clone's LFS store (a
// clone made with GIT_LFS_SKIP_SMUDGE=1). A server that refuses dangling pointers (the
// Hub) then refuses the whole push after the pack was sent, unless it has the files
// already, which its LFS batch API says: only then is the push certain to fail.
import { type Config } from '../config.ts';
import { type Effects } from '../effects.ts';
import { type Finding, finding } from '../findings.ts';
import { type LfsObject, lfsEndpoint, missingOnServer } from '../lfs/server.ts';
import { LOCAL_TIMEOUT_MS } from '../process.ts';
import { PROVIDERS } from '../providers/index.ts';
import { type Remote } from '../remote.ts';
import { type PushedPointer } from './scan.ts';

export interface LfsCheckInput {
  remote: Remote;
  remoteName?: string;
  config: Config;
  network: boolean;
  deadline: number;
}

/** Why these pointers' files will not be uploaded by this push. */
type Reason = 'no-git-lfs' | 'skip-push' | 'not-local';

/** The pointers among what the push adds (content/scan.ts) whose files cannot reach the server. */
export async function lfsUploads(i: LfsCheckInput, pointers: PushedPointer[], fx: Effects): Promise<Finding[]> {
  if (!pointers.length) return [];
  const stuck = await unsendable(dedupe(pointers), i.config, fx);
  if (!stuck.length) return [];
  const endpoint = lfsEndpoint(i.remote, i.remoteName, i.config.lfs);
  const asked = !i.network ? { error: 'not asked (offline)' }
    : !endpoint ? { error: 'the remote is a local path' }
      : await missingOnServer(endpoint, stuck.map(({ oid, size }): LfsObject => ({ oid, size })), i.remote, fx, i.deadline, i.config.http);
  if ('error' in asked) return [unverified(i, stuck, asked.error)];
  const missing = stuck.filter((p) => asked.missing.has(p.oid));
  return missing.length ? [refused(i, missing)] : [];
}

const dedupe = (pointers: PushedPointer[]) => [...new Map(pointers.map((p) => [p.oid, p])).values()];

/** Pointers whose files this push will not upload, each with the reason. */
async function unsendable(pointers: PushedPointer[], config: Config, fx: Effects): Promise<(PushedPointer & { reason: Reason })[]> {
  const uploader: Reason | undefined = fx.env.GIT_LFS_SKIP_PUSH ? 'skip-push'
    : (await fx.run('git-lfs', ['version'], { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS })).code !== 0 ? 'no-git-lfs' : undefined;
  const store = await objectStore(config, fx);
  const out: (PushedPointer & { reason: Reason })[] = [];
  for (const p of pointers) {
    const local = store !== undefined && (await fx.stat(`${store}/${p.oid.slice(0, 2)}/${p.oid.slice(2, 4)}/${p.oid}`))?.kind === 'file';
    if (!local) out.push({ ...p, reason: 'not-local' });
    else if (uploader) out.push({ ...p, reason: uploader });
  }
  return out;
}

/** Where git-lfs keeps objects: lfs.storage (relative to the git dir) or <git dir>/lfs, then objects/ (git-lfs-config(5)). */
async function objectStore(config: Config, fx: Effects): Promise<string | undefined> {
  const r = await fx.run('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS });
  const gitDir = r.code === 0 ? r.stdout.trim() : undefined;
  const storage = config.lfs.storage;
  if (storage?.startsWith('/')) return `${storage}/objects`;
  return gitDir ? `${gitDir}/${storage ?? 'lfs'}/objects` : undefined;
}

const WHY: Record<Reason, string> = {
  'no-git-lfs': 'git-lfs is not installed (not on PATH), so nothing uploads them',
  'skip-push': 'GIT_LFS_SKIP_PUSH is set, so git-lfs uploads nothing',
  'not-local': "their files are not in this clone's LFS store (a clone made with GIT_LFS_SKIP_SMUDGE=1, or pruned), so git-lfs has nothing to upload",
};

const MiB = 1024 * 1024;
const bytes = (n: number) => (n >= MiB ? `${(n / MiB).toFixed(1)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`);

function listed(pointers: PushedPointer[]): string {
  const shown = pointers.slice(0, 3).map((p) => `${p.path} (${bytes(p.size)})`).join(', ');
  return pointers.length > 3 ? `${shown} and ${pointers.length - 3} more` : shown;
}

function reasons(pointers: { reason: Reason }[]): string {
  return [...new Set(pointers.map((p) => p.reason))].map((r) => WHY[r]).join('; ');
}

function fixes(i: LfsCheckInput, pointers: { reason: Reason }[]): string[] {
  const to = i.remoteName ?? i.remote.url;
  const has = (r: Reason) => pointers.some((p) => p.reason === r);
  return [
    ...(has('no-git-lfs') ? [
      'sudo apt-get install git-lfs    # Debian/Ubuntu; macOS: brew install git-lfs; others: https://git-lfs.com',
      "git lfs install --skip-repo    # the LFS filters; hf-hooks' pre-push hook runs git-lfs's upload",
    ] : []),
    ...(has('skip-push') ? ['unset GIT_LFS_SKIP_PUSH'] : []),
    ...(has('not-local') ? [`git lfs fetch --all ${to === 'origin' ? '<remote that has these files>' : 'origin'}    # get the files from where they are (the repository this was cloned from)`] : []),
    `git push ${to}    # again: the LFS files are uploaded first, then the pack`,
  ];
}

function refused(i: LfsCheckInput, missing: (PushedPointer & { reason: Reason })[]): Finding {
  const provider = PROVIDERS[i.remote.provider];
  const host = i.remote.host ?? i.remote.url;
  const n = missing.length;
  const what = `${n} Git LFS file${n === 1 ? '' : 's'} in this push point${n === 1 ? 's' : ''} to ${n === 1 ? 'a file' : 'files'} ${host} does not have, and this push cannot upload ${n === 1 ? 'it' : 'them'}: ${listed(missing)}.`;
  const file = missing[0].path;
  if (!provider.lfsRefusal) {
    return { ...finding('content.lfs-missing', 'warn', `${what}\n${reasons(missing)}. ${host} takes the push, but shows those files as pointer text.`, fixes(i, missing)), file };
  }
  return {
    ...finding('content.lfs-missing', 'error',
      `${what}\n${reasons(missing)}. ${provider.label} refuses such a push after the whole pack was sent: "${provider.lfsRefusal}"`,
      fixes(i, missing)),
    file,
  };
}

function unverified(i: LfsCheckInput, stuck: (PushedPointer & { reason: Reason })[], why: string): Finding {
  const host = i.remote.host ?? i.remote.url;
  const n = stuck.length;
  return { file: stuck[0].path, ...finding('content.lfs-unverified', 'warn',
    `${n} Git LFS file${n === 1 ? '' : 's'} in this push cannot be uploaded by it (${listed(stuck)}), and whether ${host} already has ${n === 1 ? 'it' : 'them'} could not be checked: ${why}.\n${reasons(stuck)}.${PROVIDERS[i.remote.provider].lfsRefusal ? ` If ${host} lacks one, it refuses the push after the pack was sent.` : ''}`,
    fixes(i, stuck)) };
}
