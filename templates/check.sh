@REFS@
hf_hooks_read_refs || exit 1
@LFS@
[ -z "$hf_hooks_in" ] || hf_hooks_lfs_early
@CONTENT@
@SSH_READY@
# The credential Git authenticated this push with, as a hash (never the secret): what
# hf-hooks' own helper saw on `store`, which Git sends every helper once the server took the
# credential (http.c handle_curl_result), before this hook runs; hf-hooks' helper left it in
# the repository's git dir (templates/credential.sh). It speaks for this push only: read
# once, then emptied. Without it (hf-hooks' helper not in Git's list for this URL), Git's
# helpers are asked, within a second.
hf_hooks_credential() {
  hf_hooks_cred=
  if [ -n "${GIT_DIR:-}" ]; then
    hf_hooks_gd=$GIT_DIR
  elif [ -d .git ]; then
    hf_hooks_gd=.git
  elif [ -f .git ]; then
    # A linked worktree or a separate git dir: "gitdir: PATH".
    read -r hf_hooks_w hf_hooks_gd <.git || hf_hooks_gd=
  else
    # A bare repository: Git runs the hook in it.
    hf_hooks_gd=.
  fi
  hf_hooks_hand="$hf_hooks_gd/hf-hooks-credential"
  if [ -n "$hf_hooks_gd" ] && [ -s "$hf_hooks_hand" ]; then
    read -r hf_hooks_c hf_hooks_o <"$hf_hooks_hand" || hf_hooks_c=
    { true >"$hf_hooks_hand"; } 2>/dev/null
    case $1 in "$hf_hooks_o"/*) hf_hooks_cred=$hf_hooks_c ;; esac
    case $hf_hooks_cred in *[!0-9a-f]*) hf_hooks_cred= ;; esac
    [ ${#hf_hooks_cred} -ne 64 ] || return 0
  fi
  hf_hooks_pw=
  hf_hooks_fill=$(
    HF_HOOKS_CREDENTIAL_QUIET=1 GIT_TERMINAL_PROMPT=0 GIT_ASKPASS= SSH_ASKPASS= GCM_INTERACTIVE=never
    export HF_HOOKS_CREDENTIAL_QUIET GIT_TERMINAL_PROMPT GIT_ASKPASS SSH_ASKPASS GCM_INTERACTIVE
    hf_hooks_bounded git credential fill 2>/dev/null <<HF_HOOKS_URL
url=$1

HF_HOOKS_URL
  )
  while IFS= read -r hf_hooks_line; do
    case $hf_hooks_line in password=*) hf_hooks_pw=${hf_hooks_line#password=} ;; esac
  done <<HF_HOOKS_FILL
$hf_hooks_fill
HF_HOOKS_FILL
  hf_hooks_fill=
  [ -n "$hf_hooks_pw" ] || return 1
  hf_hooks_cred=$(hf_hooks_credential_hash "$hf_hooks_pw") || hf_hooks_cred=
  hf_hooks_pw=
  [ -n "$hf_hooks_cred" ]
}
# The push URL as one file name (cache.ts markerUrl): % and / escaped, as in a URL.
hf_hooks_url_name() {
  hf_hooks_name=
  hf_hooks_rest=$1
  while :; do
    hf_hooks_tail=${hf_hooks_rest#*[/%]}
    if [ "$hf_hooks_tail" = "$hf_hooks_rest" ]; then
      hf_hooks_name=$hf_hooks_name$hf_hooks_rest
      break
    fi
    hf_hooks_head=${hf_hooks_rest%"$hf_hooks_tail"}
    case $hf_hooks_head in *%) hf_hooks_name=$hf_hooks_name${hf_hooks_head%?}%25 ;; *) hf_hooks_name=$hf_hooks_name${hf_hooks_head%?}%2F ;; esac
    hf_hooks_rest=$hf_hooks_tail
  done
  [ ${#hf_hooks_name} -le 200 ]
}
# The same push URL with the same credential was found ready within hf-hooks.cacheTtl (node
# left a marker named like hooks/cache.ts readyKey): allow it without starting node. Anything
# unusual falls through to the full check.
hf_hooks_ready() {
  case "$1" in
  http://* | https://*) ;;
  *)
    # SSH: the wrapper checked this very push's connection moments ago (templates/ssh.sh).
    [ -f "$hf_hooks_ready_dir/push-$PPID" ] || return 1
    rm -f "$hf_hooks_ready_dir/push-$PPID"
    return 0
    ;;
  esac
  # Without git-lfs, LFS files in the push are checked in node (content/lfs.ts): every time.
  command -v git-lfs >/dev/null 2>&1 || ! hf_hooks_uses_lfs || return 1
  hf_hooks_credential "$1" || return 1
  hf_hooks_url_name "$1" || return 1
  # "Now", for the marker's mtime (its expiry, cache.ts markReady): written, never removed.
  { echo >"$hf_hooks_ready_dir/now"; } 2>/dev/null || return 1
  [ "$hf_hooks_ready_dir/$hf_hooks_cred/$hf_hooks_name" -nt "$hf_hooks_ready_dir/now" ]
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
    hf_hooks_feed "$hf_hooks_node" @RUNTIME@ pre-push "$@" || hf_hooks_rc=$?
    case $hf_hooks_rc in
    0) ;;
    1 | 2)
      hf_hooks_drop
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
