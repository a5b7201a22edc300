hf_hooks_in=$(mktemp "${TMPDIR:-/tmp}/hf-hooks.XXXXXX") || exit 1
trap 'rm -f "$hf_hooks_in"; exit 130' HUP INT TERM
cat > "$hf_hooks_in"
case "${HF_HOOKS:-1}" in
0 | false | no | off) ;;
*)
  hf_hooks_node=@NODE@
  [ -x "$hf_hooks_node" ] || hf_hooks_node=$(command -v node) || {
    echo "hf-hooks: cannot find node: not at "@NODE@", not on PATH ($PATH)." >&2
    echo "hf-hooks: reinstall with 'npx hf-hooks install', or push without the check: HF_HOOKS=0 git push" >&2
    rm -f "$hf_hooks_in"
    exit 1
  }
  if [ ! -f @RUNTIME@ ]; then
    echo "hf-hooks: its runtime "@RUNTIME@" is missing." >&2
    echo "hf-hooks: reinstall with 'npx hf-hooks install', or push without the check: HF_HOOKS=0 git push" >&2
    rm -f "$hf_hooks_in"
    exit 1
  fi
  "$hf_hooks_node" @RUNTIME@ pre-push "$@" <"$hf_hooks_in" || {
    hf_hooks_rc=$?
    rm -f "$hf_hooks_in"
    exit $hf_hooks_rc
  }
  ;;
esac
# What follows reads the same bytes Git sent: the file stays readable after rm.
exec <"$hf_hooks_in"
rm -f "$hf_hooks_in"
trap - HUP INT TERM
