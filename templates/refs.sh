# The ref lines Git gives the hook on stdin, kept for all who read them after: the check,
# git-lfs, node, the chained hook. A push of a few refs keeps them in a variable: builtins
# read them, and here-documents hand them on, so no process is started for them. A push of
# many (--mirror, --tags) spills them to a file, which awk and git read in one go each.
hf_hooks_in=
hf_hooks_lines=
hf_hooks_count=0
hf_hooks_read_refs() {
  while IFS= read -r hf_hooks_line; do
    if [ "$hf_hooks_count" -ge 8 ]; then
      hf_hooks_spill && { printf '%s\n' "$hf_hooks_lines" "$hf_hooks_line" && cat; } >"$hf_hooks_in"
      return
    fi
    if [ "$hf_hooks_count" -gt 0 ]; then
      hf_hooks_lines="$hf_hooks_lines
$hf_hooks_line"
    else
      hf_hooks_lines=$hf_hooks_line
    fi
    hf_hooks_count=$((hf_hooks_count + 1))
  done
  # A last line without a newline (never from Git) is kept byte for byte, in a file.
  [ -n "$hf_hooks_line" ] || return 0
  hf_hooks_spill || return
  if [ "$hf_hooks_count" -gt 0 ]; then printf '%s\n%s' "$hf_hooks_lines" "$hf_hooks_line"; else printf '%s' "$hf_hooks_line"; fi >"$hf_hooks_in"
}
hf_hooks_spill() {
  hf_hooks_in=$(mktemp "${TMPDIR:-/tmp}/hf-hooks.XXXXXX") || return 1
  trap 'rm -f "$hf_hooks_in"; exit 130' HUP INT TERM
}
# hf_hooks_feed CMD ARGS...: CMD with the ref lines as its stdin.
hf_hooks_feed() {
  if [ -n "$hf_hooks_in" ]; then
    "$@" <"$hf_hooks_in"
  elif [ "$hf_hooks_count" -eq 0 ]; then
    "$@" </dev/null
  else
    "$@" <<HF_HOOKS_REFS
$hf_hooks_lines
HF_HOOKS_REFS
  fi
}
# The ref lines become this shell's own stdin again, for the hook it hands over to.
hf_hooks_restore_stdin() {
  if [ -n "$hf_hooks_in" ]; then
    exec <"$hf_hooks_in"
    hf_hooks_drop
  elif [ "$hf_hooks_count" -eq 0 ]; then
    exec </dev/null
  else
    exec <<HF_HOOKS_REFS
$hf_hooks_lines
HF_HOOKS_REFS
  fi
}
hf_hooks_drop() {
  [ -z "$hf_hooks_in" ] || rm -f "$hf_hooks_in"
}
