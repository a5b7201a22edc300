// What a server's file rules say of the files a push adds. Pure: the blobs (size, path,
// and whether Git would call them binary), the LFS pointers, the provider's rules and the
// repository's LFS transfer agents in; the breaches out, each certain or not.
import { type ContentRules } from '../providers/types.ts';
import { type Pointer } from './pointer.ts';
import { type PushedBlob } from './scan.ts';

export type Rule = 'too-large' | 'binary' | 'lfs-too-large';

export interface Breach {
  rule: Rule;
  /** The server refuses it for sure, or only may. */
  certain: boolean;
  path: string;
  oid: string;
  size: number;
  /** The LFS object, for an LFS file. */
  lfsOid?: string;
  /** Why it is not certain, or what makes it so. */
  note?: string;
}

/** What the repository's git-lfs can use beyond the basic transfer (lfs.customtransfer.*). */
export interface LfsAgents {
  /** huggingface_hub's multipart agent (`hf lfs-enable-largefiles`) or git-xet. */
  large: boolean;
}

/** Blobs whose first bytes must be read to know whether the binary rule applies. */
export function needsProbe(b: PushedBlob, rules: ContentRules): boolean {
  return !!rules.binary && b.size > rules.binary.warnFrom && !(rules.tooLarge && b.size >= rules.tooLarge.bytes);
}

export function judge(blobs: PushedBlob[], binary: Set<string>, pointers: (Pointer & { path: string; blob?: string })[], rules: ContentRules, agents: LfsAgents): Breach[] {
  const out: Breach[] = [];
  const lfsBlobs = new Set(pointers.map((p) => p.blob));
  for (const b of blobs) {
    if (lfsBlobs.has(b.oid)) continue;
    const large = rules.tooLarge;
    if (large && b.size >= large.bytes) out.push({ rule: 'too-large', certain: true, path: b.path, oid: b.oid, size: b.size });
    else if (large?.warnFrom && b.size >= large.warnFrom.bytes) out.push({ rule: 'too-large', certain: false, path: b.path, oid: b.oid, size: b.size, note: large.warnFrom.said });
    else if (rules.binary && b.size > rules.binary.warnFrom && binary.has(b.oid)) {
      const certain = b.size > rules.binary.bytes;
      out.push({ rule: 'binary', certain, path: b.path, oid: b.oid, size: b.size, ...(!certain && rules.binary.smallerRefused && { note: rules.binary.smallerRefused }) });
    }
  }
  const lfs = rules.lfsFile;
  for (const p of lfs ? pointers : []) {
    if (p.size > lfs!.hard) out.push({ rule: 'lfs-too-large', certain: true, path: p.path, oid: p.blob ?? '', size: p.size, lfsOid: p.oid, note: lfs!.said });
    else if (p.size > lfs!.agent && !agents.large) out.push({ rule: 'lfs-too-large', certain: false, path: p.path, oid: p.blob ?? '', size: p.size, lfsOid: p.oid });
  }
  return out;
}
