#!/bin/sh
# hf-hooks credential helper, version @VERSION@: the last helper for provider hosts.
# `get` reaches it only when no other helper had a credential; `erase` when the server
# rejected one. Everything else (store, hf-hooks' own lookups) is answered without node,
# and without any process: the shell drains what Git wrote (every push ends with a `store`).
hf_hooks_drain() { while IFS= read -r hf_hooks_line || [ -n "$hf_hooks_line" ]; do :; done; }
case "${1:-}" in
get | erase) ;;
*)
  hf_hooks_drain
  exit 0
  ;;
esac
if [ -n "${HF_HOOKS_CREDENTIAL_QUIET:-}" ]; then
  hf_hooks_drain
  exit 0
fi
case "${HF_HOOKS:-1}" in
@HF_HOOKS_OFF@)
  cat >/dev/null
  exit 0
  ;;
esac
@FIND_NODE@
exec "$hf_hooks_node" @RUNTIME@ credential "$@"
