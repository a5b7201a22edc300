// The hook commands (what dist/hook.mjs runs, and what the CLI forwards to).
import { realEffects } from './effects.ts';
import { credentialHelper } from './credential-helper.ts';
import { prePush } from './pre-push.ts';
import { execReal } from './ssh/exec.ts';
import { sshWrapper } from './ssh-wrapper.ts';
import { mask, wantsColor } from './render.ts';

async function readStdin(): Promise<Uint8Array> {
  if (process.stdin.isTTY) return new Uint8Array();
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function runHook(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'ssh') return runSsh(args);
  if (command === 'credential') return runCredential(args);
  if (command !== 'pre-push') {
    process.stderr.write(`hf-hooks: unknown hook command '${command ?? ''}'\n`);
    return 2;
  }
  try {
    const outcome = await prePush(args, await readStdin(), realEffects(), wantsColor(process.stderr.isTTY, process.env));
    process.stderr.write(outcome.stderr);
    return outcome.exit;
  } catch (error) {
    // A bug in the pack must not stop people from pushing: fail open, loudly.
    process.stderr.write(mask(`hf-hooks: internal error, letting the push continue: ${(error as Error).stack ?? error}\n`));
    return 0;
  }
}

function runSsh(args: string[]): Promise<number> {
  return sshWrapper(args, realEffects(), wantsColor(process.stderr.isTTY, process.env), execReal);
}

async function runCredential(args: string[]): Promise<number> {
  try {
    const input = Buffer.from(await readStdin()).toString('utf8');
    const outcome = await credentialHelper(args[0], input, realEffects(), wantsColor(process.stderr.isTTY, process.env));
    process.stderr.write(outcome.stderr);
    process.stdout.write(outcome.stdout);
    return outcome.exit;
  } catch (error) {
    // Say nothing on stdout: Git then carries on exactly as it would without us.
    process.stderr.write(mask(`hf-hooks: internal error in the credential helper: ${(error as Error).message}\n`));
    return 0;
  }
}
