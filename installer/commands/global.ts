// `hf-hooks install --global` / `uninstall --global`: for every repository of this user,
// present and future, without touching each one. Git config goes to the user's global
// file; the pre-push hook reaches new clones and inits through init.templateDir. It never
// sets a global core.hooksPath, which would switch off every repository's own hooks.
import { existsSync } from 'node:fs';
import { makeReadyDir } from '../../hooks/cache.ts';
import { readFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROVIDERS, endpointsFrom } from '../../hooks/providers/index.ts';
import { classify, origin } from '../../hooks/remote.ts';
import { applyOrRefuse, describe, sweepAll } from '../effects/apply.ts';
import { type CredentialWiring, helperValue, mergeHelperRecord, planCredentialInstall, planCredentialUninstall, readHelpers } from '../plan/credential.ts';
import { git } from '../effects/git.ts';
import { type HookTarget } from '../effects/hooks-dir.ts';
import { type Action, planInstall, planUninstall } from '../plan/hooks.ts';
import { type InstallRecord, configSections, credentialSections, recordText } from '../plan/record.ts';
import { type CommandResult, refused } from '../result.ts';
import { dataRoot as dataRootOf } from '../../hooks/layout.ts';
import { credentialHelperPath, packageVersion, runtimeFiles, runtimePath, sshWrapperPath } from '../effects/runtime.ts';
import { credentialHelperText, sshWrapperText } from '../plan/shim.ts';
import { snapshot } from '../effects/snapshot.ts';
import { type SshWiring, planSshInstall, planSshUninstall, sshRecord } from '../plan/ssh.ts';
import { type Io } from '../effects/io.ts';

interface GlobalRecord extends InstallRecord {
  templateDir: string;
  /** hf-hooks made the template dir and set init.templateDir to it. */
  templateCreated: boolean;
  /** Sections of the global config that did not exist before install. */
  createdSections: string[];
}

interface GlobalState {
  cwd: string;
  configFile: string;
  sections: Set<string>;
  ssh: SshWiring;
  credential: CredentialWiring;
  /** init.templateDir from the global or system config, expanded. */
  templateDir?: string;
  record?: GlobalRecord;
  recordPath: string;
}

const dataRoot = (env: NodeJS.ProcessEnv) => dataRootOf(env, homedir());
const expandHome = (path: string, env: NodeJS.ProcessEnv) => path.replace(/^~(?=\/|$)/, env.HOME || homedir());

/** Where `git config --global` writes: GIT_CONFIG_GLOBAL, else ~/.gitconfig unless only the XDG file exists. */
function globalConfigFile(env: NodeJS.ProcessEnv): string {
  if (env.GIT_CONFIG_GLOBAL) return env.GIT_CONFIG_GLOBAL;
  const home = env.HOME || homedir();
  const xdg = join(env.XDG_CONFIG_HOME || join(home, '.config'), 'git', 'config');
  return !existsSync(join(home, '.gitconfig')) && existsSync(xdg) ? xdg : join(home, '.gitconfig');
}

/** Provider hosts a user may push to over HTTPS, and the deployments the environment names (HF_ENDPOINT). */
function credentialUrls(env: NodeJS.ProcessEnv): string[] {
  const urls = Object.values(PROVIDERS).filter((p) => p.tokenShape).flatMap((p) => p.hosts.map((h) => `https://${h}`));
  for (const endpoint of Object.values(endpointsFrom(env))) {
    const e = classify(endpoint, { hosts: {} });
    if (!('error' in e) && e.host) urls.push(origin(e));
  }
  return [...new Set(urls)];
}

export async function readGlobalRecord(env: NodeJS.ProcessEnv): Promise<GlobalRecord | undefined> {
  return readFile(join(dataRoot(env), 'global.json'), 'utf8').then((t) => JSON.parse(t) as GlobalRecord, () => undefined);
}

