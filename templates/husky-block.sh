# >>> hf-hooks@CREATED@ >>>
# Checks that this push will authenticate, with whatever hf-hooks this machine has: this
# user's runner, else the repository's node_modules/.bin/hf-hooks, else hf-hooks on PATH.
# It names no path of any one machine, so it can be committed (README "Teams").
# `npx hf-hooks uninstall` removes this block.
@REFS@
hf_hooks_read_refs || exit 1
case "${HF_HOOKS:-1}" in
@HF_HOOKS_OFF@) ;;
*)
  hf_hooks_run="${XDG_DATA_HOME:-$HOME/.local/share}/hf-hooks/pre-push"
  [ -x "$hf_hooks_run" ] || hf_hooks_run="$(git rev-parse --show-toplevel 2>/dev/null)/node_modules/.bin/hf-hooks"
  [ -x "$hf_hooks_run" ] || hf_hooks_run=$(command -v hf-hooks 2>/dev/null) || hf_hooks_run=
  if [ -z "$hf_hooks_run" ]; then
    if [ "$(git config --type=bool hf-hooks.strict 2>/dev/null)" = true ]; then
      echo "hf-hooks: push blocked: hf-hooks is not set up on this machine (hf-hooks.strict is set). Repair: npx hf-hooks install, or push without the check: HF_HOOKS=0 git push" >&2
      hf_hooks_drop
      exit 1
    fi
    echo "hf-hooks: not set up on this machine, so this push is not checked; npx hf-hooks install adds the check" >&2
  else
    # The one interface every version keeps: `hf-hooks pre-push REMOTE URL`, ref lines on stdin.
    # (husky runs this file with sh -e: the status is caught, not fatal.)
    hf_hooks_rc=0
    hf_hooks_feed "$hf_hooks_run" pre-push "$@" || hf_hooks_rc=$?
    if [ "$hf_hooks_rc" -eq 1 ]; then
      hf_hooks_drop
      exit 1
    elif [ "$hf_hooks_rc" -ne 0 ]; then
      if [ "$(git config --type=bool hf-hooks.strict 2>/dev/null)" = true ]; then
        echo "hf-hooks: push blocked: the check cannot run ($hf_hooks_run exited $hf_hooks_rc; hf-hooks.strict is set). Repair: npx hf-hooks install, or push without the check: HF_HOOKS=0 git push" >&2
        hf_hooks_drop
        exit 1
      fi
      # 70: the check said why itself (an internal error); other statuses: it could not run.
      [ "$hf_hooks_rc" -eq 70 ] || echo "hf-hooks: warning: the check did not run ($hf_hooks_run exited $hf_hooks_rc); letting Git push. Repair: npx hf-hooks install" >&2
    fi
  fi
  ;;
esac
@LFS@
@LFS_PUSH@
hf_hooks_restore_stdin
# <<< hf-hooks <<<
