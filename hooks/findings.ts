// Checks return findings as data; only render.ts turns them into text.
import { type ProviderName, type Repo } from './providers/types.ts';
import { type Transport } from './remote.ts';

export type Level = 'error' | 'warn' | 'info' | 'ok';

export interface Finding {
  id: string;
  level: Level;
  /** What is wrong, then (on a second line) why it matters. */
  message: string;
  /** Steps that fix it: commands to run or settings to change, in order. */
  fix: string[];
  docs?: string;
  /** The file in the repository the finding is about (content findings), for CI annotations. */
  file?: string;
}

export type Verdict = 'ready' | 'warn' | 'unknown' | 'blocked';

/** Findings that mean "could not find out", as opposed to "found a problem". */
const INCONCLUSIVE = new Set([
  'url.malformed', 'url.unsupported', 'api.unreachable', 'api.tls', 'api.proxy', 'api.proxy-auth', 'api.unverified', 'ssh.unreachable', 'ssh.unchecked', 'ssh.not-probed', 'ssh.key-unconfirmed', 'token.not-validated', 'token.unverified',
  'content.lfs-unverified', 'https.helper-timeout',
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

/** One push URL, checked: what the engine returns and the renderer prints. */
export interface Report {
  /** The remote's name, or the URL itself when it belongs to no remote. */
  remote: string;
  url: string;
  transport?: Transport;
  provider?: ProviderName;
  repo?: Repo;
  verdict: Verdict;
  findings: Finding[];
  /** doctor: how API requests for this remote go, when Git's settings decide it (net/route.ts; masked when printed). */
  route?: RouteShown;
}

export interface RouteShown {
  proxy?: string;
  proxySource?: string;
  direct?: string;
  invalid?: string;
  ca?: { path: string; source: string }[];
  unverified?: string;
}

/** The fix that points a remote at another URL; for a push to a bare URL, pushing there instead. */
export function setUrl(remote: string | undefined, url: string, o: { push?: boolean } = {}): string {
  return remote ? `git remote set-url ${o.push ? '--push ' : ''}${remote} ${url}` : `git push ${url}`;
}