async function readGlobal(env: NodeJS.ProcessEnv): Promise<GlobalState> {
  const cwd = tmpdir();
  const configFile = globalConfigFile(env);
  const get = (args: string[]) => git(cwd, ['config', ...args]);
  const urls = credentialUrls(env);
  const [sshCommand, variant, template, text, record] = await Promise.all([
    get(['--global', '--get', 'core.sshCommand']),
    get(['--global', '--get', 'ssh.variant']),
    get(['--show-scope', '--get', 'init.templateDir']),
    readFile(configFile, 'utf8').catch(() => ''),
    readGlobalRecord(env),
  ]);
  const helpers = await readHelpers(cwd, 'global', urls);
  const sections = configSections(text);
  const [scope, ...value] = template.ok ? template.stdout.split('\t') : [];
  return {
    cwd, configFile, sections,
    ssh: { ...(sshCommand.ok && { local: sshCommand.stdout, effective: sshCommand.stdout }), ...(variant.ok && { variant: variant.stdout }), hasSshSection: sections.has('ssh') },
    credential: { urls, helpers, sections: credentialSections(sections) },
    ...(template.ok && scope !== 'local' && scope !== 'worktree' && { templateDir: expandHome(value.join('\t'), env) }),
    ...(record && { record }),
    recordPath: join(dataRoot(env), 'global.json'),
  };
}

/** A template dir's hooks/ is where Git copies pre-push from into each new repository. */
export const templateTarget = (dir: string): HookTarget => ({
  kind: 'hooks-dir', hooksDir: join(dir, 'hooks'), file: join(dir, 'hooks', 'pre-push'), defaultHooksDir: join(dir, 'hooks'), commonDir: dir, bare: false,
});

/** Git's built-in template dir (sample hooks, info/exclude), which a new one of ours starts from. */
async function defaultTemplates(cwd: string): Promise<string> {
  const exec = await git(cwd, ['--exec-path']);
  return resolve(exec.stdout, '..', '..', 'share', 'git-core', 'templates');
}

export async function installGlobal(o: { env: NodeJS.ProcessEnv; node: string; dryRun: boolean; io?: Io }): Promise<CommandResult> {
  const version = await packageVersion();
  const params = { version, node: o.node, runtime: runtimePath(o.env, version) };
  const g = await readGlobal(o.env);
  const ours = g.record?.templateCreated ? g.record.templateDir : undefined;
  const templateDir = g.templateDir ?? join(dataRoot(o.env), 'template');
  const target = templateTarget(templateDir);
  const hooks = planInstall(await snapshot(target), params);
  if ('refuse' in hooks) return refused('install --global', hooks.refuse);
  // Our own template dir gone while init.templateDir still names it: an uninstall killed midway.
  const seed: Action[] = g.templateDir && !(ours === templateDir && !existsSync(templateDir)) ? [] : [
    { kind: 'seed-template', from: await defaultTemplates(g.cwd), to: templateDir },
    { kind: 'config', key: 'init.templateDir', value: templateDir },
  ];
  const wrapper = sshWrapperPath(o.env, version);
  const helper = credentialHelperPath(o.env, version);
  const ssh = planSshInstall(g.ssh, wrapper);
  const credential = planCredentialInstall(g.credential, helperValue(helper));
  const touched = ['core', 'ssh', 'init', ...credential.added.map((a) => a.key.replace(/\.helper$/, ''))];
  const old = g.record;
  const record: GlobalRecord = {
    ...sshRecord(ssh.record, old),
    credentialHelpers: mergeHelperRecord(old?.credentialHelpers ?? [], credential),
    templateDir,
    templateCreated: Boolean(ours) || !g.templateDir,
    createdSections: [...new Set([...(old?.createdSections ?? []), ...touched.filter((s) => !g.sections.has(s))])],
  };
  const actions: Action[] = [
    ...(old && recordText(old) === recordText(record) ? [] : [{ kind: 'state', path: g.recordPath, text: recordText(record) } as Action]),
    { kind: 'runtime', path: params.runtime },
    { kind: 'write', path: wrapper, text: sshWrapperText(params), mode: 0o755 },
    { kind: 'write', path: helper, text: credentialHelperText(params), mode: 0o755 },
    ...seed,
    ...hooks.actions.filter((a) => a.kind !== 'runtime'),
    ...ssh.actions,
    ...credential.actions,
  ];
  if (o.dryRun) return { exit: 0, stdout: ['hf-hooks install --global --dry-run would:', ...actions.map((a) => `  ${describe(a, 'global')}`)].join('\n') + '\n' };
  const applied = await applyOrRefuse('install --global', target, actions, { cwd: g.cwd, scope: 'global', configFile: g.configFile, sweep: [templateDir] }, o.io);
  if ('refusal' in applied) return applied.refusal;
  await makeReadyDir(o.env, homedir());
  return {
    exit: 0,
    stdout: [
      `hf-hooks ${version}: installed for every repository of this user (${g.configFile}).`,
      g.templateDir
        ? `  new clones and inits get the pre-push check from your init.templateDir, ${templateDir} (its own hooks are kept and chained)`
        : `  new clones and inits get the pre-push check: init.templateDir is now ${templateDir} (a copy of Git's default template plus the hook)`,
      ...ssh.notes.map((n) => `  ${n}`),
      ...[...credential.notes, ...applied.notes].map((n) => `  ${n}`),
      '  not done: repositories that already exist keep their own .git/hooks, so their pushes are not checked by the pre-push hook.',
      '    run `npx hf-hooks install` in each (`npx hf-hooks status --global` lists those below the current directory)',
      '  core.hooksPath was left alone: setting it globally would switch off every repository\'s own hooks',
      '  undo: npx hf-hooks uninstall --global',
    ].join('\n') + '\n',
  };
}

