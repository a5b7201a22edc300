hf_hooks_node=@NODE@
[ -x "$hf_hooks_node" ] || hf_hooks_node=$(command -v node) || {
  echo "hf-hooks: cannot find node: not at "@NODE@", not on PATH ($PATH)." >&2
  echo "hf-hooks: reinstall with 'npx hf-hooks install', or push without the check: HF_HOOKS=0 git push" >&2
  @FAIL@
}
if [ ! -f @RUNTIME@ ]; then
  echo "hf-hooks: its runtime "@RUNTIME@" is missing." >&2
  echo "hf-hooks: reinstall with 'npx hf-hooks install', or push without the check: HF_HOOKS=0 git push" >&2
  @FAIL@
fi
