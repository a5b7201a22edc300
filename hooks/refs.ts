// The ref lines Git writes to a pre-push hook's stdin.
export interface RefUpdate {
  localRef: string;
  localOid: string;
  remoteRef: string;
  remoteOid: string;
  deletion: boolean;
}

const OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const MAX_LINES = 100_000;

/**
 * `<local ref> SP <local oid> SP <remote ref> SP <remote oid>` per line, split from
 * the right so an odd local ref expression cannot shift the fields.
 */
export function parseRefLines(input: Uint8Array): { refs: RefUpdate[] } | { error: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return { error: 'standard input is binary, not the ref lines Git sends a pre-push hook' };
  }
  if (text.includes('\0')) return { error: 'standard input contains NUL bytes, not the ref lines Git sends a pre-push hook' };
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length > MAX_LINES) return { error: `standard input has ${lines.length} lines; Git sends one per ref` };
  const refs: RefUpdate[] = [];
  for (const [i, line] of lines.entries()) {
    const ref = parseRefLine(line);
    if (!ref) return { error: `line ${i + 1} of standard input is not '<local ref> <local oid> <remote ref> <remote oid>': ${JSON.stringify(line.slice(0, 80))}` };
    refs.push(ref);
  }
  return { refs };
}

function parseRefLine(line: string): RefUpdate | undefined {
  const fields = line.split(' ');
  if (fields.length < 4) return undefined;
  const [localOid, remoteRef, remoteOid] = fields.slice(-3);
  const localRef = fields.slice(0, -3).join(' ');
  if (!localRef || !OID.test(localOid) || !OID.test(remoteOid) || !remoteRef.startsWith('refs/')) return undefined;
  return { localRef, localOid, remoteRef, remoteOid, deletion: /^0+$/.test(localOid) };
}
