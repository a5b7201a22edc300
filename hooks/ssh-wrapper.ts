// `hf-hooks ssh ARGS...`: Git's core.sshCommand for a push. Checks the key before Git
// connects, then runs the user's own ssh with the arguments untouched.
import { checkSsh } from './checks/ssh.ts';
import { type Effects } from './effects.ts';
import { loadConfig, remoteNamed } from './engine.ts';
import { allows, verdictOf } from './findings.ts';
import { PROVIDERS } from './providers/index.ts';
import { providerFor } from './remote.ts';
import { type Report, mask, renderHuman } from './render.ts';
import { type GitSshRequest, type SshCommand, parseGitSshArgs, wrappedSsh } from './ssh/command.ts';
import { parseProbe, probeFinding, testCommand } from './ssh/probe.ts';

export type ExecReal = (cmd: SshCommand, args: string[]) => Promise<{ code: number; stderr: string }>;

/** The SSH findings for a push, whether they let it through, and where it goes. */
type Preflight = Report & { allowed: boolean; request: GitSshRequest };

export async function sshWrapper(args: string[], fx: Effects, color: boolean, execReal: ExecReal): Promise<number> {
  let report: Preflight | undefined;
  try {
    report = await preflight(args, fx);
  } catch (error) {
    // The check broke, not the connection: connect anyway, the way Git asked.
    process.stderr.write(mask(`hf-hooks: internal error in the SSH check, connecting anyway: ${(error as Error).stack ?? error}\n`));
  }
  if (report?.findings.length) process.stderr.write(renderHuman([report], { color, entry: 'ssh' }));
  if (report && !report.allowed) return 255;
  const real = await execReal(wrappedSsh(fx.env), args);
  if (real.code !== 0 && report) explainFailure(real.stderr, report, color);
  return real.code;
}

/** For a push: the SSH findings, before anything connects. Undefined for anything else. */
async function preflight(args: string[], fx: Effects): Promise<Preflight | undefined> {
  const request = parseGitSshArgs(args);
  if (request?.service !== 'git-receive-pack') return undefined;
  const { config } = await loadConfig(fx);
  if (!config.enabled) return undefined;
  const ctx = { hosts: config.hosts, hfEndpoint: config.hfEndpoint };
  const provider = providerFor({ transport: 'ssh', host: request.host, port: request.port, path: request.path ?? '' }, ctx);
  const remoteName = remoteNamed(config.remotes, ctx, 'ssh', request.host, request.path ?? '') ?? 'origin';
  const host = request.host.includes(':') ? `[${request.host}]` : request.host;
  const url = `ssh://${request.user ? `${request.user}@` : ''}${host}${request.port ? `:${request.port}` : ''}/${(request.path ?? '').replace(/^\/+/, '')}`;
  const target = { remoteName, user: request.user, host: request.host, port: request.port, provider, path: request.path };
  const findings = await checkSsh(target, wrappedSsh(fx.env), config, fx, { probe: true, deadline: fx.now() + config.timeoutMs });
  const verdict = verdictOf(findings);
  return { remote: remoteName, url, transport: 'ssh', provider, verdict, findings: findings.filter((f) => f.level !== 'ok'), allowed: allows(verdict, config.strict), request };
}

/** The push failed anyway (the server changed its mind since the probe): say what its words mean. */
function explainFailure(stderr: string, report: Preflight, color: boolean): void {
  const provider = PROVIDERS[report.provider ?? 'generic'];
  const result = parseProbe({ code: 1, output: stderr, timedOut: false }, provider, 0);
  if (result.kind === 'ok' || result.kind === 'unreachable') return;
  const { user, host, port = 22 } = report.request;
  const destination = `${user ? `${user}@` : ''}${host}`;
  const f = probeFinding(result, {
    remoteName: report.remote, destination, testCommand: testCommand(destination, port), provider, publicKeys: [],
    knownHostsFile: '~/.ssh/known_hosts', host, port,
  });
  if (report.findings.some((r) => r.id === f.id)) return;
  process.stderr.write(renderHuman([{ ...report, verdict: verdictOf([f]), findings: [f] }], { color, entry: 'explain' }));
}
