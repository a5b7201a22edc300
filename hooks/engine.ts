// The check engine: one remote URL in, one report out. Shared by every entry point.
import { checkHttps } from './checks/https.ts';
import { bypassed, checkSsh } from './checks/ssh.ts';
import { checkUrl } from './checks/url.ts';
import { CONFIG_ARGS, type Config, configFromGit } from './config.ts';
import { type Effects } from './effects.ts';
import { type Finding, verdictOf } from './findings.ts';
import { type ClassifyContext, type Remote, type Transport, classify, repoPath } from './remote.ts';
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
  const blocked = findings.some((f) => f.level === 'error');
  if (remote.transport === 'ssh' && remote.host && !blocked) {
    const target = { remoteName, user: remote.user, host: remote.host, port: remote.port, provider: remote.provider, path: remote.path };
    const skipped = bypassed(fx.env, config.sshCommand);
    if (skipped) findings.push(skipped);
    findings.push(...(await checkSsh(target, effectiveSsh(fx.env, config.sshCommand), config, fx, { probe: o.network, deadline: o.deadline })));
  }
  let credentialSha: string | undefined;
  if ((remote.transport === 'https' || remote.transport === 'http') && remote.host && !blocked) {
    const https = await checkHttps(remote, config, fx, { network: o.network, deadline: o.deadline, remoteName });
    findings.push(...https.findings);
    credentialSha = https.credentialSha;
  }
  return {
    remote: remoteName, url, transport: remote.transport, provider: remote.provider,
    ...(remote.repo && { repo: remote.repo }), verdict: verdictOf(findings), findings, ...(credentialSha && { credentialSha }),
  };
}

/** The remote whose push URL points at this host and repository, so fixes can name it. */
export function remoteNamed(remotes: Record<string, string[]>, ctx: ClassifyContext, transport: Transport | 'http(s)', host: string, path: string): string | undefined {
  const wanted = repoPath(path);
  const matches = (u: string) => {
    const c = classify(u, ctx) as Remote;
    const sameTransport = transport === 'http(s)' ? c.transport === 'https' || c.transport === 'http' : c.transport === transport;
    return sameTransport && c.host === host.toLowerCase() && (!wanted || repoPath(c.path) === wanted);
  };
  return Object.entries(remotes).find(([, urls]) => urls.some(matches))?.[0];
}
