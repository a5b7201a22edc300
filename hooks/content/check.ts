// The content guard: what this push would send, against the server's file rules, before
// the pack and any LFS upload leave the machine. One scan (scan.ts), the provider's rules
// (providers/*.ts contentRules), and the LFS files the push could not upload (lfs.ts).
import { type Config } from '../config.ts';
import { type Effects } from '../effects.ts';
import { type Finding } from '../findings.ts';
import { apiBase } from '../https/api.ts';
import { PROVIDERS } from '../providers/index.ts';
import { type RefUpdate } from '../refs.ts';
import { type Remote } from '../remote.ts';
import { LOCAL_TIMEOUT_MS } from '../process.ts';
import { type Located, type Where, binary, lfsNotInstalled, lfsTooLarge, metadataInvalid, tooLarge, unchecked } from './guidance.ts';
import { lfsUploads } from './lfs.ts';
import { frontMatterError, validateRemotely } from './metadata.ts';
import { routeOf } from '../net/route.ts';
import { type Breach, judge, needsProbe } from './rules.ts';
import { binaryBlobs, blobText, introducedBy, pointersIn, pushedBlobs } from './scan.ts';

export interface ContentInput {
  remote: Remote;
  remoteName?: string;
  refs: RefUpdate[];
  config: Config;
  network: boolean;
  deadline: number;
}

/** Offending files whose commit is looked up (one `git log` each). */
const LOCATED = 5;

export async function checkContent(i: ContentInput, fx: Effects): Promise<Finding[]> {
  if (!i.config.contentGuard) return [];
  const blobs = await pushedBlobs(i.refs, i.remoteName, fx);
  if ('error' in blobs) return [unchecked(blobs.error)];
  if (!blobs.length) return [];
  const provider = PROVIDERS[i.remote.provider];
  const rules = provider.contentRules ?? {};
  const [pointers, probed] = await Promise.all([pointersIn(blobs, fx), binaryBlobs(blobs.filter((b) => needsProbe(b, rules)).map((b) => b.oid), fx)]);
  const found = 'error' in pointers ? [] : pointers;
  const breaches = judge(blobs, 'error' in probed ? new Set() : probed, found, rules, { large: i.config.lfs.agents.length > 0 });
  const readme = rules.metadata ? blobs.find((b) => b.path === rules.metadata!.file) : undefined;
  const [files, card, uploads] = await Promise.all([
    fileFindings(breaches, i, fx),
    readme ? metadataFindings(readme.oid, i, fx) : [],
    lfsUploads({ remote: i.remote, remoteName: i.remoteName, config: i.config, network: i.network, deadline: i.deadline }, found, fx),
  ]);
  return [...files, ...card, ...uploads];
}

/** Where the fixes push and what they rewrite: the first ref that is not a deletion. */
async function whereOf(i: ContentInput, fx: Effects): Promise<Where> {
  const ref = i.refs.find((r) => !r.deletion)!;
  const localRef = ref.localRef.startsWith('refs/') ? ref.localRef : ref.remoteRef;
  const tracking = i.remoteName && !i.remoteName.includes('/') ? `refs/remotes/${i.remoteName}/${ref.remoteRef.replace(/^refs\/heads\//, '')}` : undefined;
  const known = /^0+$/.test(ref.remoteOid) ? undefined
    : tracking && (await fx.run('git', ['rev-parse', '-q', '--verify', tracking], { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS })).stdout.trim() === ref.remoteOid ? tracking : ref.remoteOid;
  return { to: i.remoteName ?? i.remote.url, localRef, remoteRef: ref.remoteRef, ...(known && { remoteHas: known }) };
}

async function fileFindings(breaches: Breach[], i: ContentInput, fx: Effects): Promise<Finding[]> {
  if (!breaches.length) return [];
  const provider = PROVIDERS[i.remote.provider];
  const rules = provider.contentRules!;
  const where = await whereOf(i, fx);
  const located: Located[] = await Promise.all(breaches.map(async (b, n) => (n < LOCATED ? { ...b, commit: await introducedBy(b.oid, i.refs, i.remoteName, fx) } : b)));
  const pick = (rule: Breach['rule'], certain: boolean) => located.filter((b) => b.rule === rule && b.certain === certain);
  const out: Finding[] = [];
  for (const certain of [true, false]) {
    const big = pick('too-large', certain);
    if (big.length && rules.tooLarge) {
      const limit = certain ? rules.tooLarge.bytes : rules.tooLarge.warnFrom!.bytes;
      out.push(tooLarge(big, certain, limit, provider, where, certain ? rules.tooLarge.said : rules.tooLarge.warnFrom!.said, rules.tooLarge.docs));
    }
    const bin = pick('binary', certain);
    if (bin.length && rules.binary) out.push(binary(bin, certain, rules.binary.bytes, provider, where, rules.binary.said, rules.binary.docs));
    const lfs = pick('lfs-too-large', certain);
    if (lfs.length && rules.lfsFile) out.push(lfsTooLarge(lfs, certain, provider, rules.lfsFile.agentFix));
  }
  const whole = await routedThroughLfs(located.filter((b) => b.rule !== 'lfs-too-large').map((b) => b.path), fx);
  return whole.length ? [...out, lfsNotInstalled(whole)] : out;
}

/** Paths .gitattributes sends through the LFS filter (checked against this clone's attributes). */
async function routedThroughLfs(paths: string[], fx: Effects): Promise<string[]> {
  if (!paths.length) return [];
  const r = await fx.run('git', ['check-attr', '--stdin', '-z', 'filter'], { env: fx.env, input: paths.join('\0'), timeoutMs: LOCAL_TIMEOUT_MS });
  if (r.code !== 0) return [];
  const fields = r.stdout.split('\0');
  const out: string[] = [];
  for (let n = 0; n + 2 < fields.length; n += 3) if (fields[n + 2] === 'lfs') out.push(fields[n]);
  return out;
}

/** The card's YAML must parse; with the network, the provider's validator has the last word. */
async function metadataFindings(oid: string, i: ContentInput, fx: Effects): Promise<Finding[]> {
  const provider = PROVIDERS[i.remote.provider];
  const m = provider.contentRules!.metadata!;
  const text = await blobText(oid, fx);
  if (text === undefined) return [];
  const broken = await frontMatterError(text);
  if (broken) return [metadataInvalid(m.file, [broken], provider, m.said, true)];
  const api = apiBase(i.remote, provider, i.config);
  if (!i.network || !m.validate || 'refuse' in api || !/^\s*---/.test(text)) return [];
  const url = m.validate(api.base);
  const verdict = await validateRemotely(url, text, i.remote.repo?.type ?? 'model', fx, i.deadline, routeOf(i.remote, url, i.config.http, fx.env));
  if ('error' in verdict) return [];
  if (verdict.errors.length) return [metadataInvalid(m.file, verdict.errors, provider, m.said, true)];
  return verdict.warnings.length ? [metadataInvalid(m.file, verdict.warnings, provider, m.said, false)] : [];
}
