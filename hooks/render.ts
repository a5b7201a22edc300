// The one place findings become text: human text for stderr, or the JSON contract.
// Every string passes through mask() on the way out, so no token is ever printed.
import { type Finding, type Level, type Report, type Verdict } from './findings.ts';
import { mask } from './mask.ts';

/** Where the text will be read: decides the closing line of a blocked report. */
export type Entry = 'pre-push' | 'ssh' | 'credential' | 'doctor' | 'status' | 'explain' | 'notice';

export { mask } from './mask.ts';

/** `config`: problems with hf-hooks' own settings, which belong to no remote (present only when there are some). */
export function renderJson(reports: Report[], problems: Finding[] = []): string {
  const remotes = reports.map((r) => ({
    remote: r.remote,
    url: r.url,
    ...(r.transport && { transport: r.transport }),
    ...(r.provider && { provider: r.provider }),
    ...(r.repo && { repo: r.repo }),
    verdict: r.verdict,
    findings: r.findings,
    ...(r.route && { route: r.route }),
  }));
  // Each string masked before JSON escapes it: "\\n" would glue an "n" to a token after it.
  const masked = (_key: string, value: unknown) => (typeof value === 'string' ? mask(value) : value);
  return mask(JSON.stringify({ version: 1, ...(problems.length && { config: problems }), remotes }, masked));
}

/** A bug, said in one masked line with how to report it; the stack only with HF_HOOKS_DEBUG=1. */
export function internalError(where: string, then: string, error: unknown, env: NodeJS.ProcessEnv): string {
  const e = error as Error;
  const detail = env.HF_HOOKS_DEBUG === '1' ? (e?.stack ?? String(error)) : (e?.message ?? String(error));
  const report = env.HF_HOOKS_DEBUG === '1' ? 'report it with this output' : 'HF_HOOKS_DEBUG=1 shows the stack to report';
  return mask(`hf-hooks: internal error in ${where}, ${then}: ${detail} (a bug in hf-hooks; ${report})\n`);
}

/** Colour only for a terminal, and never under NO_COLOR (https://no-color.org). */
export function wantsColor(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return Boolean(isTTY) && !('NO_COLOR' in env && env.NO_COLOR !== '') && env.TERM !== 'dumb';
}

const LABEL: Record<Level, [string, number]> = {
  error: ['error', 31], warn: ['warning', 33], info: ['note', 36], ok: ['ok', 32],
};
const HEADLINE: Record<Verdict, string> = {
  blocked: 'push blocked',
  unknown: 'could not confirm this push will authenticate; letting Git try',
  warn: 'push allowed, with a warning',
  ready: 'ready to push',
};
const ESCAPE: Record<Entry, string> = {
  'pre-push': 'Nothing was sent. To push anyway: git push --no-verify (skips this hook), or HF_HOOKS=0 git push (skips every hf-hooks check).',
  ssh: 'Nothing was sent: Git had not connected yet. To try anyway: HF_HOOKS=0 git push (skips every hf-hooks check).',
  credential: 'hf-hooks stopped Git before it asked for a password; nothing was sent. To let Git ask anyway: HF_HOOKS=0 git push',
  doctor: 'The next push to this remote will be stopped until this is fixed (or bypassed with HF_HOOKS=0 git push).',
  status: '',
  explain: '',
  notice: '',
};

/** A clone, fetch or pull (the fetch phase): hf-hooks never stops one, it only says why it will fail. */
const HEADLINE_FETCH: Record<Verdict, string> = {
  blocked: 'this clone or fetch will fail',
  unknown: 'could not confirm a clone or fetch will be let in',
  warn: 'a clone or fetch may fail',
  ready: 'ready to clone and fetch',
};
const ESCAPE_FETCH: Record<Entry, string> = {
  'pre-push': '',
  ssh: '',
  credential: 'hf-hooks stopped Git before it asked for a password it could not use. To let Git ask anyway: HF_HOOKS=0 git fetch',
  doctor: 'A clone or fetch of this URL will fail until this is fixed; hf-hooks never stops one, it only says why.',
  status: '',
  explain: '',
  notice: '',
};

const MAX_SHOWN = 200;

