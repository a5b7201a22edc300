// `hf-hooks doctor [REMOTE-OR-URL...] [--json] [--offline]`: every push URL of every
// remote (or those named), checked in parallel under one deadline, without pushing.
import { type Effects, realEffects } from '../../hooks/effects.ts';
import { check, loadConfig } from '../../hooks/engine.ts';
import { usesLfs } from '../../hooks/lfs/usage.ts';
import { type Finding, type Report, allows } from '../../hooks/findings.ts';
import { parseGitUrl } from '../../hooks/remote.ts';
import { renderAnnotations, renderHuman, renderJson, renderSummary } from '../../hooks/render.ts';
import { appendFile } from 'node:fs/promises';
import { contextFor, targetFor } from '../../hooks/target.ts';
import { type CommandResult } from '../result.ts';

export interface DoctorOptions {
  targets: string[];
  json: boolean;
  offline: boolean;
  env: NodeJS.ProcessEnv;
  /** A terminal on stderr: show a spinner while the network work runs. */
  interactive: boolean;
  color: boolean;
  /** Say how git-lfs runs here (install says it itself). */
  lfsNote?: boolean;
  /** The local ref a push would send (default: the current branch). */
  ref?: string;
  /** Will a clone or fetch work, instead of a push (the fetch phase)? */
  fetch?: boolean;
}

/** A push URL to check, and the remote it belongs to (the URL itself when none). */
interface Destination { remote: string; url: string }

/** What doctor found, before it is printed: the reports, the config's own problems, the exit code. */
export interface Doctored { reports: Report[]; problems: Finding[]; exit: number }

export async function doctor(o: DoctorOptions, fx: Effects = realEffects(o.env)): Promise<CommandResult> {
  // Beside the network work: whether to say how git-lfs runs here.
  const lfsUsed = o.json || o.fetch || o.lfsNote === false ? Promise.resolve(false) : usesLfs(fx);
  const done = await diagnose(o, fx);
  if (!('reports' in done)) return done;
  const { reports, problems, exit } = done;
  if (!reports.length) return { exit: 0, stdout: o.json ? `${renderJson([], problems)}\n` : 'hf-hooks doctor: this repository has no remotes to check.\n' };
  await githubSummary(reports, fx.env);
  if (o.json) return { exit, stdout: `${renderJson(reports, problems)}\n` };
  // Loaded here only: it runs git through execa, which the checks themselves never load.
  const lfs = !(await lfsUsed) ? undefined : await (await import('../effects/lfs.ts')).carriedNote(process.cwd());
  const annotations = fx.env.GITHUB_ACTIONS === 'true' ? renderAnnotations(reports) : '';
  return { exit, stdout: renderHuman(reports, { color: o.color, entry: 'doctor', problems, ...(o.fetch && { op: 'fetch' as const }) }) + (lfs ? `hf-hooks: ${lfs}\n` : '') + annotations };
}

/** Every destination checked under one deadline; a usage problem comes back as a CommandResult. */
export async function diagnose(o: DoctorOptions, fx: Effects): Promise<Doctored | CommandResult> {
  if (o.ref?.startsWith('-')) return { exit: 2, stderr: `hf-hooks doctor: --ref '${o.ref.slice(0, 80)}' is not a ref\n` };
  const { config, problems } = await loadConfig(fx);
  // A read goes to each remote's fetch URL; a push to its push URLs.
  const remotes = o.fetch ? Object.fromEntries(Object.entries(config.fetchUrls).map(([name, url]) => [name, [url]])) : config.remotes;
  const targets = resolveTargets(o.targets, remotes);
  if ('error' in targets) return { exit: 2, stderr: `hf-hooks doctor: ${targets.error}\n` };
  if (!targets.length) return { reports: [], problems, exit: 0 };
  const ctx = { ...contextFor(config, fx, !o.offline), ...(o.ref && { pushRef: o.ref }), ...(o.fetch && { op: 'fetch' as const }) };
  // A URL given on the command line names no remote, unless it is one's push URL.
  const one = async (t: Destination) => (await check(targetFor({ url: t.url, remote: t.remote === t.url ? undefined : t.remote }, config), 'doctor', fx, ctx)).report;
  const reports = o.interactive && !o.json ? await withSpinners(targets, one) : await Promise.all(targets.map(one));
  return { reports, problems, exit: reports.every((r) => allows(r.verdict, config.strict)) ? 0 : 1 };
}

/** Remote names expand to their push URLs; anything else must be a URL. */
function resolveTargets(args: string[], remotes: Record<string, string[]>): Destination[] | { error: string } {
  if (!args.length) return Object.entries(remotes).flatMap(([remote, urls]) => urls.map((url) => ({ remote, url })));
  const out: Destination[] = [];
  for (const arg of args) {
    if (remotes[arg]) out.push(...remotes[arg].map((url) => ({ remote: arg, url })));
    else if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\/|^[^/:]+@[^/:]+:|^[^/]+:/.test(arg) && !('error' in parseGitUrl(arg))) out.push({ remote: arg, url: arg });
    else return { error: `'${arg.slice(0, 200)}' is neither a remote of this repository nor a URL (remotes: ${Object.keys(remotes).join(', ') || 'none'})` };
  }
  return out;
}

/** One line per remote on stderr, settled as each check finishes; ora loads only here. */
async function withSpinners(targets: Destination[], check: (t: Destination) => Promise<Report>): Promise<Report[]> {
  const { default: ora } = await import('ora');
  const pending = new Set(targets.map((t) => t.remote));
  const spinner = ora({ text: `checking ${[...pending].join(', ')}`, isEnabled: true }).start();
  const symbol = { ready: 'ok', warn: '!', unknown: '?', blocked: 'x' } as const;
  return Promise.all(targets.map(async (t) => {
    const report = await check(t);
    pending.delete(t.remote);
    spinner.stopAndPersist({ symbol: symbol[report.verdict], text: `${t.remote}: ${report.verdict}` });
    if (pending.size) spinner.start(`checking ${[...pending].join(', ')}`);
    return report;
  }));
}

/** Under GitHub Actions, a line per remote in the job summary ($GITHUB_STEP_SUMMARY). */
export async function githubSummary(reports: Report[], env: NodeJS.ProcessEnv): Promise<void> {
  if (env.GITHUB_ACTIONS !== 'true' || !env.GITHUB_STEP_SUMMARY || !reports.length) return;
  await appendFile(env.GITHUB_STEP_SUMMARY, renderSummary(reports)).catch(() => {});
}
