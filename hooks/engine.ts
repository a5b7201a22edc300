// The check engine: one target and the phase of the push in, one report out. The only
// place that decides which checks run; every entry point (pre-push, the ssh wrapper, the
// credential helper, doctor) goes through check().
import { checkContent } from './content/check.ts';
import { branchPush } from './content/scan.ts';
import { CONFIG_ARGS, type Config, configFromGit } from './config.ts';
import { type Effects } from './effects.ts';
import { type Finding, type Report, type RouteShown, verdictOf } from './findings.ts';
import { apiBase } from './https/api.ts';
import { routeFinding, routeShown } from './net/guidance.ts';
import { routeOf } from './net/route.ts';
import { checkHttps, diagnoseCredential, missingCredential } from './https/check.ts';
import { gitCredential, helpersAsked } from './https/credentials.ts';
import { checkFetch } from './https/fetch.ts';
import { fetchOverSsh } from './ssh/fetch.ts';
import { helperOrder } from './https/guidance.ts';
import { LOCAL_TIMEOUT_MS } from './process.ts';
import { PROVIDERS } from './providers/index.ts';
import { type PushScope } from './providers/types.ts';
import { type Remote } from './remote.ts';
import { type SshTarget, bypassed, checkSsh, explainRefusal as explainSshRefusal } from './ssh/check.ts';
import { effectiveSsh, wrappedSsh } from './ssh/command.ts';
import { type Context, type Phase, type Target } from './target.ts';
import { checkUrl } from './url-checks.ts';

/** The config, and what is wrong with it: reported once, not once per remote. */
export async function loadConfig(fx: Effects): Promise<{ config: Config; problems: Finding[] }> {
  const read = (args: string[]) => fx.run('git', args, { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS });
  const r = await read(CONFIG_ARGS);
  // A Git before 2.26 has no --show-scope (usage error, 129): the settings without their scopes.
  return configFromGit(r.code === 129 ? await read(CONFIG_ARGS.filter((a) => a !== '--show-scope')) : r, fx.env);
}

export interface Checked {
  report: Report;
  /** A pre-push found ready over HTTPS: the marker that lets the shim allow the same push without node. */
  readyKey?: string;
}

/** Phases that see the push URL as configured, and so can find fault with it. */
const URL_PHASES = new Set<Phase>(['pre-push', 'doctor']);

export async function check(t: Target, phase: Phase, fx: Effects, ctx: Context): Promise<Checked> {
  const fetching = ctx.op === 'fetch';
  // What a URL cannot push to (git://) it may well fetch from: the URL rules are the push's.
  const findings = URL_PHASES.has(phase) && !fetching ? checkUrl(t.remote, t.parsed, ctx.config, fx.env) : [];
  const p = t.parsed;
  if ('error' in p || !p.host || findings.some((f) => f.level === 'error')) return { report: reportOf(t, findings) };
  // doctor sends nothing, so it reads the content while it waits on the network; a push
  // looks at content only once it can authenticate (no LFS question with a refused token).
  // A fetch sends nothing at all.
  const early = phase === 'doctor' && !fetching ? contentOf(t, p, phase, fx, ctx) : undefined;
  const found: { findings: Finding[]; readyKey?: (url: string) => string | undefined; route?: RouteShown } = p.transport === 'ssh' ? { findings: await ssh(t, p, phase, fx, ctx) }
    : p.transport === 'https' || p.transport === 'http' ? await https(t, p, phase, fx, ctx)
      : { findings: [] };
  const before = [...findings, ...found.findings];
  const content = verdictOf(before) === 'blocked' || fetching ? (await early, []) : await (early ?? contentOf(t, p, phase, fx, ctx));
  const report = reportOf(t, [...before, ...content], found.route);
  // The shim's marker knows the URL and the credential, not the refs: a push allowed only
  // because it updates review refs (refs/pr/N) must not let a branch push through later.
  const ready = phase === 'pre-push' && report.verdict === 'ready' && !scopeOf(t, p).reviewOnly ? found.readyKey?.(t.url) : undefined;
  return ready ? { report, readyKey: ready } : { report };
}

/**
 * What the push would send, against the server's file rules: the refs Git gave (pre-push),
 * or the current branch over its remote-tracking ref (doctor). Only once it can authenticate.
 */
async function contentOf(t: Target, p: Remote, phase: Phase, fx: Effects, ctx: Context): Promise<Finding[]> {
  const refs = phase === 'pre-push' ? t.refs : phase === 'doctor' && ctx.config.contentGuard ? await branchPush(t.remote, fx, ctx.pushRef) : undefined;
  if (!refs?.length) return [];
  return checkContent({ remote: p, remoteName: t.remote, refs, config: ctx.config, network: ctx.network, deadline: ctx.deadline }, fx);
}

/** What a read cannot need: a token's right to write (a read token clones fine). */
const PUSH_ONLY = new Set(['token.read-only', 'token.no-write-access', 'repo.not-found', 'token.sso-required']);