/** A URL or name as one short line: control characters escaped, junk cut short. */
export function printable(text: string): string {
  // Masked first: an escape or the cut could otherwise split a token from its prefix.
  const escaped = mask(text).replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
  return escaped.length <= MAX_SHOWN ? escaped : `${escaped.slice(0, MAX_SHOWN)}... (${escaped.length - MAX_SHOWN} more characters)`;
}

/** `op`: what Git is doing, a push (the default) or a read (clone, fetch, pull). */
export function renderHuman(reports: Report[], opts: { color: boolean; entry: Entry; problems?: Finding[]; op?: 'push' | 'fetch' }): string {
  const reading = opts.op === 'fetch';
  const paint = (code: number, text: string) => (opts.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const config = opts.problems?.length ? [['hf-hooks: git config: settings it cannot use', ...opts.problems.map((f) => renderFinding(f, paint))].join('\n')] : [];
  const blocks = reports.map((r) => {
    const url = printable(r.url);
    const headline = opts.entry === 'explain' ? `why the ${reading ? 'clone or fetch' : 'push'} failed` : (reading ? HEADLINE_FETCH : HEADLINE)[r.verdict];
    const head = `hf-hooks: ${r.remote === r.url ? url : `${printable(r.remote)} (${url})`}: ${headline}`;
    const body = r.findings.map((f) => renderFinding(f, paint));
    const escape = (reading ? ESCAPE_FETCH : ESCAPE)[opts.entry];
    const tail = r.verdict === 'blocked' && escape ? [`  ${escape}`] : [];
    return [head, ...body, ...tail].join('\n');
  });
  return mask([...config, ...blocks].join('\n\n') + '\n');
}

function renderFinding(f: Finding, paint: (code: number, text: string) => string): string {
  const [label, code] = LABEL[f.level];
  const [what, ...why] = f.message.split('\n');
  const lines = [`  ${paint(code, label)}: ${what} [${f.id}]`, ...why.map((w) => `    ${w}`)];
  if (f.fix.length) lines.push('    Fix:', ...f.fix.map((step) => `      ${step}`));
  if (f.docs) lines.push(`    See: ${f.docs}`);
  return lines.join('\n');
}

/** Findings that belong to no remote (status): same layout as in a report. */
export function renderFindings(findings: Finding[], color: boolean): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  return mask(findings.map((f) => renderFinding(f, paint)).join('\n') + (findings.length ? '\n' : ''));
}

/** GitHub Actions workflow commands: data escapes % and line ends; properties also `:` and `,`. */
const ghData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProperty = (s: string) => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const GH_LEVEL: Partial<Record<Level, string>> = { error: 'error', warn: 'warning' };

/**
 * Under GitHub Actions, each finding as a workflow annotation (`::error file=PATH::...` for
 * a content finding, `::error::...` otherwise), so the run's summary shows it where it
 * belongs. Notes and findings that say all is well are not annotated.
 */
export function renderAnnotations(reports: Report[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const command = GH_LEVEL[f.level];
      if (!command) continue;
      // Masked before escaping: `:` escaped to %3A would glue a token to the text before it.
      const props = [...(f.file ? [`file=${ghProperty(mask(f.file))}`] : []), `title=${ghProperty(mask(`hf-hooks ${f.id} (${r.remote === r.url ? printable(r.url) : r.remote})`))}`];
      const text = [f.message, ...(f.fix.length ? ['Fix:', ...f.fix.map((s) => `  ${s}`)] : [])].join('\n');
      lines.push(`::${command} ${props.join(',')}::${ghData(mask(text))}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** The job summary's lines (Markdown), one per remote. */
export function renderSummary(reports: Report[]): string {
  const rows = reports.map((r) => `| ${printable(r.remote === r.url ? r.url : r.remote)} | ${HEADLINE[r.verdict]} | ${r.findings.filter((f) => f.level === 'error' || f.level === 'warn').map((f) => `\`${f.id}\``).join(' ') || '-'} |`);
  return mask(['### hf-hooks doctor', '', '| remote | verdict | findings |', '|---|---|---|', ...rows, ''].join('\n'));
}
