#!/bin/sh
# hf-hooks ssh wrapper, version @VERSION@. Git runs it as core.sshCommand.
# A push (git-receive-pack) is checked before Git connects; a fetch (git-upload-pack) is
# explained only if it fails; everything else (`ssh -G`, git-lfs) goes straight to your own
# ssh, without node, and so does a push when the check cannot run (unless hf-hooks.strict).
for hf_hooks_last; do :; done
case "${hf_hooks_last:-}" in
git-receive-pack\ *)
  case "${HF_HOOKS:-1}" in
  @HF_HOOKS_OFF@) ;;
  *)
@SSH_READY@
    # Git's ssh arguments without the remote command: what `ssh -G` resolves.
    hf_hooks_key_of() {
      hf_hooks_n=$#
      hf_hooks_i=0
      for hf_hooks_a; do
        hf_hooks_i=$((hf_hooks_i + 1))
        [ "$hf_hooks_i" -lt "$hf_hooks_n" ] && set -- "$@" "$hf_hooks_a"
      done
      shift "$hf_hooks_n"
      hf_hooks_ssh_key "$@"
    }
    hf_hooks_key=$(hf_hooks_key_of "$@") || hf_hooks_key=
    # ssh's stderr goes here on the fast path; made now, it is also "now" for the marker. It
    # lives beside the markers, in this user's own cache dir (no mktemp to start). `true`, not
    # `:`: a failed redirection on a special builtin would end the shell.
    hf_hooks_err=
    [ -z "$hf_hooks_key" ] || { hf_hooks_err="$hf_hooks_ready_dir/ssh-stderr-$$" && true >"$hf_hooks_err"; } 2>/dev/null || hf_hooks_err=
    if [ -n "$hf_hooks_err" ] && hf_hooks_marked "$hf_hooks_key" "$hf_hooks_err"; then
      # Ready, and this push's pre-push hook (a child of the same git) need not check again.
      # (The marker's directory exists: node wrote the marker into it.)
      hf_hooks_handoff="$hf_hooks_ready_dir/push-$PPID"
      true >"$hf_hooks_handoff" 2>/dev/null
      # ssh runs as a child here, its stderr kept: if the server refuses anyway (the key was
      # removed since), the marker goes and node explains the refusal, as after a full check.
      hf_hooks_rc=0
      eval "${HF_HOOKS_SSH_COMMAND:-ssh} \"\$@\"" 2>"$hf_hooks_err" || hf_hooks_rc=$?
      while IFS= read -r hf_hooks_line || [ -n "$hf_hooks_line" ]; do printf '%s\n' "$hf_hooks_line" >&2; done <"$hf_hooks_err"
      if [ "$hf_hooks_rc" -ne 0 ]; then
        rm -f "$hf_hooks_ready_dir/$hf_hooks_key" "$hf_hooks_handoff"
@FIND_NODE_QUIET@
        [ -n "$hf_hooks_why" ] || "$hf_hooks_node" @RUNTIME@ ssh-explain "$@" <"$hf_hooks_err"
      fi
      rm -f "$hf_hooks_err"
      exit "$hf_hooks_rc"
    else
      [ -z "$hf_hooks_err" ] || rm -f "$hf_hooks_err"
@FIND_NODE@
      HF_HOOKS_SSH_KEY=$hf_hooks_key
      HF_HOOKS_GIT_PID=$PPID
      export HF_HOOKS_SSH_KEY HF_HOOKS_GIT_PID
      [ -n "$hf_hooks_why" ] || exec "$hf_hooks_node" @RUNTIME@ ssh "$@"
    fi
    ;;
  esac
  ;;
git-upload-pack\ *)
  # A clone or fetch: your ssh runs as a child with its stderr kept, and only when it fails
  # does node say why (the fetch phase: a private or gated repository, an unregistered key).
  # One that works starts no node. (No cache dir yet: straight to your ssh.)
  case "${HF_HOOKS:-1}" in
  @HF_HOOKS_OFF@) ;;
  *)
    hf_hooks_err="${XDG_CACHE_HOME:-$HOME/.cache}/hf-hooks/ready/ssh-stderr-$$"
    if { true >"$hf_hooks_err"; } 2>/dev/null; then
      hf_hooks_rc=0
      if [ -n "${HF_HOOKS_SSH_COMMAND:-}" ]; then
        eval "$HF_HOOKS_SSH_COMMAND \"\$@\"" 2>"$hf_hooks_err" || hf_hooks_rc=$?
      elif [ -n "${GIT_SSH:-}" ]; then
        "$GIT_SSH" "$@" 2>"$hf_hooks_err" || hf_hooks_rc=$?
      else
        ssh "$@" 2>"$hf_hooks_err" || hf_hooks_rc=$?
      fi
      while IFS= read -r hf_hooks_line || [ -n "$hf_hooks_line" ]; do printf '%s\n' "$hf_hooks_line" >&2; done <"$hf_hooks_err"
      if [ "$hf_hooks_rc" -ne 0 ]; then
@FIND_NODE_QUIET@
        [ -n "$hf_hooks_why" ] || "$hf_hooks_node" @RUNTIME@ ssh-explain "$@" <"$hf_hooks_err"
      fi
      rm -f "$hf_hooks_err"
      exit "$hf_hooks_rc"
    fi
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
