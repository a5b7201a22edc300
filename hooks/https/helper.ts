// `hf-hooks credential get|store|erase`: a credential helper for provider hosts.
// get: no helper before it had a credential. When one after it has (configured after
// install), say nothing. When Git can ask (a terminal, an askpass), say what to paste and
// let it ask; when it cannot, explain and answer quit=1 (Git would only fail).
// erase: the server just rejected a credential, so say why before "Authentication failed".
import { type Effects } from '../effects.ts';
import { check, loadConfig } from '../engine.ts';
import { type Finding, finding, verdictOf } from '../findings.ts';
import { type Config } from '../config.ts';
import { PROVIDERS } from '../providers/index.ts';
import { renderHuman } from '../render.ts';
import { contextFor, targetFor } from '../target.ts';
import { isLoopback, origin, type Remote, withoutUserinfo } from '../remote.ts';
import { askpassOf } from '../prompts.ts';
import { type Asked, type Asker, askForToken, askpassAsker, ttyAsker } from './ask.ts';
import { bridged } from './bridge.ts';
import { askedUrl, gitOperation } from './caller.ts';
import { checkFetch } from './fetch.ts';
import { askedKey } from './check.ts';
import { QUIET_ENV, parseAttributes } from './credentials.ts';

export interface HelperOutcome {
  exit: number;
  stdout: string;
  stderr: string;
}

const SILENT: HelperOutcome = { exit: 0, stdout: '', stderr: '' };

export async function credentialHelper(action: string | undefined, input: string, fx: Effects, color: boolean): Promise<HelperOutcome> {
  // store: nothing to keep (we never hold secrets); unknown actions are ignored, as the protocol asks.
  if ((action !== 'get' && action !== 'erase') || fx.env[QUIET_ENV]) return SILENT;
  const attrs = parseAttributes(input);
  if (!attrs.protocol || !attrs.host) return SILENT;
  const { config } = await loadConfig(fx);
  if (!config.enabled) return SILENT;
  const credential = { username: attrs.username, password: attrs.password };
  // The URL Git matched its helpers with (https/caller.ts); a helper we cannot see keeps us quiet.
  // (An erase explains a refusal, whichever helper gave the credential: the server's host is enough.)
  const callers = await fx.callers();
  const asked = askedUrl(attrs, callers, action === 'get' ? config.credentialSections : []);
  if ('silent' in asked) return SILENT;
  const target = targetFor({ url: withoutUserinfo(asked.url), credential, asked: asked.url }, config);
  if ('error' in target.parsed || !PROVIDERS[target.parsed.provider].tokenShape) return SILENT;
  // A clone or fetch asks too (the fetch phase): what a read needs, in a read's words.
  const op = gitOperation(callers) ?? 'push';
  const ctx = { ...contextFor(config, fx), op };
  const { report } = await check(target, action === 'get' ? 'credential-get' : 'credential-erase', fx, ctx);
  if (action === 'get') {
    // A helper after this one has a credential: Git goes on to it, and there is nothing to say.
    if (!report.findings.length) return SILENT;
    const remote = target.parsed;
    const scope = { reviewOnly: false };
    const fetchOpts = { network: ctx.network, deadline: ctx.deadline, remoteName: target.remote, gitCanAsk: ctx.gitCanAsk };
    const bridge = await bridged(remote, config, fx, { remoteName: target.remote, deadline: ctx.deadline, scope });
    if (bridge && !('refused' in bridge)) {
      // A read: the token goes to Git whatever the repository says, with the words for why it will not do.
      const words = op === 'fetch' ? (await checkFetch(remote, config, fx, { ...fetchOpts, token: { password: bridge.password, source: bridge.source } })).filter((f) => f.level === 'error' || f.level === 'warn') : [];
      return answered({ kind: 'answer', ...bridge, findings: [...bridge.findings, ...words] }, remote, fx, color, [], op);
    }
    const refused = bridge ? [bridge.refused] : [];
    const ask = askerFor(remote, config, fx, ctx.gitCanAsk, ctx.terminal);
    if (ask) {
      const cli = await cliLogin(remote, fx, ctx.deadline);
      if (cli) return answered({ kind: 'stop', findings: [...refused, cli] }, remote, fx, color, [], op);
      return answered(await askForToken(remote, PROVIDERS[remote.provider], config, fx, { ask, remoteName: target.remote, scope, push: op === 'push' }), remote, fx, color, refused, op);
    }
    // Nobody to ask: the read's own diagnosis, said without a token (gated, or private).
    const read = op === 'fetch' ? (await checkFetch(remote, config, fx, { ...fetchOpts, token: null })).filter((f) => f.id !== 'fetch.ok') : [];
    const findings = [...refused, ...(read.length ? read : report.findings)];
    const stop = verdictOf(findings) === 'blocked';
    return { exit: 0, stdout: stop ? 'quit=1\n' : '', stderr: renderHuman([{ ...report, verdict: verdictOf(findings), findings }], { color, entry: 'credential', op }) };
  }
  // After a rejection only problems are news; "the token is fine" would contradict the server.
  const findings = report.findings.filter((f) => f.level !== 'ok' && f.level !== 'info');
  return { exit: 0, stdout: '', stderr: findings.length ? renderHuman([{ ...report, verdict: verdictOf(findings), findings }], { color, entry: 'explain', op }) : '' };
}

