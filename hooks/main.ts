// Entry of dist/hook.mjs, the self-contained runtime the installed hooks call. Whatever
// escapes the entries (an effect that throws before they start) is a broken check, never
// a block: node's own status for it would be 1, which the shims read as "blocked".
import { CHECK_BROKE, runHook } from './commands.ts';
import { internalError } from './render.ts';

/** Long after stderr and stdout (the credential Git reads) were written. */
const LINGER_MS = 500;

const broke = (error: unknown) => {
  process.stderr.write(internalError(`hf-hooks ${process.argv[2] ?? ''}`.trimEnd(), 'letting Git carry on', error, process.env));
  process.exit(process.argv[2] === 'pre-push' ? CHECK_BROKE : process.argv[2] === 'ssh' ? 255 : 0);
};
process.on('uncaughtException', broke);
process.exitCode = await runHook(process.argv.slice(2)).catch((error) => (broke(error), 0));
// Done: nothing left may hold Git up (a socket a proxy never answered, a child that ignored
// its signal). The timer does not itself keep node alive; it ends what would.
setTimeout(() => process.exit(), LINGER_MS).unref();
