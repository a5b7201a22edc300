// argv -> command; nothing else. Each command is imported only when it runs.
import { parseArgs } from 'node:util';
import { type CommandResult } from './installer/result.ts';

const USAGE = `usage: hf-hooks <command> [options]

  install [--dry-run]    add the checks to this repository, chaining any pre-push hook already there
  install --global       for every repository of this user: global config, and init.templateDir for new ones
  install --template DIR write a Git template directory an organisation can ship (git clone --template=DIR)
  uninstall [--global | --template DIR]
                         remove what install added and put back exactly what was there before
  status [--global]      what is installed where, and whether Git will run it
  init-template DIR [--host HOST] [--namespace NS]
                         write an org template repository (husky + hf-hooks as devDependencies)
  doctor [REMOTE-OR-URL...] [--json] [--offline]
                         will the next push to each remote authenticate? (exit 1 if one is blocked)
  pre-push REMOTE URL    the check Git runs before a push (ref lines on stdin)
  ssh ARGS...            the SSH check Git runs as core.sshCommand, then your own ssh

Skip the check for one push: git push --no-verify, or HF_HOOKS=0 git push.
`;

const FLAGS: Record<string, Record<string, { type: 'boolean' | 'string' }>> = {
  install: { 'dry-run': { type: 'boolean' }, global: { type: 'boolean' }, template: { type: 'string' } },
  uninstall: { global: { type: 'boolean' }, template: { type: 'string' } },
  status: { global: { type: 'boolean' } },
  doctor: { json: { type: 'boolean' }, offline: { type: 'boolean' } },
  'init-template': { host: { type: 'string' }, namespace: { type: 'string' } },
};
const POSITIONALS: Record<string, [number, number]> = { doctor: [0, Infinity], 'init-template': [1, 1] };

async function main(argv: string[]): Promise<CommandResult> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return { exit: 0, stdout: USAGE };
  if (command === '--version' || command === '-v') {
    const { packageVersion } = await import('./installer/runtime.ts');
    return { exit: 0, stdout: `${await packageVersion()}\n` };
  }
  if (command === 'pre-push' || command === 'ssh') {
    const { runHook } = await import('./hooks/run-hook.ts');
    return { exit: await runHook(argv) };
  }
  if (!command || !(command in FLAGS)) return usage(command ? `unknown command '${command}'` : 'no command given');
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: rest, options: FLAGS[command], strict: true, allowPositionals: command in POSITIONALS }));
  } catch (error) {
    return usage((error as Error).message);
  }
  const [min, max] = POSITIONALS[command] ?? [0, 0];
  if (positionals.length < min || positionals.length > max) return usage(`${command} takes ${min === max ? min : `${min} or more`} argument${max === 1 ? '' : 's'}`);
  if (values.global && values.template) return usage('--global and --template are two different installs; pick one');
  const cwd = process.cwd();
  const env = process.env;
  const node = process.execPath;
  const dryRun = Boolean(values['dry-run']);
  if (command === 'install' || command === 'uninstall') {
    if (values.global) {
      const global = await import('./installer/global.ts');
      return command === 'install' ? global.installGlobal({ env, node, dryRun }) : global.uninstallGlobal({ env });
    }
    if (typeof values.template === 'string') {
      const template = await import('./installer/template.ts');
      return command === 'install' ? template.installTemplate({ dir: values.template, env, node, dryRun }) : template.uninstallTemplate({ dir: values.template });
    }
    if (command === 'uninstall') return (await import('./installer/uninstall.ts')).uninstall({ cwd, env });
    return (await import('./installer/install.ts')).install({ cwd, env, dryRun, node });
  }
  if (command === 'init-template') {
    const { initTemplate } = await import('./installer/org-template.ts');
    return initTemplate({ dir: positionals[0], host: values.host as string | undefined, namespace: values.namespace as string | undefined });
  }
  const { wantsColor } = await import('./hooks/render.ts');
  if (command === 'doctor') {
    const { doctor } = await import('./installer/doctor.ts');
    return doctor({
      targets: positionals, json: Boolean(values.json), offline: Boolean(values.offline), env,
      // A terminal that reports no width (a bare pty) would make the spinner redraw forever.
      interactive: Boolean(process.stderr.isTTY) && (process.stderr.columns ?? 0) > 0 && !process.env.CI,
      color: wantsColor(process.stdout.isTTY, process.env),
    });
  }
  const { status, statusGlobal } = await import('./installer/status.ts');
  const color = wantsColor(process.stdout.isTTY, env);
  return values.global ? statusGlobal({ cwd, color, env }) : status({ cwd, color, env });
}

const usage = (why: string): CommandResult => ({ exit: 2, stderr: `hf-hooks: ${why}\n\n${USAGE}` });

const result = await main(process.argv.slice(2));
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exit;
