// SSH readiness for one push destination: config, keys, agent, known_hosts, then a probe.
import { join } from 'node:path';
import { cacheKey } from '../cache.ts';
import { type Config } from '../config.ts';
import { type Effects } from '../effects.ts';
import { type Finding, finding } from '../findings.ts';
import { LOCAL_TIMEOUT_MS } from '../process.ts';
import { PROVIDERS } from '../providers/index.ts';
import { type Provider, type ProviderName } from '../providers/types.ts';
import { repoPath } from '../remote.ts';
import { shQuote } from '../shell.ts';
import { VERSION } from '../version.ts';
import { type SshCommand, describeCommand, invocation, isWrapperPath, unwrap } from './command.ts';
import { type SshConfig, knownHostsEntry, parseSshG } from './config.ts';
import { type Agent, type KeyState, fingerprintOf, judgeKeys, parseAgentList, usableFingerprints } from './keys.ts';
import { type ProbeContext, type ProbeResult, hostUnknown, hostWillAsk, parseProbe, probeFinding, testCommand } from './probe.ts';
import { sshCanAsk } from '../prompts.ts';

export interface SshTarget {
  /** The remote, for `git remote set-url` in fixes; undefined for a bare URL. */
  remoteName?: string;
  user?: string;
  host: string;
  port?: number;
  provider: ProviderName;
  /** Repository path, to suggest the HTTPS URL of the same repo. */
  path?: string;
}

export interface SshCheckOptions {
  probe: boolean;
  /** Epoch ms by which all network work must be done. */
  deadline: number;
  /** A terminal is there for ssh to ask on (/dev/tty opens). */
  terminal: boolean;
}

/** `ssh -G` for the destination: the configuration ssh will really use, or why it cannot say. */
async function resolveConfig(t: SshTarget, cmd: SshCommand, fx: Effects): Promise<SshConfig | Finding> {
  const [file, args] = invocation(cmd, [...portArgs(t), '-G', destOf(t)]);
  const g = await fx.run(file, args, { timeoutMs: LOCAL_TIMEOUT_MS, env: fx.env });
  return g.code === 0 ? parseSshG(g.stdout, fx.account) : sshUnusable(cmd, g.code, g.stderr);
}

const destOf = (t: SshTarget) => (t.user ? `${t.user}@${t.host}` : t.host);
const portArgs = (t: SshTarget) => (t.port ? ['-p', String(t.port)] : []);

function probeContext(t: SshTarget, cfg: SshConfig, config: Config, fx: Effects, publicKeys: string[]): ProbeContext {
  const destination = `${cfg.user}@${t.host}`;
  return {
    remoteName: t.remoteName, destination, testCommand: testCommand(destination, cfg.port), provider: PROVIDERS[t.provider],
    httpsUrl: httpsAlternative(t, PROVIDERS[t.provider], config), host: t.host, port: cfg.port, publicKeys,
    knownHostsFile: cfg.userKnownHostsFiles[0] ?? join(fx.account.home, '.ssh', 'known_hosts'),
  };
}

/** What ssh can do here without the server: the config, the keys and host it would use, and who could answer it. */
interface Local { cfg: SshConfig; keys: KeyState[]; agent: Agent; c: ProbeContext & { lockedKeys: string[]; canAsk: boolean }; askHost: boolean; findings: Finding[] }

async function local(t: SshTarget, cmd: SshCommand, config: Config, fx: Effects, terminal: boolean): Promise<Local | Finding> {
  const cfg = await resolveConfig(t, cmd, fx);
  if ('id' in cfg) return cfg;
  const [agent, keys, known] = await Promise.all([readAgent(cfg, fx), Promise.all(cfg.identityFiles.map((f) => inspectKey(f, fx))), isKnownHost(cfg, fx)]);
  const canAsk = sshCanAsk(fx.env, terminal, cfg.batchMode);
  const locked = keys.filter((k) => k.state === 'locked').map((k) => k.path);
  const c = { ...probeContext(t, cfg, config, fx, keys.filter((k) => k.state === 'usable' || k.state === 'locked').map((k) => `${k.path}.pub`)), lockedKeys: locked, canAsk };
  const findings = judgeKeys(keys, agent, {
    remoteName: t.remoteName, destination: c.destination, testCommand: c.testCommand, provider: c.provider, identitiesOnly: cfg.identitiesOnly, email: config.email,
    suggestedKey: cfg.identityFiles.find((f) => f.endsWith('id_ed25519')) ?? join(fx.account.home, '.ssh', 'id_ed25519'), httpsUrl: c.httpsUrl, canAsk,
  });
  // StrictHostKeyChecking ask (the default) asks when ssh can ask; yes always refuses.
  const askHost = known === false && cfg.strictHostKeyChecking === 'ask' && canAsk;
  if (known === false && (cfg.strictHostKeyChecking === 'yes' || (cfg.strictHostKeyChecking === 'ask' && !canAsk))) findings.push(hostUnknown(c));
  if (askHost) findings.push(hostWillAsk(c));
  return { cfg, keys, agent, c, askHost, findings };
}

