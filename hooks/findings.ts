// Checks return findings as data; only render.ts turns them into text.

export type Level = 'error' | 'warn' | 'info' | 'ok';

export interface Finding {
  id: string;
  level: Level;
  /** What is wrong, then (on a second line) why it matters. */
  message: string;
  /** Steps that fix it: commands to run or settings to change, in order. */
  fix: string[];
  docs?: string;
}

export type Verdict = 'ready' | 'warn' | 'unknown' | 'blocked';

/** Findings that mean "could not find out", as opposed to "found a problem". */
const INCONCLUSIVE = new Set([
  'url.malformed', 'url.unsupported', 'api.unreachable', 'ssh.unreachable', 'ssh.unchecked', 'ssh.not-probed', 'token.not-validated',
]);

export function verdictOf(findings: Finding[]): Verdict {
  if (findings.some((f) => f.level === 'error')) return 'blocked';
  if (findings.some((f) => INCONCLUSIVE.has(f.id))) return 'unknown';
  if (findings.some((f) => f.level === 'warn')) return 'warn';
  return 'ready';
}

/** Fail open on the unknown unless the user asked for strict. */
export function allows(verdict: Verdict, strict: boolean): boolean {
  return verdict === 'ready' || verdict === 'warn' || (verdict === 'unknown' && !strict);
}

export const finding = (
  id: string,
  level: Level,
  message: string,
  fix: string[] = [],
  docs?: string,
): Finding => (docs ? { id, level, message, fix, docs } : { id, level, message, fix });
