// Asking for a token, in the provider's words, through whoever can answer (an editor's
// askpass, or the terminal), and checking the answer before Git sends anything. Git's own
// prompt would ask for a "Password", which the providers refuse.
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

/** One question to a person; undefined when they cancel or give nothing. */
export type Asker = (question: string) => Promise<string | undefined>;

export interface AskOptions {
  ask: Asker;
  remoteName?: string;
  scope: PushScope;
  /** A push needs the write role; a clone or fetch, any token that may read. */
  push?: boolean;
}

/** The askpass Git would use: its one argument is the question, its first line the answer (prompt.c do_askpass). */
export const askpassAsker = (askpass: string, fx: Effects): Asker => async (question) => {
  const r = await fx.run(askpass, [question], { env: fx.env, timeoutMs: ASK_TIMEOUT_MS });
  const answer = r.stdout.slice(0, r.stdout.search(/[\r\n]|$/)).trim();
  return r.code === 0 && answer ? answer : undefined;
};

/** The terminal, as Git's own prompt uses it: /dev/tty, the answer hidden. */
export const ttyAsker = (fx: Effects): Asker => async (question) => (await fx.askTty(question, ASK_TIMEOUT_MS))?.trim() || undefined;

/**
 * Asks up to three times. An answer without the provider's token shape is refused here and
 * sent nowhere (an account password typed at the question must never leave the machine);
 * the same answer typed again is the person's word that it is a token of a shape hf-hooks
 * does not know, and only then does the provider's API see it (DESIGN section 4).
 */
export async function askForToken(remote: Remote, provider: Provider, config: Config, fx: Effects, o: AskOptions): Promise<Asked> {
  const question = provider.tokenQuestion!;
  const where = `${remote.host}${remote.port ? `:${remote.port}` : ''}/${repoPath(remote.path)}`;
  let reason = '';
  let last: Finding[] = [];
  /** An answer refused for its shape, which typed again is checked after all. Kept in memory only. */
  let unconfirmed: string | undefined;
  for (let i = 0; i < TRIES; i++) {
    const answer = await o.ask(`${reason}${question.ask(where, o.push ?? true)}`);
    if (!answer) return { kind: 'stop', findings: [cancelled(remote, provider)] };
    const shape = provider.tokenShape?.(answer, fx.now(), remote.user) ?? { kind: 'token' };
    if (shape.kind === 'not-token' || (shape.kind === 'unknown' && answer !== unconfirmed)) {
      unconfirmed = shape.kind === 'unknown' ? answer : undefined;
      reason = `${notSent(provider, shape.why, shape.kind === 'unknown')} `;
      last = [notAToken(remote, provider, shape.why)];
      continue;
    }
    // A person took their time: the API gets its whole budget from now.
    const findings = await diagnoseCredential(remote, { password: answer }, config, fx, {
      network: true, deadline: fx.now() + config.timeoutMs, remoteName: o.remoteName, gitCanAsk: true, scope: o.scope,
    });
    const retry = findings.find((f) => f.level === 'error' && RETRY[f.id]);
    if (!retry) return { kind: 'answer', username: remote.user || question.user, password: answer, findings };
    reason = `${RETRY[retry.id](provider)} `;
    last = findings;
    unconfirmed = undefined;
  }
  return { kind: 'stop', findings: last };
}

/** Why an answer was refused without asking anyone, and, for a shape never seen, how to have it checked. */
function notSent(p: Provider, why: string, confirmable: boolean): string {
  return `Not sent anywhere: ${why}.${p.tokensPage ? ` Create a token at ${p.tokensPage}.` : ''}` +
    (confirmable ? ` If it is a ${p.label} token all the same, type it again to have ${p.label} check it.` : '');
}

function notAToken(remote: Remote, p: Provider, why: string): Finding {
  return finding('https.password-not-token', 'error',
    `What was typed at hf-hooks' question for ${origin(remote)} is not a ${p.label} access token: ${why}.\n` +
      'It was sent nowhere, and Git was stopped before it sent anything.',
    [...(p.tokensPage ? [`Create a token with write access: ${p.tokensPage}`] : []), 'Push again and paste the token at the prompt'],
    p.tokensPage);
}

function cancelled(remote: Remote, provider: Provider): Finding {
  return finding('https.prompt-cancelled', 'error',
    `No ${provider.label} token was given for ${origin(remote)}, so hf-hooks stopped Git before it sent anything.`,
    ['Push again and paste an access token at the prompt', ...(provider.tokensPage ? [`Create one: ${provider.tokensPage}`] : [])],
    provider.tokensPage);
}