export async function checkSsh(t: SshTarget, cmd: SshCommand, config: Config, fx: Effects, o: SshCheckOptions): Promise<Finding[]> {
  const l = await local(t, cmd, config, fx, o.terminal);
  if ('id' in l) return [l];
  const { cfg, c, findings } = l;
  if (!c.provider.greeting || findings.some((f) => f.level === 'error')) return findings;
  const fingerprints = usableFingerprints(l.keys, l.agent, cfg.identitiesOnly);
  // Only keys ssh will ask a passphrase for: nothing a BatchMode probe could test.
  if (!fingerprints.length) return findings;
  if (!o.probe) {
    return [...findings, finding('ssh.not-probed', 'info', `Offline: not confirmed whether ${c.destination} knows your key (${c.testCommand} would tell).`)];
  }
  const key = cacheKey('ssh', VERSION, describeCommand(cmd), cfg.user, cfg.hostname, cfg.port, ...fingerprints);
  const cached = (await fx.cache.get(key, config.cacheTtl)) as { user?: string } | undefined;
  if (typeof cached?.user === 'string') return [...findings, probeFinding({ kind: 'ok', user: cached.user }, c)];
  const result = await probe(cmd, [...portArgs(t), destOf(t)], cfg, fx, { deadline: o.deadline, provider: c.provider, acceptNew: l.askHost });
  if (result.kind === 'ok') await fx.cache.set(key, { user: result.user });
  return [...findings, probeFinding(result, c)];
}

/**
 * The server refused the push after all (a stale probe answer, or a marker): what the full
 * check says in this context, with the server's words as its probe. A key that cannot be
 * unlocked here is the reason before "not registered" is (issue 26 item 2).
 */
export async function explainRefusal(t: SshTarget, cmd: SshCommand, stderr: string, config: Config, fx: Effects, terminal: boolean): Promise<Finding | undefined> {
  const result = parseProbe({ code: 1, output: stderr, timedOut: false }, PROVIDERS[t.provider], 0);
  if (result.kind === 'ok' || result.kind === 'unreachable') return undefined;
  const l = await local(t, cmd, config, fx, terminal);
  if ('id' in l) return undefined;
  const keyError = result.kind === 'not-registered' ? l.findings.find((f) => f.level === 'error' && f.id !== 'ssh.host-unknown') : undefined;
  return keyError ?? probeFinding(result, l.c);
}

/** The same repository over HTTPS, where the provider's web host is known. */
function httpsAlternative(t: SshTarget, provider: Provider, config: Config): string | undefined {
  const path = repoPath(t.path ?? '');
  if (!path) return undefined;
  if (provider.hosts.includes(t.host)) return `https://${provider.hosts[0]}/${path}`;
  const endpoint = config.endpoints[provider.name];
  return endpoint ? `${endpoint}/${path}` : undefined;
}

function sshUnusable(cmd: SshCommand, code: number, stderr: string): Finding {
  const name = describeCommand(cmd);
  if (code === 127 || /not found|No such file/.test(stderr)) {
    return finding('ssh.not-found', 'error',
      `Git would run "${name}" for this SSH remote, and it is not installed or not on PATH.\n` +
        'Without an ssh client Git cannot connect at all.',
      ['Install OpenSSH (Debian/Ubuntu: sudo apt-get install openssh-client; macOS and Windows ship it)', 'or check core.sshCommand / GIT_SSH_COMMAND / GIT_SSH: git config --show-origin core.sshCommand']);
  }
  return finding('ssh.unchecked', 'warn',
    `Could not read the SSH configuration ("${name} -G" failed: ${stderr.trim().split('\n')[0] || `exit ${code}`}).\n` +
      'hf-hooks checks keys only for OpenSSH, so it lets Git try.',
    []);
}

async function readAgent(cfg: SshConfig, fx: Effects): Promise<Agent> {
  const sock = cfg.identityAgent && cfg.identityAgent !== 'SSH_AUTH_SOCK' ? cfg.identityAgent.replace(/^~/, fx.account.home) : undefined;
  const env = sock ? { ...fx.env, SSH_AUTH_SOCK: sock } : fx.env;
  const r = await fx.run('ssh-add', ['-l'], { timeoutMs: LOCAL_TIMEOUT_MS, env });
  return parseAgentList(r.code, r.stdout);
}

