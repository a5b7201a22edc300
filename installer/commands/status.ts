// `hf-hooks status`: what is installed where, and whether Git will actually run it.
import { access, constants, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type Finding, finding } from '../../hooks/findings.ts';
import { renderFindings } from '../../hooks/render.ts';
import { type FileInfo, inspect } from '../effects/files.ts';
import { git } from '../effects/git.ts';
import { type HookTarget, locateHooks } from '../effects/hooks-dir.ts';
import { chainedPath } from '../plan/hooks.ts';
import { type CommandResult, refused } from '../result.ts';
import { bypassed } from '../../hooks/ssh/check.ts';
import { hasBlock, isShim, runtimeOf } from '../plan/shim.ts';
import { readWiring } from '../effects/wiring.ts';
import { packageVersion, runnerPath } from '../effects/runtime.ts';
import { readGlobalRecord } from './global.ts';
import { isWrapperPath, unwrap } from '../../hooks/ssh/command.ts';
import { runtimeFileOf } from '../../hooks/layout.ts';
import { helperPath } from '../plan/credential.ts';
import { lfsHere, lfsNote } from '../effects/lfs.ts';
import { realEffects } from '../../hooks/effects.ts';
import { loadConfig } from '../../hooks/engine.ts';
import { bridged } from '../../hooks/https/bridge.ts';
import { gitCredential } from '../../hooks/https/credentials.ts';
import { LOCAL_TIMEOUT_MS } from '../../hooks/process.ts';
import { PROVIDERS } from '../../hooks/providers/index.ts';
import { classify, origin } from '../../hooks/remote.ts';

const ours = (f: FileInfo | undefined): boolean => f?.kind === 'file' && (isShim(f.text!) || hasBlock(f.text!));

export async function status(o: { cwd: string; color: boolean; env: NodeJS.ProcessEnv }): Promise<CommandResult> {
  const target = await locateHooks(o.cwd);
  if ('error' in target) return refused('status', target.error);
  const file = await inspect(target.file);
  const lines = [
    `hooks dir Git uses: ${target.hooksDir}${target.hooksPath ? ` (core.hooksPath '${target.hooksPath.value}', ${target.hooksPath.scope} config)` : ''}`,
    `pre-push: ${target.file}: ${describeHook(file, target)}`,
  ];
  const chained = target.kind === 'hooks-dir' ? await inspect(chainedPath(target.file)) : undefined;
  if (chained) lines.push(`chained after the check: ${chainedPath(target.file)}`);
  // A husky block names no path: it runs this user's runner, found by its place.
  const committed = target.kind === 'husky' || target.kind === 'lefthook';
  const runtime = !ours(file) ? undefined : committed ? runnerPath(o.env) : runtimeOf(file!.text!);
  if (runtime) lines.push(`${committed ? 'runner' : 'runtime'}: ${runtime}`);
  const wiring = await readWiring(o.cwd, target.commonDir, o.env);
  const wrapped = wiring.ssh.local === undefined ? undefined : unwrap(wiring.ssh.local, isWrapperPath);
  lines.push(wrapped
    ? `ssh: core.sshCommand runs the hf-hooks SSH check (${wrapped.wrapper}), then ${wrapped.previous ? `"${wrapped.previous}"` : 'ssh'}`
    : 'ssh: not wired (core.sshCommand does not run the hf-hooks SSH check)');
  const helpers = Object.entries(wiring.credential.helpers).filter(([, values]) => values.some((v) => runtimeFileOf(helperPath(v) ?? '')?.file === 'credential'));
  lines.push(helpers.length
    ? `credential helper: last for ${helpers.map(([key]) => key.replace(/^credential\.|\.helper$/g, '')).join(', ')}`
    : 'credential helper: not set for any remote of this repository');
  if (helpers.length) lines.push(...(await tokenSources(o.env)));
  if (ours(file) && (await lfsHere(o.cwd)).installed) lines.push(lfsNote(target));
  const findings = [
    ...(await shadowed(o.cwd, target, file)),
    ...(await broken(target, file, runtime)),
    ...(await sshProblems(wrapped, wiring.ssh.local, o.env)),
  ];
  return { exit: 0, stdout: lines.join('\n') + '\n' + renderFindings(findings, o.color) };
}

/**
 * Where the token for each HTTPS remote would come from: the user's own helpers, or
 * huggingface_hub's token through the bridge. Nothing is sent anywhere to find out.
 */
