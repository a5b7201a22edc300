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
    const stop = report.verdict === 'blocked';
    return { exit: 0, stdout: stop ? 'quit=1\n' : '', stderr: renderHuman([report], { color, entry: 'credential' }) };
  }
  // After a rejection only problems are news; "the token is fine" would contradict the server.
  const findings = report.findings.filter((f) => f.level !== 'ok' && f.level !== 'info');
  return { exit: 0, stdout: '', stderr: findings.length ? renderHuman([{ ...report, verdict: verdictOf(findings), findings }], { color, entry: 'explain' }) : '' };
}
