hf_hooks_in=$(mktemp "${TMPDIR:-/tmp}/hf-hooks.XXXXXX") || exit 1
trap 'rm -f "$hf_hooks_in"; exit 130' HUP INT TERM
cat > "$hf_hooks_in"
@LFS@
@CONTENT@
# The same HTTPS push URL with the same credential was found ready within
# hf-hooks.cacheTtl (node left a marker named like hooks/cache.ts readyKey):
# allow it without starting node. Anything unusual falls through to the full check.
@SSH_READY@
hf_hooks_ready() {
  case "$1" in
  http://* | https://*) ;;
  *)
    # SSH: the wrapper checked this very push's connection moments ago (templates/ssh.sh).
    hf_hooks_handoff=$(hf_hooks_ready_file "push-$PPID")
    [ -f "$hf_hooks_handoff" ] || return 1
    rm -f "$hf_hooks_handoff"
    return 0
    ;;
  esac
  command -v sha256sum >/dev/null 2>&1 || return 1
  # Without git-lfs, LFS files in the push are checked in node (content/lfs.ts): every time.
  command -v git-lfs >/dev/null 2>&1 || ! hf_hooks_uses_lfs || return 1
  # Every process counts on a push that is fine: the shell reads and cuts what it can itself.
  hf_hooks_pw=
  # A helper that never answers must not hold the push: a second at most here (timeout(1)
  # signals the whole group, helper included), then node, whose own wait is bounded too;
  # without timeout (macOS), straight to node.
  command -v timeout >/dev/null 2>&1 || return 1
  hf_hooks_fill=$(printf 'url=%s\n\n' "$1" | HF_HOOKS_CREDENTIAL_QUIET=1 GIT_TERMINAL_PROMPT=0 GIT_ASKPASS= SSH_ASKPASS= GCM_INTERACTIVE=never timeout 1 git credential fill 2>/dev/null)
  while IFS= read -r hf_hooks_line; do
    case $hf_hooks_line in password=*) hf_hooks_pw=${hf_hooks_line#password=} ;; esac
  done <<HF_HOOKS_FILL
$hf_hooks_fill
HF_HOOKS_FILL
  hf_hooks_fill=
  [ -n "$hf_hooks_pw" ] || return 1
  hf_hooks_key=$(printf '%s\n%s\n%s' '@VERSION@' "$1" "$hf_hooks_pw" | sha256sum)
  hf_hooks_pw=
  # The marker's mtime is its expiry (cache.ts markReady); the ref-lines file was made just now.
  [ "$(hf_hooks_ready_file "${hf_hooks_key%% *}")" -nt "$hf_hooks_in" ]
}
case "${HF_HOOKS:-1}" in
@HF_HOOKS_OFF@) ;;
*)
  if ! hf_hooks_ready "$2" || hf_hooks_content "$1"; then
@FIND_NODE@
  if [ -z "$hf_hooks_why" ]; then
    # 0 lets the push go, 1 blocks it, 2 is a usage error (not from Git); anything else
    # means the check itself broke (70: it said why; a signal: killed), which lets Git try.
    hf_hooks_rc=0
    "$hf_hooks_node" @RUNTIME@ pre-push "$@" <"$hf_hooks_in" || hf_hooks_rc=$?
    case $hf_hooks_rc in
    0) ;;
    1 | 2)
      rm -f "$hf_hooks_in"
      exit $hf_hooks_rc
      ;;
    *)
      hf_hooks_why="the check stopped with status $hf_hooks_rc"
      [ $hf_hooks_rc -ne 70 ] || hf_hooks_why="the check hit an internal error"
      @CANNOT_RUN@
      [ $hf_hooks_rc -eq 70 ] || @WARN@
      ;;
    esac
  fi
  fi
  ;;
esac
