// The check engine: one remote URL in, one report out. Shared by every entry point.
import { checkUrl } from './checks/url.ts';
import { CONFIG_ARGS, type Config, configFromGit } from './config.ts';
import { type Effects } from './effects.ts';
import { type Finding, verdictOf } from './findings.ts';
import { classify } from './remote.ts';
import { type Report } from './render.ts';

export async function loadConfig(fx: Effects): Promise<{ config: Config; problems: Finding[] }> {
  return configFromGit(await fx.run('git', CONFIG_ARGS), fx.env);
}

export async function checkRemote(remoteName: string, url: string, config: Config, problems: Finding[]): Promise<Report> {
  const remote = classify(url, { hosts: config.hosts, hfEndpoint: config.hfEndpoint });
  const findings = [...problems, ...checkUrl(remoteName, remote)];
  const base = { remote: remoteName, url, verdict: verdictOf(findings), findings };
  if ('error' in remote) return base;
  return { ...base, transport: remote.transport, provider: remote.provider, ...(remote.repo && { repo: remote.repo }) };
}