/**
 * Who can answer for a token here, in hf-hooks' words: the askpass Git would use (an
 * editor's password box), else the terminal when Git could prompt on it. Only for a
 * provider hf-hooks can ask for, and only where the token may go (https, or loopback).
 */
function askerFor(remote: Remote, config: Config, fx: Effects, gitCanAsk: boolean, terminal: boolean): Asker | undefined {
  const provider = PROVIDERS[remote.provider];
  if (!provider.tokenQuestion || !(remote.transport === 'https' || isLoopback(remote.host))) return undefined;
  const askpass = askpassOf(fx.env, config.askPass);
  if (askpass) return askpassAsker(askpass, fx);
  return gitCanAsk && terminal ? ttyAsker(fx) : undefined;
}

/** The provider's CLI is logged in here (gh, glab): one command makes Git use it, better than a pasted token. */
async function cliLogin(remote: Remote, fx: Effects, deadline: number): Promise<Finding | undefined> {
  const provider = PROVIDERS[remote.provider];
  const cli = provider.gitCli;
  if (!cli) return undefined;
  const [cmd, ...args] = cli.status;
  const r = await fx.run(cmd, args, { env: fx.env, timeoutMs: Math.max(0, deadline - fx.now()) });
  if (r.code !== 0) return undefined;
  return finding('https.cli-login', 'error',
    `${cmd} is logged in to ${provider.label} on this machine, but Git does not use its token for ${origin(remote)}.\n` +
      `\`${cli.setup}\` makes Git ask ${cmd} for it, so no token needs pasting.`,
    [cli.setup, 'git push    # again']);
}

/**
 * A token that passed is Git's answer (and what was found stays for this push's pre-push
 * check, without the token); a stop is quit=1 with the reason, before Git sends anything.
 */
async function answered(asked: Asked, remote: Remote, fx: Effects, color: boolean, before: Finding[] = [], op: 'push' | 'fetch' = 'push'): Promise<HelperOutcome> {
  // What only a push cannot do (a read token) is left to the pre-push check, which sees these
  // findings and the refs. A read's own findings are said even beside a token handed over:
  // Git is about to meet them.
  const said = (f: Finding) => f.level === 'warn' || (f.level === 'error' && (asked.kind === 'stop' || f.id.startsWith('fetch.')));
  const findings = [...(asked.kind === 'stop' ? before : []), ...asked.findings].filter(said);
  const report = { remote: remote.url, url: remote.url, transport: remote.transport, provider: remote.provider, verdict: verdictOf(findings), findings };
  const stderr = findings.length ? renderHuman([report], { color, entry: asked.kind === 'stop' ? 'credential' : 'notice', op }) : '';
  if (asked.kind === 'stop') return { exit: 0, stdout: 'quit=1\n', stderr };
  await fx.cache.set(askedKey(remote), { findings: asked.findings });
  return { exit: 0, stdout: `username=${asked.username}\npassword=${asked.password}\n`, stderr };
}
