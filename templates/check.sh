hf_hooks_in=$(mktemp "${TMPDIR:-/tmp}/hf-hooks.XXXXXX") || exit 1
trap 'rm -f "$hf_hooks_in"; exit 130' HUP INT TERM
cat > "$hf_hooks_in"
case "${HF_HOOKS:-1}" in
0 | false | no | off) ;;
*)
@FIND_NODE@
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
