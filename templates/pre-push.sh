#!/bin/sh
# hf-hooks pre-push shim, version @VERSION@.
# Checks that this push will authenticate, then runs the hook that was here
# before (pre-push@CHAINED_SUFFIX@), if any, with the same arguments and input.
# Managed by hf-hooks: `npx hf-hooks uninstall` puts the previous hook back.
@CHECK@
@LFS_PUSH@
hf_hooks_restore_stdin
trap - HUP INT TERM
hf_hooks_chained="${0%/*}/pre-push@CHAINED_SUFFIX@"
if [ -e "$hf_hooks_chained" ]; then
  exec "$hf_hooks_chained" "$@"
fi
exit 0
