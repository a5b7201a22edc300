// Entry of dist/hook.mjs, the self-contained runtime the installed hooks call.
import { runHook } from './commands.ts';

process.exitCode = await runHook(process.argv.slice(2));
