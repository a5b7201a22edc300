// Where a push's credential would come from: Git's helpers, asked the way Git asks minus
// every prompt. Reads only. (Tokens a provider's own tools keep: providers/*.ts localTokens.)
import { type Effects } from '../effects.ts';

export interface GitCredential {
  username?: string;
  password?: string;
}

export const QUIET_ENV = 'HF_HOOKS_CREDENTIAL_QUIET';

/** `git credential fill` for a URL; undefined when no helper has one. Never prompts, never stores. */
export async function gitCredential(url: string, fx: Effects, timeoutMs: number): Promise<GitCredential | undefined> {
  const r = await fx.run('git', ['credential', 'fill'], {
    input: `url=${url}\n\n`,
    timeoutMs,
    // Our own helper stays silent while we ask; run() already disables every prompt.
    env: { ...fx.env, [QUIET_ENV]: '1', GIT_TERMINAL_PROMPT: '0' },
  });
  if (r.code !== 0) return undefined;
  const attrs = parseAttributes(r.stdout);
  return attrs.password ? { username: attrs.username, password: attrs.password } : undefined;
}

/**
 * The helpers Git asks for a URL, in its order, up to the one that answers: Git's own trace
 * of `git credential fill` (GIT_TRACE names each helper it runs), so URL-matched keys,
 * includes and empty resets are read exactly as Git reads them. hf-hooks' entry is "hf-hooks".
 */
export async function helpersAsked(url: string, fx: Effects, timeoutMs: number): Promise<string[]> {
  const r = await fx.run('git', ['credential', 'fill'], {
    input: `url=${url}\n\n`,
    timeoutMs,
    env: { ...fx.env, [QUIET_ENV]: '1', GIT_TERMINAL_PROMPT: '0', GIT_TRACE: '2' },
  });
  const helpers: string[] = [];
  for (const line of r.stderr.split('\n')) {
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
