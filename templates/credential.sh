#!/bin/sh
# hf-hooks credential helper, version @VERSION@: the last helper for provider hosts.
# `get` reaches it only when no other helper had a credential; `erase` when the server
# rejected one. Everything else (store, hf-hooks' own lookups) is answered without node.
case "${1:-}" in
get | erase) ;;
*)
  cat >/dev/null
  exit 0
  ;;
esac
if [ -n "${HF_HOOKS_CREDENTIAL_QUIET:-}" ]; then
  cat >/dev/null
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