export async function inspectKey(path: string, fx: Effects): Promise<KeyState> {
  const st = await fx.stat(path);
  if (!st) return { path, state: 'missing' };
  if (st.kind !== 'file') return { path, state: 'not-a-file', what: st.kind === 'dir' ? 'directory' : 'special file' };
  const pub = await fx.readText(`${path}.pub`);
  const pubFingerprint = pub ? fingerprintOf(pub) : undefined;
  // ssh refuses a private key that group or others can read (sshkey_perm_ok).
  if (st.mode & 0o077) return { path, state: 'too-open', mode: st.mode & 0o777, fingerprint: pubFingerprint };
  const r = await fx.run('ssh-keygen', ['-y', '-P', '', '-f', path], { timeoutMs: LOCAL_TIMEOUT_MS, env: fx.env });
  if (r.code === 0) return { path, state: 'usable', fingerprint: fingerprintOf(r.stdout) ?? pubFingerprint };
  if (/passphrase/i.test(r.stderr)) return { path, state: 'locked', fingerprint: pubFingerprint };
  if (r.code === 127) return { path, state: 'usable', fingerprint: pubFingerprint };
  return { path, state: 'invalid', detail: r.stderr.trim().split('\n').pop()?.replace(/^Load key "[^"]*": /, '') || `exit ${r.code}` };
}

/** true/false when every known_hosts file could be searched; undefined when unsure (then no finding). */
async function isKnownHost(cfg: SshConfig, fx: Effects): Promise<boolean | undefined> {
  const name = knownHostsEntry(cfg);
  const files = [...cfg.userKnownHostsFiles, ...cfg.globalKnownHostsFiles].filter((f) => f !== '/dev/null');
  const present = (await Promise.all(files.map(async (f) => ((await fx.stat(f))?.kind === 'file' ? f : undefined)))).filter((f): f is string => !!f);
  const results = await Promise.all(present.map((f) => fx.run('ssh-keygen', ['-F', name, '-f', f], { timeoutMs: LOCAL_TIMEOUT_MS, env: fx.env })));
  if (results.some((r) => r.code === 0 && r.stdout.trim())) return true;
  return results.every((r) => r.code === 1 || (r.code === 0 && !r.stdout.trim())) ? false : undefined;
}

/**
 * `ssh -T` in BatchMode within what is left of the deadline. New host keys go to a
 * throwaway file listed first, so the probe never writes the user's known_hosts.
 */
async function probe(cmd: SshCommand, destArgs: string[], cfg: SshConfig, fx: Effects, o: { deadline: number; provider: Provider; acceptNew: boolean }): Promise<ProbeResult> {
  const { provider } = o;
  const remaining = o.deadline - fx.now();
  if (remaining <= 0) return parseProbe({ code: 255, output: '', timedOut: true }, provider, 0);
  return fx.withScratchDir(async (scratch) => {
    const knownHosts = [join(scratch, 'known_hosts'), ...cfg.userKnownHostsFiles].map((f) => `"${f}"`).join(' ');
    const [file, args] = invocation(cmd, [
      '-T', '-o', 'BatchMode=yes', '-o', `ConnectTimeout=${Math.max(1, Math.ceil(remaining / 1000))}`,
      '-o', `UserKnownHostsFile=${knownHosts}`, '-o', 'UpdateHostKeys=no',
      // A host ssh will ask the user about: the probe takes its key into the scratch file only.
      ...(o.acceptNew ? ['-o', 'StrictHostKeyChecking=accept-new'] : []), ...destArgs,
    ]);
    const r = await fx.run(file, args, { timeoutMs: remaining, env: fx.env });
    return parseProbe({ code: r.code, output: `${r.stdout}\n${r.stderr}`, timedOut: r.timedOut }, provider, remaining);
  });
}

/** GIT_SSH_COMMAND beats core.sshCommand, so an installed wrapper never runs while it is set. */
export function bypassed(env: NodeJS.ProcessEnv, coreSshCommand: string | undefined): Finding | undefined {
  if (!env.GIT_SSH_COMMAND || !coreSshCommand || !unwrap(coreSshCommand, isWrapperPath)) return undefined;
  return finding('ssh.bypassed', 'warn',
    'GIT_SSH_COMMAND is set in your environment, so Git ignores core.sshCommand and the SSH check never runs before a push.\n' +
      'A missing or unregistered key will only show up as a failed push.',
    [
      `git config core.sshCommand ${shQuote(env.GIT_SSH_COMMAND)} && unset GIT_SSH_COMMAND    # keep the same ssh, let Git find it in config`,
      'npx hf-hooks install    # then wraps it',
    ]);
}
