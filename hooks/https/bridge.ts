// The bridge: when no credential helper has anything for the Hub, Git gets the token
// huggingface_hub itself would use (what `hf auth login` saved), the way `gh auth
// git-credential` serves GitHub CLI's. Only to the hosts that token is for (store.ts
// bridgeServes), only a token the provider's API accepts, never written anywhere by us:
// Git hands it to the user's storage helpers after a push that worked, as it does for
// any helper's answer.
import { type Config } from '../config.ts';
import { type Effects } from '../effects.ts';
import { type Finding, finding } from '../findings.ts';
import { maskToken } from '../mask.ts';
import { PROVIDERS } from '../providers/index.ts';
import { type LocalToken, type PushScope } from '../providers/types.ts';
import { type Remote } from '../remote.ts';
import { diagnoseCredential } from './check.ts';
import { bridgeServes } from './store.ts';
import { API_FAILURES } from '../net/guidance.ts';
import { routeOf } from '../net/route.ts';

export type Bridged =
  /** What to hand Git, where it came from, and what the API said of it. */
  | { username: string; password: string; source: string; findings: Finding[] }
  /** A local token that cannot be handed over, and why. */
  | { refused: Finding };

export interface BridgeOptions {
  remoteName?: string;
  deadline: number;
  scope: PushScope;
  /** Offline (doctor --offline): say what would be handed over, unconfirmed. */
  network?: boolean;
}

/** Findings that mean the API knows the token (whatever it may do here). */
const ACCEPTED = new Set(['token.ok', 'token.read-only', 'token.no-write-access', 'repo.not-found', 'token.sso-required']);

/** Undefined when the bridge has nothing to say: off, not this host, or no local token. */
export async function bridged(remote: Remote, config: Config, fx: Effects, o: BridgeOptions): Promise<Bridged | undefined> {
  const provider = PROVIDERS[remote.provider];
  if (!bridgeServes(remote, config, fx.env) || !provider.localTokens) return undefined;
  const local = (await provider.localTokens(fx)).find((t) => t.inUse);
  if (!local) return undefined;
  // Git would send it over a connection whose certificate nobody checks: not from us.
  const unverified = routeOf(remote, remote.url, config.http, fx.env).unverified;
  if (unverified) return { refused: notHandedOver(remote, local, [finding('api.unverified', 'warn', `${unverified}: Git does not check that it is talking to ${remote.host}`)]) };
  const token = local.expires !== undefined && local.expires <= fx.now() ? await renew(local, remote, fx, o.deadline) : local;
  if ('refused' in token) return token;
  const network = o.network ?? true;
  const findings = await diagnoseCredential(remote, { password: token.token }, config, fx, {
    network, deadline: o.deadline, remoteName: o.remoteName, gitCanAsk: false, scope: o.scope,
  });
  if (network && !findings.some((f) => ACCEPTED.has(f.id))) return { refused: notHandedOver(remote, local, findings) };
  const source = token === local ? `${local.source}${provider.localTools ? ` (${provider.localTools}'s token)` : ''}` : `\`${token.source}\``;
  return { username: provider.tokenQuestion?.user ?? 'git', password: token.token, source, findings };
}

/** An expired login: the provider's CLI prints a fresh token (refreshing it), within the deadline. */
async function renew(t: LocalToken, remote: Remote, fx: Effects, deadline: number): Promise<LocalToken | { refused: Finding }> {
  const cli = PROVIDERS[remote.provider].cli;
  const day = new Date(t.expires!).toISOString().slice(0, 10);
  if (cli?.renew) {
    const [cmd, ...args] = cli.renew;
    const r = await fx.run(cmd, args, { env: fx.env, timeoutMs: Math.max(0, deadline - fx.now()) });
    const fresh = r.stdout.trim().split('\n').pop()?.trim();
    if (r.code === 0 && fresh && fresh !== t.token && !/\s/.test(fresh)) return { token: fresh, source: `${cli.renew.join(' ')}`, inUse: true };
  }
  const provider = PROVIDERS[remote.provider];
  return {
    refused: finding('token.expired', 'warn',
      `${provider.localTools ?? provider.label}'s login (${maskToken(t.token)}, in ${t.source}) expired on ${day}${cli?.renew ? `, and \`${cli.renew.join(' ')}\` could not renew it` : ''}, so hf-hooks did not hand it to Git.`,
      [cli?.login ?? `Log in to ${provider.label} again`], provider.tokensPage),
  };
}

/** The API refused the local token, or could not be asked: Git does not get it. */
function notHandedOver(remote: Remote, t: LocalToken, findings: Finding[]): Finding {
  const provider = PROVIDERS[remote.provider];
  const why = findings.find((f) => f.level === 'error' || f.level === 'warn');
  const said = why ? why.message.split('\n')[0] : 'it could not be confirmed';
  return finding('https.bridge-refused', 'warn',
    `The ${provider.label} token in ${t.source} (${maskToken(t.token)}) was not handed to Git: ${said}`,
    [provider.cli?.login ?? `Create a new token: ${provider.tokensPage}`, ...(why && API_FAILURES.has(why.id) ? why.fix : [])], provider.tokensPage);
}
