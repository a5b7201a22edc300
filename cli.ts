// argv -> command; nothing else. Each command is imported only when it runs.
import { parseArgs } from 'node:util';
import { type CommandResult } from './installer/result.ts';

const USAGE = `usage: hf-hooks <command> [options]

  install [--dry-run]    add the pre-push check to this repository, chaining any hook already there
  uninstall              remove it and put back exactly what was there before
  status                 what is installed where, and whether Git will run it
  doctor [REMOTE-OR-URL...] [--json] [--offline]
                         will the next push to each remote authenticate? (exit 1 if one is blocked)
  pre-push REMOTE URL    the check Git runs before a push (ref lines on stdin)
  ssh ARGS...            the SSH check Git runs as core.sshCommand, then your own ssh

Skip the check for one push: git push --no-verify, or HF_HOOKS=0 git push.
`;

const FLAGS: Record<string, Record<string, { type: 'boolean' }>> = {
  install: { 'dry-run': { type: 'boolean' } },
  uninstall: {},
  status: {},
  doctor: { json: { type: 'boolean' }, offline: { type: 'boolean' } },
};

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
  let values: Record<string, boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: rest, options: FLAGS[command], strict: true, allowPositionals: command === 'doctor' }) as { values: Record<string, boolean>; positionals: string[] });
  } catch (error) {
    return usage((error as Error).message);
  }
  const cwd = process.cwd();
  if (command === 'install') {
    const { install } = await import('./installer/install.ts');
    return install({ cwd, env: process.env, dryRun: Boolean(values['dry-run']), node: process.execPath });
  }
  if (command === 'uninstall') {
    const { uninstall } = await import('./installer/uninstall.ts');
    return uninstall({ cwd, env: process.env });
  }
  const { wantsColor } = await import('./hooks/render.ts');
  if (command === 'doctor') {
    const { doctor } = await import('./installer/doctor.ts');
    return doctor({
      targets: positionals, json: Boolean(values.json), offline: Boolean(values.offline), env: process.env,
      // A terminal that reports no width (a bare pty) would make the spinner redraw forever.
      interactive: Boolean(process.stderr.isTTY) && (process.stderr.columns ?? 0) > 0 && !process.env.CI,
      color: wantsColor(process.stdout.isTTY, process.env),
    });
  }
  const { status } = await import('./installer/status.ts');
  return status({ cwd, color: wantsColor(process.stdout.isTTY, process.env), env: process.env });
}

const usage = (why: string): CommandResult => ({ exit: 2, stderr: `hf-hooks: ${why}\n\n${USAGE}` });

const result = await main(process.argv.slice(2));
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exit;
