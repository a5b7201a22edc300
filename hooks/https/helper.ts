// `hf-hooks credential get|store|erase`: a credential helper for provider hosts.
// get: no helper before it had a credential. When one after it has (configured after
// install), say nothing. When Git can ask (a terminal, an askpass), say what to paste and
// let it ask; when it cannot, explain and answer quit=1 (Git would only fail).
// erase: the server just rejected a credential, so say why before "Authentication failed".
import { type Effects } from '../effects.ts';
import { check, loadConfig } from '../engine.ts';
import { verdictOf } from '../findings.ts';
import { PROVIDERS } from '../providers/index.ts';
import { renderHuman } from '../render.ts';
import { contextFor, targetFor } from '../target.ts';
import { isLoopback, type Remote } from '../remote.ts';
import { askpassOf } from '../prompts.ts';
import { type Asked, askForToken } from './ask.ts';
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
  // Git sends the path only with credential.useHttpPath; targetFor finds the remote's whole URL.
  const asked = `${attrs.protocol}://${attrs.username ? `${encodeURIComponent(attrs.username)}@` : ''}${attrs.host}/${attrs.path ?? ''}`;
  const target = targetFor({ url: `${attrs.protocol}://${attrs.host}/${attrs.path ?? ''}`, credential, asked }, config);
  if ('error' in target.parsed || !PROVIDERS[target.parsed.provider].tokenShape) return SILENT;
  const ctx = contextFor(config, fx);
  const { report } = await check(target, action === 'get' ? 'credential-get' : 'credential-erase', fx, ctx);
  if (action === 'get') {
    // A helper after this one has a credential: Git goes on to it, and there is nothing to say.
    if (!report.findings.length) return SILENT;
    const askpass = askpassOf(fx.env, config.askPass);
    const provider = PROVIDERS[target.parsed.provider];
    if (askpass && provider.tokenQuestion && (target.parsed.transport === 'https' || isLoopback(target.parsed.host))) {
      return answered(await askForToken(target.parsed, provider, config, fx, { askpass, remoteName: target.remote, scope: { reviewOnly: false } }), target.parsed, fx, color);
    }
    const stop = report.verdict === 'blocked';
    return { exit: 0, stdout: stop ? 'quit=1\n' : '', stderr: renderHuman([report], { color, entry: 'credential' }) };
  }
  // After a rejection only problems are news; "the token is fine" would contradict the server.
  const findings = report.findings.filter((f) => f.level !== 'ok' && f.level !== 'info');
  return { exit: 0, stdout: '', stderr: findings.length ? renderHuman([{ ...report, verdict: verdictOf(findings), findings }], { color, entry: 'explain' }) : '' };
}

/**
 * A token that passed is Git's answer (and what was found stays for this push's pre-push
 * check, without the token); a stop is quit=1 with the reason, before Git sends anything.
 */
async function answered(asked: Asked, remote: Remote, fx: Effects, color: boolean): Promise<HelperOutcome> {
  // Git does not say whether it fetches or pushes: what only a push cannot do (a read token)
  // is left to the pre-push check, which sees these findings and the refs.
  const findings = asked.findings.filter((f) => f.level === 'warn' || (asked.kind === 'stop' && f.level === 'error'));
  const report = { remote: remote.url, url: remote.url, transport: remote.transport, provider: remote.provider, verdict: verdictOf(findings), findings };
  const stderr = findings.length ? renderHuman([report], { color, entry: 'credential' }) : '';
  if (asked.kind === 'stop') return { exit: 0, stdout: 'quit=1\n', stderr };
  await fx.cache.set(askedKey(remote), { findings: asked.findings });
  return { exit: 0, stdout: `username=${asked.username}\npassword=${asked.password}\n`, stderr };
}