async function tokenSources(env: NodeJS.ProcessEnv): Promise<string[]> {
  const fx = realEffects(env);
  const { config } = await loadConfig(fx);
  const lines = new Map<string, string>();
  for (const url of Object.values(config.remotes).flat()) {
    const r = classify(url, config);
    if ('error' in r || (r.transport !== 'https' && r.transport !== 'http') || !PROVIDERS[r.provider].tokenShape || lines.has(origin(r))) continue;
    const mine = await gitCredential(r.url, fx, LOCAL_TIMEOUT_MS);
    const bridge = mine ? undefined : await bridged(r, config, fx, { deadline: fx.now() + config.timeoutMs, scope: { reviewOnly: false }, network: false });
    lines.set(origin(r), `token for ${origin(r)}: ${mine ? 'from your credential helpers'
      : bridge && !('refused' in bridge) ? `from ${bridge.source}, through hf-hooks' credential helper`
        : 'none stored (Git will ask, or the push stops with the fix)'}`);
  }
  return [...lines.values()];
}

function describeHook(f: FileInfo | undefined, t: HookTarget): string {
  if (!f) return 'none';
  if (!ours(f)) return 'a hook that is not hf-hooks (hf-hooks is not installed here)';
  if (t.kind === 'lefthook') return `hf-hooks' script, declared in ${t.config} for lefthook to run`;
  return t.kind === 'husky' ? 'hf-hooks check inside the husky script' : 'hf-hooks shim';
}

/** Installed somewhere Git no longer looks: the check silently never runs. */
async function shadowed(cwd: string, t: HookTarget, file: FileInfo | undefined): Promise<Finding[]> {
  const candidates = [join(t.defaultHooksDir, 'pre-push')];
  if (!t.bare) {
    const top = await git(cwd, ['rev-parse', '--show-toplevel']);
    if (top.ok) candidates.push(join(top.stdout, '.husky', 'pre-push'));
  }
  const out: Finding[] = [];
  for (const path of candidates) {
    if (path === t.file || !ours(await inspect(path))) continue;
    const cause = t.hooksPath
      ? `core.hooksPath ('${t.hooksPath.value}', set in ${t.hooksPath.scope} config) sends Git to ${t.hooksDir} instead`
      : `Git runs hooks from ${t.hooksDir}, and husky is not set up here (core.hooksPath is unset)`;
    out.push(finding('hooks.shadowed', ours(file) ? 'info' : 'warn',
      `hf-hooks is installed in ${path}, but Git does not run it.\n${cause}.`,
      [
        'npx hf-hooks install    # installs where Git looks now',
        ...(t.hooksPath ? [`git config --${t.hooksPath.scope} --unset core.hooksPath    # if that setting is a leftover`] : ['npx husky    # if this repository should use husky']),
      ]));
  }
  return out;
}

async function broken(t: HookTarget, f: FileInfo | undefined, runtime: string | undefined): Promise<Finding[]> {
  if (!ours(f)) {
    return [finding('hooks.not-installed', 'info', `The hf-hooks pre-push check is not installed in ${t.kind === 'hooks-dir' ? t.hooksDir : t.file}.`, ['npx hf-hooks install'])];
  }
  const out: Finding[] = [];
  if (t.kind === 'hooks-dir' && (f!.mode & 0o111) === 0) {
    out.push(finding('hooks.not-executable', 'error', `${t.file} is not executable, so Git skips it.`, [`chmod +x '${t.file}'`]));
  }
  const used = runtime ? runtimeFileOf(runtime)?.version : undefined;
  const current = await packageVersion();
  if (used && used !== current) {
    out.push(finding('hooks.runtime-outdated', 'warn', `The hook runs hf-hooks ${used}'s runtime; the installed package is ${current}.`, ['npx hf-hooks install    # points the hook at the new runtime']));
  }
  if (runtime && !(await access(runtime, constants.R_OK).then(() => true, () => false))) {
    out.push(finding('hooks.runtime-missing', 'warn', `The hook calls ${runtime}, which is gone, so pushes go on unchecked (each says so; under hf-hooks.strict they are stopped).\nIt is removed when that directory is cleaned.`, ['npx hf-hooks install    # copies the runtime back']));
  }
  return out;
}

async function sshProblems(wrapped: { wrapper: string } | undefined, local: string | undefined, env: NodeJS.ProcessEnv): Promise<Finding[]> {
  if (!wrapped) return [];
  const skipped = bypassed(env, local);
  const out: Finding[] = skipped ? [skipped] : [];
  if (!(await access(wrapped.wrapper, constants.X_OK).then(() => true, () => false))) {
    out.push(finding('hooks.runtime-missing', 'error', `core.sshCommand calls ${wrapped.wrapper}, which is gone, so every SSH fetch and push fails.`, ['npx hf-hooks install    # puts it back']));
  }
  return out;
}

/** `status --global`: the user-wide install, and which repositories below cwd it does not reach. */
export async function statusGlobal(o: { cwd: string; color: boolean; env: NodeJS.ProcessEnv }): Promise<CommandResult> {
  const record = await readGlobalRecord(o.env);
  const lines = record
    ? [
      `global install: pre-push via init.templateDir ${record.templateDir}; core.sshCommand and credential helpers in your global git config`,
    ]
    : ['global install: none (npx hf-hooks install --global)'];
  const repos = await findRepos(o.cwd, 3);
  const unchecked: string[] = [];
  for (const gitDir of repos) {
    const hook = await inspect(join(gitDir, 'hooks', 'pre-push'));
    const top = dirname(gitDir);
    lines.push(`${ours(hook) ? 'checked    ' : 'not checked'}  ${top}`);
    if (!ours(hook)) unchecked.push(top);
  }
  if (!repos.length) lines.push(`no repositories below ${o.cwd}`);
  const findings = unchecked.length
    ? [finding('hooks.not-installed', 'info', `${unchecked.length} existing repositor${unchecked.length === 1 ? 'y' : 'ies'} below ${o.cwd} keep their own hooks and do not run the pre-push check.`,
      unchecked.map((r) => `(cd '${r}' && npx hf-hooks install)`))]
    : [];
  return { exit: 0, stdout: lines.join('\n') + '\n' + renderFindings(findings, o.color) };
}

async function findRepos(dir: string, depth: number): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries) {
    if (e.name === '.git' && e.isDirectory()) out.push(join(dir, e.name));
    else if (depth > 0 && e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) out.push(...(await findRepos(join(dir, e.name), depth - 1)));
  }
  return out;
}