export async function uninstallGlobal(o: { env: NodeJS.ProcessEnv; io?: Io }): Promise<CommandResult> {
  const g = await readGlobal(o.env);
  const r = g.record;
  const sweep = [...runtimeFiles(o.env, await packageVersion()), g.recordPath, join(dataRoot(o.env), 'template')];
  if (!r) {
    await sweepAll(sweep, o.io).catch(() => {});
    return { exit: 0, stdout: 'hf-hooks: not installed globally (no record in ' + g.recordPath + ')\n' };
  }
  const target = templateTarget(r.templateDir);
  const hooks = r.templateCreated ? { actions: [] as Action[], notes: [] } : planUninstall(await snapshot(target));
  if ('refuse' in hooks) return refused('uninstall --global', hooks.refuse);
  const ssh = planSshUninstall(g.ssh, r);
  const credential = planCredentialUninstall(g.credential, r.credentialHelpers);
  const actions: Action[] = [
    ...hooks.actions,
    ...(r.templateCreated ? [
      { kind: 'remove-tree', path: r.templateDir } as Action,
      ...(g.templateDir === r.templateDir ? [{ kind: 'config', key: 'init.templateDir', value: undefined, previous: r.templateDir } as Action] : []),
    ] : []),
    ...ssh.actions.filter((a) => a.kind !== 'drop-empty-section'),
    ...credential.actions.filter((a) => a.kind !== 'drop-empty-section'),
    ...r.createdSections.map((section) => ({ kind: 'drop-empty-section', section }) as Action),
    { kind: 'state', path: g.recordPath },
  ];
  const applied = await applyOrRefuse('uninstall --global', target, actions, { cwd: g.cwd, scope: 'global', configFile: g.configFile, sweep }, o.io);
  if ('refusal' in applied) return applied.refusal;
  return { exit: 0, stdout: ['hf-hooks: removed the global install', ...[...hooks.notes, ...applied.notes, ...ssh.notes, ...credential.notes].map((n) => `  ${n}`)].join('\n') + '\n' };
}