/** Each phase asks what it can still change: before a connection, a credential, or a push. */
async function https(t: Target, p: Remote, phase: Phase, fx: Effects, ctx: Context): Promise<{ findings: Finding[]; readyKey?: (url: string) => string | undefined; route?: RouteShown }> {
  const o = { network: ctx.network, deadline: ctx.deadline, remoteName: t.remote, gitCanAsk: ctx.gitCanAsk, scope: scopeOf(t, p), rejected: phase === 'credential-erase' };
  if (ctx.op === 'fetch') {
    switch (phase) {
      case 'credential-get': return { findings: await credentialGet(t, p, ctx, fx, o) };
      case 'credential-erase': return { findings: (await diagnoseCredential(p, t.credential ?? {}, ctx.config, fx, o)).filter((f) => !PUSH_ONLY.has(f.id)) };
      default: return { findings: await checkFetch(p, ctx.config, fx, o) };
    }
  }
  switch (phase) {
    case 'ssh-connect': return { findings: [] };
    case 'credential-get': return { findings: await credentialGet(t, p, ctx, fx, o) };
    case 'credential-erase': return { findings: await diagnoseCredential(p, t.credential ?? {}, ctx.config, fx, o) };
    case 'doctor': {
      if (!PROVIDERS[p.provider].tokenShape) return checkHttps(p, ctx.config, fx, o);
      // The traced fill first: checkHttps's own fill of the same URL then reuses it.
      const [helpers, found] = await Promise.all([helpersAsked(p.url, fx, LOCAL_TIMEOUT_MS), checkHttps(p, ctx.config, fx, o)]);
      const api = apiBase(p, PROVIDERS[p.provider], ctx.config);
      const route = 'base' in api ? routeOf(p, api.base, ctx.config.http, fx.env) : undefined;
      const shown = route && routeFinding(p.url, route);
      return { ...found, findings: [...found.findings, ...(shown ? [shown] : []), helperOrder(p, helpers)], ...(route && { route: routeShown(route) }) };
    }
    default: return checkHttps(p, ctx.config, fx, o);
  }
}

/**
 * What the push updates, when Git said (pre-push): only the provider's review refs (the
 * Hub's refs/pr/N), where the repository's ownership rules do not apply. Deletions do not count.
 */
function scopeOf(t: Target, p: Remote): PushScope {
  const review = PROVIDERS[p.provider].reviewRef;
  const updates = (t.refs ?? []).filter((r) => !r.deletion);
  return { reviewOnly: !!review && updates.length > 0 && updates.every((r) => review.test(r.remoteRef)) };
}

/**
 * Git asked the helpers in order and reached ours with nothing yet. Helpers configured
 * after ours (a store set up after install, a keychain, `gh auth setup-git`) have not been
 * asked: ask the whole chain as Git would (ours stays quiet), and when one has a
 * credential, say nothing so Git goes on to it. Only when none has one is it missing.
 */
async function credentialGet(t: Target, p: Remote, ctx: Context, fx: Effects, o: Parameters<typeof missingCredential>[3]): Promise<Finding[]> {
  // One with a credential, or one too slow to say (Git asks it next): say nothing.
  if (await gitCredential(t.asked ?? t.url, fx, LOCAL_TIMEOUT_MS)) return [];
  return [await missingCredential(p, ctx.config, fx, o)];
}

/** Inside the wrapper, the ssh it stands in front of; elsewhere, the ssh Git would pick. */
async function ssh(t: Target, p: Remote, phase: Phase, fx: Effects, ctx: Context): Promise<Finding[]> {
  if (phase === 'credential-get' || phase === 'credential-erase') return [];
  const inWrapper = phase === 'ssh-connect';
  const cmd = inWrapper ? wrappedSsh(fx.env) : effectiveSsh(fx.env, ctx.config.sshCommand);
  const skipped = inWrapper ? undefined : bypassed(fx.env, ctx.config.sshCommand);
  const found = await checkSsh(sshTargetOf(t, p), cmd, ctx.config, fx, { probe: ctx.network, deadline: ctx.deadline, terminal: ctx.terminal });
  const read = ctx.op === 'fetch' ? await fetchOverSsh(p, found, fx, ctx) : found;
  return skipped ? [skipped, ...read] : read;
}

/**
 * An SSH push the checks let through and the server refused anyway (the key was removed
 * since the probe was cached): the server's words, explained. Undefined when they say nothing new.
 */
export async function explainRefusal(t: Target, shown: Report, stderr: string, fx: Effects, ctx: Context): Promise<Report | undefined> {
  const p = t.parsed;
  if ('error' in p || !p.host || p.transport !== 'ssh') return undefined;
  const f = await explainSshRefusal(sshTargetOf(t, p), wrappedSsh(fx.env), stderr, ctx.config, fx, ctx.terminal);
  if (!f || shown.findings.some((s) => s.id === f.id)) return undefined;
  return reportOf(t, [f]);
}

const sshTargetOf = (t: Target, p: Remote): SshTarget =>
  ({ remoteName: t.remote, user: p.user, host: p.host!, port: p.port, provider: p.provider, path: p.path });

function reportOf(t: Target, findings: Finding[], route?: RouteShown): Report {
  const p = 'error' in t.parsed ? undefined : t.parsed;
  return {
    remote: t.remote ?? t.url, url: t.url,
    ...(p && { transport: p.transport, provider: p.provider, ...(p.repo && { repo: p.repo }) }),
    verdict: verdictOf(findings), findings, ...(route && { route }),
  };
}
