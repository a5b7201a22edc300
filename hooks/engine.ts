// The check engine: one remote URL in, one report out. Shared by every entry point.
import { checkSsh } from './checks/ssh.ts';
import { checkUrl } from './checks/url.ts';
import { CONFIG_ARGS, type Config, configFromGit } from './config.ts';
import { type Effects } from './effects.ts';
import { type Finding, verdictOf } from './findings.ts';
import { classify } from './remote.ts';
import { type Report } from './render.ts';
import { effectiveSsh } from './ssh/command.ts';

export async function loadConfig(fx: Effects): Promise<{ config: Config; problems: Finding[] }> {
  return configFromGit(await fx.run('git', CONFIG_ARGS, { env: fx.env }), fx.env);
}

export interface CheckOptions {
  /** Contact the server (ssh -T); false for an offline check. */
  network: boolean;
  /** Epoch ms by which all network work must be done. */
  deadline: number;
}

export async function checkRemote(
  remoteName: string, url: string, config: Config, problems: Finding[], fx: Effects, o: CheckOptions,
): Promise<Report> {
  const remote = classify(url, { hosts: config.hosts, hfEndpoint: config.hfEndpoint });
  const findings = [...problems, ...checkUrl(remoteName, remote)];
  if ('error' in remote) return { remote: remoteName, url, verdict: verdictOf(findings), findings };
  if (remote.transport === 'ssh' && remote.host && !findings.some((f) => f.level === 'error')) {
    const target = { remoteName, user: remote.user, host: remote.host, port: remote.port, provider: remote.provider, path: remote.path };
    findings.push(...(await checkSsh(target, effectiveSsh(fx.env, config.sshCommand), config, fx, { probe: o.network, deadline: o.deadline })));
  }
  return {
    remote: remoteName, url, transport: remote.transport, provider: remote.provider,
    ...(remote.repo && { repo: remote.repo }), verdict: verdictOf(findings), findings,
  };
}
