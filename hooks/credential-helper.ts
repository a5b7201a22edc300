// `hf-hooks credential get|store|erase`: the last credential helper for provider hosts.
// get: no helper had a credential, so explain and answer quit=1 (Git must not prompt).
// erase: the server just rejected a credential, so say why before "Authentication failed".
import { diagnoseCredential, missingCredential } from './checks/https.ts';
import { type Effects } from './effects.ts';
import { loadConfig, remoteNamed } from './engine.ts';
import { type Finding, verdictOf } from './findings.ts';
import { QUIET_ENV, parseAttributes } from './https/credentials.ts';
import { classify } from './remote.ts';
import { renderHuman } from './render.ts';

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
  const ctx = { hosts: config.hosts, hfEndpoint: config.hfEndpoint };
  const asked = classify(`${attrs.protocol}://${attrs.host}/${attrs.path ?? ''}`, ctx);
  if ('error' in asked || !asked.host || asked.provider === 'generic') return SILENT;
  // Git sends the path only with credential.useHttpPath; the matching remote has the whole URL.
  const remoteName = remoteNamed(config.remotes, ctx, 'http(s)', asked.host, asked.path);
  const configured = remoteName ? classify(config.remotes[remoteName][0], ctx) : undefined;
  const remote = configured && !('error' in configured) && configured.host === asked.host ? configured : asked;
  const report = (findings: Finding[], entry: 'credential' | 'explain') =>
    renderHuman([{ remote: remoteName ?? remote.url, url: remote.url, verdict: verdictOf(findings), findings }], { color, entry });

  if (action === 'get') {
    const f = await missingCredential(remote, config, fx, remoteName ?? 'origin');
    return { exit: 0, stdout: 'quit=1\n', stderr: report([f], 'credential') };
  }
  const findings = (await diagnoseCredential(remote, { username: attrs.username, password: attrs.password }, config, fx, {
    network: true, deadline: fx.now() + config.timeoutMs, remoteName: remoteName ?? 'origin',
  })).filter((f) => f.level !== 'ok' && f.level !== 'info');
  return { exit: 0, stdout: '', stderr: findings.length ? report(findings, 'explain') : '' };
}
