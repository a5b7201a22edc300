// argv -> command: one table gives the flags, the usage text and the dispatch. Each
// command is imported only when it runs. Expected failures come back as results; a throw
// is either the system refusing (a file we cannot write: exit 1, one line) or a bug.
import { parseArgs } from 'node:util';
import { type CommandResult } from './installer/result.ts';

type Values = Record<string, string | boolean | undefined>;
interface Input { values: Values; positionals: string[]; cwd: string; env: NodeJS.ProcessEnv }

interface Command {
  /** Usage lines: what follows the command name, and what that form does. */
  forms: [string, string][];
  flags?: Record<string, { type: 'boolean' | 'string' }>;
  /** How many positional arguments: [min, max]. */
  positionals?: [number, number];
  /** Git's hooks call these with their own arguments, passed on untouched. */
  raw?: true;
  run(i: Input, argv: string[]): Promise<CommandResult>;
}

const interactive = () => Boolean(process.stderr.isTTY) && (process.stderr.columns ?? 0) > 0 && !process.env.CI;
const color = async (isTTY: boolean | undefined, env: NodeJS.ProcessEnv) => (await import('./hooks/render.ts')).wantsColor(isTTY, env);
const hook = async (argv: string[]) => ({ exit: await (await import('./hooks/commands.ts')).runHook(argv) });

/** How long install or uninstall waits for another one of this user to finish (its doctor included). */
const LOCK_WAIT_MS = 60_000;

/** install and uninstall, one at a time per user (installer/effects/lock.ts). */
async function locked(command: string, env: NodeJS.ProcessEnv, fn: () => Promise<CommandResult>): Promise<CommandResult> {
  const [{ withLock }, { dataRoot }, { homedir }, { refused }] = await Promise.all([
    import('./installer/effects/lock.ts'), import('./hooks/layout.ts'), import('node:os'), import('./installer/result.ts'),
  ]);
  const r = await withLock(dataRoot(env, homedir()), fn, LOCK_WAIT_MS);
  return 'ok' in r ? r.ok : refused(command, r.busy);
}

const COMMANDS: Record<string, Command> = {
  install: {
    forms: [
      ['[--dry-run]', 'add the checks to this repository, chaining any pre-push hook already there'],
      ['--global', 'for every repository of this user: global config, and init.templateDir for new ones'],
      ['--template DIR', 'write a Git template directory an organisation can ship (git clone --template=DIR)'],
    ],
    flags: { 'dry-run': { type: 'boolean' }, global: { type: 'boolean' }, template: { type: 'string' } },
    run: ({ values, cwd, env }) => locked('install', env, async () => {
      const dryRun = Boolean(values['dry-run']);
      if (values.global) return (await import('./installer/commands/global.ts')).installGlobal({ env, node: process.execPath, dryRun });
      if (typeof values.template === 'string') return (await import('./installer/commands/template.ts')).installTemplate({ dir: values.template, env, node: process.execPath, dryRun });
      return (await import('./installer/commands/install.ts')).install({ cwd, env, dryRun, node: process.execPath });
    }),
  },
  uninstall: {
    forms: [['[--global | --template DIR]', 'remove what install added and put back exactly what was there before']],
    flags: { global: { type: 'boolean' }, template: { type: 'string' } },
    run: ({ values, cwd, env }) => locked('uninstall', env, async () => {
      if (values.global) return (await import('./installer/commands/global.ts')).uninstallGlobal({ env });
      if (typeof values.template === 'string') return (await import('./installer/commands/template.ts')).uninstallTemplate({ dir: values.template });
      return (await import('./installer/commands/uninstall.ts')).uninstall({ cwd, env });
    }),
  },
  status: {
    forms: [['[--global]', 'what is installed where, and whether Git will run it']],
    flags: { global: { type: 'boolean' } },
    run: async ({ values, cwd, env }) => {
      const { status, statusGlobal } = await import('./installer/commands/status.ts');
      const o = { cwd, env, color: await color(process.stdout.isTTY, env) };
      return values.global ? statusGlobal(o) : status(o);
    },
  },
  'init-template': {
    forms: [['DIR [--host HOST] [--namespace NS]', 'write an org template repository (husky + hf-hooks as devDependencies)']],
    flags: { host: { type: 'string' }, namespace: { type: 'string' } }, positionals: [1, 1],
    run: async ({ values, positionals }) => (await import('./installer/commands/org-template.ts')).initTemplate({
      dir: positionals[0], host: values.host as string | undefined, namespace: values.namespace as string | undefined,
    }),
  },
  doctor: {
    forms: [
      ['[REMOTE-OR-URL...] [--ref REF] [--json] [--offline]', 'will the next push (of REF, default the current branch) to each remote work? (exit 1 if one is blocked)'],
      ['--fetch [REMOTE-OR-URL...] [--json] [--offline]', 'will a clone or fetch of each remote work with the credential Git would use? (private and gated repos)'],
    ],
    flags: { json: { type: 'boolean' }, offline: { type: 'boolean' }, ref: { type: 'string' }, fetch: { type: 'boolean' } }, positionals: [0, Infinity],
    run: async ({ values, positionals, env }) => (await import('./installer/commands/doctor.ts')).doctor({
      targets: positionals, json: Boolean(values.json), offline: Boolean(values.offline), env, fetch: Boolean(values.fetch), ...(values.ref !== undefined && { ref: values.ref as string }),
      // A terminal that reports no width (a bare pty) would make the spinner redraw forever.
      interactive: interactive(), color: await color(process.stdout.isTTY, env),
    }),
  },
  'pre-push': { forms: [['REMOTE URL', 'the check Git runs before a push (ref lines on stdin)']], raw: true, run: (_, argv) => hook(argv) },
  'pre-commit': { forms: [['', 'the same check as a pre-commit hook at the pre-push stage (.pre-commit-hooks.yaml)']], raw: true, run: (_, argv) => hook(argv) },
  ssh: { forms: [['ARGS...', 'the SSH check Git runs as core.sshCommand, then your own ssh']], raw: true, run: (_, argv) => hook(argv) },
  credential: { forms: [['get|store|erase', 'the credential helper Git asks last for provider hosts (attributes on stdin)']], raw: true, run: (_, argv) => hook(argv) },
};

