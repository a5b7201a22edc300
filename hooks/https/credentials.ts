// Where a push's credential would come from: Git's helpers (asked the way Git asks, minus
// every prompt) and, for the Hub, huggingface_hub's own token sources. Reads only.
import { join } from 'node:path';
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

/** `key=value` lines, as in the credential helper protocol. */
export function parseAttributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1).replace(/\r$/, '');
  }
  return out;
}

export interface HubToken {
  token: string;
  /** `HF_TOKEN`, `HUGGING_FACE_HUB_TOKEN`, or the file it was read from. */
  source: string;
}

/** huggingface_hub's order: HF_TOKEN, HUGGING_FACE_HUB_TOKEN, then the token file. */
export async function hubTokens(fx: Effects): Promise<HubToken[]> {
  const env = fx.env;
  const out: HubToken[] = [];
  for (const name of ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN']) {
    const value = env[name]?.trim();
    if (value) out.push({ token: value, source: `$${name}` });
  }
  const file = hubTokenFile(env, fx.account.home);
  const stored = (await fx.readText(file))?.trim();
  if (stored) out.push({ token: stored, source: file });
  return out;
}

export function hubTokenFile(env: NodeJS.ProcessEnv, home: string): string {
  if (env.HF_TOKEN_PATH) return env.HF_TOKEN_PATH;
  const hfHome = env.HF_HOME || join(env.XDG_CACHE_HOME || join(env.HOME || home, '.cache'), 'huggingface');
  return join(hfHome, 'token');
}

/** Named tokens `hf auth login` keeps beside the token file (INI: [name] hf_token = ...). */
export async function storedTokens(fx: Effects): Promise<HubToken[]> {
  const file = join(hubTokenFile(fx.env, fx.account.home), '..', 'stored_tokens');
  const text = await fx.readText(file);
  if (!text) return [];
  const out: HubToken[] = [];
  let section = '';
  for (const line of text.split('\n')) {
    const head = /^\s*\[(.+)\]\s*$/.exec(line);
    if (head) section = head[1];
    const value = /^\s*hf_token\s*=\s*(\S+)/.exec(line);
    if (value && section) out.push({ token: value[1], source: `stored token "${section}"` });
  }
  return out;
}
