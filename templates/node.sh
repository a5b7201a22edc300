hf_hooks_why=
hf_hooks_node=@NODE@
[ -x "$hf_hooks_node" ] || hf_hooks_node=$(command -v node) || hf_hooks_why="cannot find node (not at "@NODE@", not on PATH)"
[ -n "$hf_hooks_why" ] || [ -f @RUNTIME@ ] || hf_hooks_why="its runtime "@RUNTIME@" is missing"
if [ -n "$hf_hooks_why" ]; then
  @FAIL@
fi
