// `hf-hooks ssh ARGS...`: Git's core.sshCommand for a push. Checks the key before Git
// connects, then runs the user's own ssh with the arguments untouched.
import { type Effects } from '../effects.ts';
import { check, explainRefusal, loadConfig } from '../engine.ts';
import { type Report, allows, verdictOf } from '../findings.ts';
import { PROVIDERS } from '../providers/index.ts';
import { internalError, renderHuman } from '../render.ts';
import { type Context, type Target, contextFor, targetFor } from '../target.ts';
import { type GitSshRequest, parseGitSshArgs, wrappedSsh } from './command.ts';

/** What the check said before Git connected, and what it needs to explain a refusal afterwards. */
interface Preflight { target: Target; ctx: Context; report: Report; allowed: boolean }

export async function sshWrapper(args: string[], fx: Effects, color: boolean): Promise<number> {
  let pre: Preflight | undefined;
  try {
    pre = await preflight(args, fx);
  } catch (error) {
    // The check broke, not the connection: connect anyway, the way Git asked.
    fx.stderr(internalError('the SSH check', 'connecting anyway', error, fx.env));
  }
  if (pre?.report.findings.length) fx.stderr(renderHuman([pre.report], { color, entry: 'ssh' }));
  if (pre && !pre.allowed) return 255;
  const real = await fx.execSsh(wrappedSsh(fx.env), args);
  if (real.code !== 0 && pre) {
    const why = await explainRefusal(pre.target, pre.report, real.stderr, fx, pre.ctx).catch(() => undefined);
    if (why) fx.stderr(renderHuman([why], { color, entry: 'explain' }));
  }
  return real.code;
}

/**
 * `hf-hooks ssh-explain ARGS...`, ssh's stderr on stdin: the wrapper allowed a push without
 * node (a ready marker) and the server refused it anyway. Explain it as after a full check.
 */
export async function sshExplain(args: string[], stderr: string, fx: Effects, color: boolean): Promise<number> {
  const request = parseGitSshArgs(args);
  if (request?.service === 'git-upload-pack') return fetchRefused(request, fx, color);
  if (request?.service !== 'git-receive-pack') return 0;
  const { config } = await loadConfig(fx);
  const target = targetFor({ url: urlOf(request) }, config);
  const none: Report = { remote: target.remote ?? target.url, url: target.url, verdict: 'ready', findings: [] };
  const why = await explainRefusal(target, none, stderr, fx, contextFor(config, fx));
  if (why) fx.stderr(renderHuman([why], { color, entry: 'explain' }));
  return 0;
}

/**
 * A clone or fetch over SSH failed: what the fetch phase finds in this context (the key, and
 * what anonymous or the key's account may read), whatever words the server used.
 */
async function fetchRefused(request: GitSshRequest, fx: Effects, color: boolean): Promise<number> {
  const { config } = await loadConfig(fx);
  if (!config.enabled) return 0;
  const target = targetFor({ url: urlOf(request) }, config);
  if ('error' in target.parsed || !PROVIDERS[target.parsed.provider].fetchRequests) return 0;
  const { report } = await check(target, 'doctor', fx, { ...contextFor(config, fx), op: 'fetch' });
  const findings = report.findings.filter((f) => f.level === 'error' || f.level === 'warn');
  if (findings.length) fx.stderr(renderHuman([{ ...report, verdict: verdictOf(findings), findings }], { color, entry: 'explain', op: 'fetch' }));
  return 0;
}

/** Git's ssh argv as a URL: the same destination a remote URL would name. */
function urlOf(r: GitSshRequest): string {
  const host = r.host.includes(':') ? `[${r.host}]` : r.host;
  return `ssh://${r.user ? `${r.user}@` : ''}${host}${r.port ? `:${r.port}` : ''}/${(r.path ?? '').replace(/^\/+/, '')}`;
}

/** For a push: the SSH findings, before anything connects. Undefined for anything else. */
async function preflight(args: string[], fx: Effects): Promise<Preflight | undefined> {
  const request = parseGitSshArgs(args);
  if (request?.service !== 'git-receive-pack') return undefined;
  const { config } = await loadConfig(fx);
  if (!config.enabled) return undefined;
  const target = targetFor({ url: urlOf(request) }, config);
  const ctx = contextFor(config, fx);
  const { report } = await check(target, 'ssh-connect', fx, ctx);
  await markReady(fx, config.cacheTtl, report.verdict === 'ready');
  // ssh says nothing when all is well, and neither does its wrapper.
  const shown = { ...report, findings: report.findings.filter((f) => f.level !== 'ok') };
  return { target, ctx, report: shown, allowed: allows(report.verdict, config.strict) };
}

/** The handoff's expiry, for whoever reads it by time; the pre-push shim removes it when it reads it. */
const HANDOFF_SECONDS = 60;

/**
 * A ready connection: the marker the wrapper's shell computed the name of (templates/
 * ssh-ready.sh: everything the answer depends on), and the handoff that spares this push's
 * pre-push hook a second check. Names that are not what the shell writes are ignored.
 */
async function markReady(fx: Effects, ttl: number, ready: boolean): Promise<void> {
  const now = Math.floor(fx.now() / 1000);
  const key = fx.env.HF_HOOKS_SSH_KEY ?? '';
  const git = fx.env.HF_HOOKS_GIT_PID ?? '';
  if (ready && ttl > 0 && /^[0-9a-f]{64}$/.test(key)) await fx.cache.markReady(key, now + ttl);
  if (!/^[1-9][0-9]{0,9}$/.test(git)) return;
  // Not ready: a handoff left by an earlier push whose git had this pid must not stand in.
  await (ready ? fx.cache.markReady(`push-${git}`, now + HANDOFF_SECONDS) : fx.cache.unmarkReady(`push-${git}`));
}
