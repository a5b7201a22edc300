// Where a push's credential would come from: Git's helpers, asked the way Git asks minus
// every prompt. Reads only. (Tokens a provider's own tools keep: providers/*.ts localTokens.)
import { type Effects } from '../effects.ts';

export interface GitCredential {
  username?: string;
  password?: string;
  /** A helper did not answer within the deadline: unknown, not missing (no password). */
  timedOut?: true;
}

export const QUIET_ENV = 'HF_HOOKS_CREDENTIAL_QUIET';

/** What one traced `git credential fill` said: the credential, and the helpers Git ran for it. */
interface Traced { credential?: GitCredential; helpers: string[] }

/** doctor asks both for the same URL: one traced fill answers both (per Effects, per URL). */
const traced = new WeakMap<Effects, Map<string, Promise<Traced>>>();

/** `git credential fill` for a URL; undefined when no helper has one. Never prompts, never stores. */
export async function gitCredential(url: string, fx: Effects, timeoutMs: number): Promise<GitCredential | undefined> {
  const asked = traced.get(fx)?.get(url);
  if (asked) return (await asked).credential;
  return (await fill(url, fx, timeoutMs, false)).credential;
}

async function fill(url: string, fx: Effects, timeoutMs: number, trace: boolean): Promise<Traced> {
  const r = await fx.run('git', ['credential', 'fill'], {
    input: `url=${url}\n\n`,
    timeoutMs,
    // Our own helper stays silent while we ask; run() already disables every prompt.
    env: { ...fx.env, [QUIET_ENV]: '1', GIT_TERMINAL_PROMPT: '0', ...(trace && { GIT_TRACE: '2' }) },
  });
  if (r.timedOut) return { credential: { timedOut: true }, helpers: trace ? helpersIn(r.stderr) : [] };
  const attrs = r.code === 0 ? parseAttributes(r.stdout) : {};
  return { ...(attrs.password && { credential: { username: attrs.username, password: attrs.password } }), helpers: trace ? helpersIn(r.stderr) : [] };
}

/**
 * The helpers Git asks for a URL, in its order, up to the one that answers: Git's own trace
 * of `git credential fill` (GIT_TRACE names each helper it runs), so URL-matched keys,
 * includes and empty resets are read exactly as Git reads them. hf-hooks' entry is "hf-hooks".
 */
export async function helpersAsked(url: string, fx: Effects, timeoutMs: number): Promise<string[]> {
  const byUrl = traced.get(fx) ?? traced.set(fx, new Map()).get(fx)!;
  const run = byUrl.get(url) ?? fill(url, fx, timeoutMs, true);
  byUrl.set(url, run);
  return (await run).helpers;
}

/** The helpers a GIT_TRACE of `git credential fill` shows Git running, by their short names. */
export function helpersIn(trace: string): string[] {
  const helpers: string[] = [];
  for (const line of trace.split('\n')) {
    const m = /trace: run_command: '(.*) get'$/.exec(line);
    if (!m) continue;
    const cmd = m[1].replace(/'\\''/g, "'");
    helpers.push(/\/hf-hooks\/[^/]+\/credential'/.test(cmd) ? 'hf-hooks' : cmd.replace(/^git credential-/, ''));
  }
  return helpers;
}

/** `key=value` lines, as in the credential helper protocol. */
export function parseAttributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1).replace(/\r$/, '');
  }
  return out;
}
