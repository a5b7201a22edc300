// `hf-hooks ssh ARGS...`: Git's core.sshCommand for a push. Checks the key before Git
// connects, then runs the user's own ssh with the arguments untouched.
import { type Effects } from '../effects.ts';
import { check, explainRefusal, loadConfig } from '../engine.ts';
import { type Report, allows } from '../findings.ts';
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
  // ssh says nothing when all is well, and neither does its wrapper.
  const shown = { ...report, findings: report.findings.filter((f) => f.level !== 'ok') };
  return { target, ctx, report: shown, allowed: allows(report.verdict, config.strict) };
}
