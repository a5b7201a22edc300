hf_hooks_why=
hf_hooks_node=@NODE@
# The node install recorded is gone (an nvm or Homebrew upgrade): the one on PATH, if new enough.
# (Only here does it cost a node start; install checked the recorded one.)
if [ ! -x "$hf_hooks_node" ]; then
  if hf_hooks_node=$(command -v node); then
    "$hf_hooks_node" -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)' 2>/dev/null || hf_hooks_why="node at $hf_hooks_node is too old (hf-hooks needs node 20 or later)"
  else
    hf_hooks_why="cannot find node (not at "@NODE@", not on PATH)"
  fi
fi
[ -n "$hf_hooks_why" ] || [ -f @RUNTIME@ ] || hf_hooks_why="its runtime "@RUNTIME@" is missing"
if [ -n "$hf_hooks_why" ]; then
  @FAIL@
fi