function usageText(): string {
  const lines = Object.entries(COMMANDS).flatMap(([name, c]) => c.forms.map(([synopsis, about]) => {
    const head = `  ${name} ${synopsis}`;
    return head.length < 24 ? `${head.padEnd(25)}${about}` : `${head}\n${' '.repeat(25)}${about}`;
  }));
  return `usage: hf-hooks <command> [options]\n\n${lines.join('\n')}\n\nSkip the check for one push: git push --no-verify, or HF_HOOKS=0 git push.\n`;
}

const usage = (why: string): CommandResult => ({ exit: 2, stderr: `hf-hooks: ${why}\n\n${usageText()}` });

async function main(argv: string[]): Promise<CommandResult> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') return { exit: 0, stdout: usageText() };
  if (name === '--version' || name === '-v') {
    const { packageVersion } = await import('./installer/effects/runtime.ts');
    return { exit: 0, stdout: `${await packageVersion()}\n` };
  }
  const command = name && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) return usage(name ? `unknown command '${name}'` : 'no command given');
  const input: Input = { values: {}, positionals: [], cwd: process.cwd(), env: process.env };
  if (command.raw) return command.run(input, argv);
  try {
    ({ values: input.values, positionals: input.positionals } = parseArgs({ args: rest, options: command.flags ?? {}, strict: true, allowPositionals: Boolean(command.positionals) }));
  } catch (error) {
    return usage((error as Error).message);
  }
  const [min, max] = command.positionals ?? [0, 0];
  if (input.positionals.length < min || input.positionals.length > max) return usage(`${name} takes ${min === max ? min : `${min} or more`} argument${max === 1 ? '' : 's'}`);
  if (input.values.global && input.values.template) return usage('--global and --template are two different installs; pick one');
  return command.run(input, argv);
}

/** A file or directory the system would not let us use is the user's to fix, not a bug. */
async function failure(error: unknown, command: string | undefined): Promise<CommandResult> {
  const e = error as NodeJS.ErrnoException;
  if (e?.code && e.syscall) {
    const why = /^[A-Z]+: ([^,]+)/.exec(e.message)?.[1] ?? e.code;
    return { exit: 1, stderr: `hf-hooks${command ? ` ${command}` : ''}: could not ${e.syscall}${e.path ? ` ${e.path}` : ''}: ${why}\n` };
  }
  const { internalError } = await import('./hooks/render.ts');
  return { exit: 1, stderr: internalError(`hf-hooks${command ? ` ${command}` : ''}`, 'nothing more was done', error, process.env) };
}

const argv = process.argv.slice(2);
const result = await main(argv).catch((error) => failure(error, argv[0]));
if (result.stdout) process.stdout.write(result.stdout);
// mask() loads every provider's token patterns: only when there is something to mask.
if (result.stderr) process.stderr.write((await import('./hooks/mask.ts')).mask(result.stderr));
process.exitCode = result.exit;
// As the hook runtime (hooks/main.ts): once done, nothing left open may keep the user waiting.
setTimeout(() => process.exit(), 500).unref();
