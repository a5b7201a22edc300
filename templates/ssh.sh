#!/bin/sh
# hf-hooks ssh wrapper, version @VERSION@. Git runs it as core.sshCommand.
# A push (git-receive-pack) is checked before Git connects; everything else
# (fetches, `ssh -G`, git-lfs) goes straight to your own ssh, without node, and so
# does a push when the check cannot run (unless hf-hooks.strict is set).
for hf_hooks_last; do :; done
case "${hf_hooks_last:-}" in
git-receive-pack\ *)
  case "${HF_HOOKS:-1}" in
  @HF_HOOKS_OFF@) ;;
  *)
@FIND_NODE@
    [ -n "$hf_hooks_why" ] || exec "$hf_hooks_node" @RUNTIME@ ssh "$@"
    ;;
  esac
  ;;
esac
if [ -n "${HF_HOOKS_SSH_COMMAND:-}" ]; then
  exec sh -c "$HF_HOOKS_SSH_COMMAND \"\$@\"" "$HF_HOOKS_SSH_COMMAND" "$@"
elif [ -n "${GIT_SSH:-}" ]; then
  exec "$GIT_SSH" "$@"
fi
exec ssh "$@"
