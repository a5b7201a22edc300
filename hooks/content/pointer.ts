// Git LFS pointer files (git-lfs docs/spec.md, "The Pointer"). Pure.

/** A pointer file is under 1024 bytes (spec.md), so only blobs this small are read. */
export const POINTER_MAX_BYTES = 1024;

/** The spec's version URL, and the one pre-release clients wrote, which git-lfs still reads. */
const VERSIONS = new Set(['https://git-lfs.github.com/spec/v1', 'https://hawser.github.com/spec/v1']);

export interface Pointer {
  /** The object's SHA-256, lower-case hex. */
  oid: string;
  size: number;
}

/**
 * `version <url>` first, then sorted `key value` lines including `oid sha256:<hex>` and
 * `size <n>`, each ending in \n. Anything else is an ordinary small file.
 */
export function parsePointer(text: string): Pointer | undefined {
  if (text.length >= POINTER_MAX_BYTES || !text.endsWith('\n')) return undefined;
  const lines = text.slice(0, -1).split('\n');
  const [first, ...rest] = lines;
  if (!first?.startsWith('version ') || !VERSIONS.has(first.slice('version '.length))) return undefined;
  const values = new Map<string, string>();
  for (const line of rest) {
    const m = /^([a-z0-9.-]+) ([^\r\n]+)$/.exec(line);
    if (!m || values.has(m[1])) return undefined;
    values.set(m[1], m[2]);
  }
  const oid = /^sha256:([0-9a-f]{64})$/.exec(values.get('oid') ?? '')?.[1];
  const size = values.get('size') ?? '';
  if (!oid || !/^\d{1,16}$/.test(size)) return undefined;
  return { oid, size: Number(size) };
}
