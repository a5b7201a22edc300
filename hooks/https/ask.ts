// Asking for a token through the askpass Git would use (an editor's password box), in the
// provider's words, and checking the answer before Git sends anything. Git's own prompt
// would ask for a "Password", which the providers refuse.
import { type Config } from '../config.ts';
import { type Effects } from '../effects.ts';
import { type Finding, finding } from '../findings.ts';
import { type Provider, type PushScope } from '../providers/types.ts';
import { type Remote, origin, repoPath } from '../remote.ts';
import { diagnoseCredential } from './check.ts';

/** A person answers: give them time, but never wait forever. */
const ASK_TIMEOUT_MS = 5 * 60_000;
const TRIES = 3;

export type Asked =
  | { kind: 'answer'; username: string; password: string; findings: Finding[] }
  | { kind: 'stop'; findings: Finding[] };

/** Reasons to ask again: the answer can authenticate nowhere, so another try may help. */
const RETRY: Record<string, (p: Provider) => string> = {
  'https.password-not-token': (p) => `That is not a ${p.label} access token (an account password does not work for Git).`,
  'token.invalid': (p) => `${p.label} does not accept that token (revoked, expired or mistyped).`,
};

export interface AskOptions {
  askpass: string;
  remoteName?: string;
  scope: PushScope;
}

export async function askForToken(remote: Remote, provider: Provider, config: Config, fx: Effects, o: AskOptions): Promise<Asked> {
  const question = provider.tokenQuestion!;
  const where = `${remote.host}${remote.port ? `:${remote.port}` : ''}/${repoPath(remote.path)}`;
  let reason = '';
  let last: Finding[] = [];
  for (let i = 0; i < TRIES; i++) {
    const r = await fx.run(o.askpass, [`${reason}${question.ask(where, true)}`], { env: fx.env, timeoutMs: ASK_TIMEOUT_MS });
    const answer = r.stdout.slice(0, r.stdout.search(/[\r\n]|$/)).trim();
    if (r.code !== 0 || !answer) return { kind: 'stop', findings: [cancelled(remote, provider)] };
    // A person took their time: the API gets its whole budget from now.
    const findings = await diagnoseCredential(remote, { password: answer }, config, fx, {
      network: true, deadline: fx.now() + config.timeoutMs, remoteName: o.remoteName, gitCanAsk: true, scope: o.scope,
    });
    const retry = findings.find((f) => f.level === 'error' && RETRY[f.id]);
    if (!retry) return { kind: 'answer', username: remote.user || question.user, password: answer, findings };
    reason = `${RETRY[retry.id](provider)} `;
    last = findings;
  }
  return { kind: 'stop', findings: last };
}

function cancelled(remote: Remote, provider: Provider): Finding {
  return finding('https.prompt-cancelled', 'error',
    `No ${provider.label} token was given for ${origin(remote)}, so hf-hooks stopped Git before it sent anything.`,
    ['Push again and paste an access token at the prompt', ...(provider.tokensPage ? [`Create one: ${provider.tokensPage}`] : [])],
    provider.tokensPage);
}
