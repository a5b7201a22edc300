#!/bin/sh
# hf-hooks credential helper, version @VERSION@: the last helper for provider hosts.
# `get` reaches it only when no other helper had a credential; `erase` when the server
# rejected one. `store` comes once the server took a credential, before the pre-push hook
# runs: the shell leaves that hook a hash of it (never the credential itself), so the hook
# knows which credential Git pushes with without asking every helper again. Everything
# else (hf-hooks' own lookups) is answered without node, and without any process.
hf_hooks_drain() { while IFS= read -r hf_hooks_line || [ -n "$hf_hooks_line" ]; do :; done; }
@PORTABLE@
# store: `<sha256 of version and password> <protocol>://<host>` into the git dir Git's remote
# helper gave us (transport-helper.c sets GIT_DIR), readable by this user alone.
hf_hooks_store() {
  hf_hooks_p=
  hf_hooks_h=
  hf_hooks_pw=
  while IFS= read -r hf_hooks_line && [ -n "$hf_hooks_line" ]; do
    case $hf_hooks_line in
    protocol=*) hf_hooks_p=${hf_hooks_line#protocol=} ;;
    host=*) hf_hooks_h=${hf_hooks_line#host=} ;;
    password=*) hf_hooks_pw=${hf_hooks_line#password=} ;;
    esac
  done
  hf_hooks_drain
  [ -n "${GIT_DIR:-}" ] && [ -n "$hf_hooks_p" ] && [ -n "$hf_hooks_h" ] && [ -n "$hf_hooks_pw" ] || return 0
  hf_hooks_c=$(hf_hooks_credential_hash "$hf_hooks_pw") || return 0
  hf_hooks_pw=
  umask 077
  { printf '%s %s://%s\n' "$hf_hooks_c" "$hf_hooks_p" "$hf_hooks_h" >"$GIT_DIR/hf-hooks-credential"; } 2>/dev/null
  return 0
}
case "${1:-}" in
get | erase) ;;
store)
  # hf-hooks' own lookups (QUIET) never store; with HF_HOOKS off no check will read it.
  if [ -n "${HF_HOOKS_CREDENTIAL_QUIET:-}" ]; then
    hf_hooks_drain
    exit 0
  fi
  case "${HF_HOOKS:-1}" in
  @HF_HOOKS_OFF@) hf_hooks_drain ;;
  *) hf_hooks_store ;;
  esac
  exit 0
  ;;
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
