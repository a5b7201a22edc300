// The hook commands Git runs (pre-push, ssh, credential), routed to their entries: what
// dist/hook.mjs (main.ts) runs, and what `hf-hooks <hook command>` forwards to. A bug
// here must never stop a push that would work, so each fails open, loudly.
import { realEffects } from './effects.ts';
import { credentialHelper } from './https/helper.ts';
import { prePush } from './pre-push.ts';
import { preCommit } from './pre-commit.ts';
import { internalError, wantsColor } from './render.ts';
import { sshExplain, sshWrapper } from './ssh/wrapper.ts';

export const HOOK_COMMANDS = ['pre-push', 'pre-commit', 'ssh', 'ssh-explain', 'credential'] as const;

/**
 * The pre-push check broke (a bug, not a finding): the shims let Git push, or stop it under
 * hf-hooks.strict (templates/check.sh). EX_SOFTWARE of sysexits.h; 1 would mean "blocked".
 */
export const CHECK_BROKE = 70;

async function readStdin(): Promise<Uint8Array> {
  if (process.stdin.isTTY) return new Uint8Array();
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function runHook(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const fx = realEffects();
  const color = wantsColor(process.stderr.isTTY, process.env);
  const internal = (where: string, error: unknown, exit: number) => {
    fx.stderr(internalError(where, 'letting Git carry on', error, fx.env));
    return exit;
  };
  switch (command) {
    case 'ssh':
      return sshWrapper(args, fx, color);
    case 'pre-commit':
      try {
        const outcome = await preCommit(fx, color);
        fx.stderr(outcome.stderr);
        return outcome.exit;
      } catch (error) {
        // pre-commit reads any status but 0 as a failed hook: a bug here must not stop the push.
        return internal('the pre-commit hook', error, 0);
      }
    case 'ssh-explain':
      try {
        return await sshExplain(args, Buffer.from(await readStdin()).toString('utf8'), fx, color);
      } catch (error) {
        return internal('the SSH explanation', error, 0);
      }
    case 'credential':
      try {
        const outcome = await credentialHelper(args[0], Buffer.from(await readStdin()).toString('utf8'), fx, color);
        fx.stderr(outcome.stderr);
        // stdout is the helper protocol's answer; after a bug nothing is said there, so Git
        // carries on exactly as it would without us.
        process.stdout.write(outcome.stdout);
        return outcome.exit;
      } catch (error) {
        return internal('the credential helper', error, 0);
      }
    case 'pre-push':
      try {
        const outcome = await prePush(args, await readStdin(), fx, color);
        fx.stderr(outcome.stderr);
        return outcome.exit;
      } catch (error) {
        return internal('the pre-push check', error, CHECK_BROKE);
      }
    default:
      fx.stderr(`hf-hooks: unknown hook command '${command ?? ''}' (one of ${HOOK_COMMANDS.join(', ')})\n`);
      return 2;
  }
}
