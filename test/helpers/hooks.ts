// A stand-in for "the hook that was there before": it records what it was given.
import { chmodSync, writeFileSync } from 'node:fs';

export const RECORDING_HOOK = `#!/bin/sh
printf '%s\\n' "$@" > "$HOOK_LOG.args"
cat > "$HOOK_LOG.stdin"
exit \${HOOK_EXIT:-0}
`;

export function writeHook(path: string, text = RECORDING_HOOK, mode = 0o755): void {
  writeFileSync(path, text);
  chmodSync(path, mode);
}
