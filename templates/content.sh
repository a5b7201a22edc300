# Whether what this push adds holds anything the content guard must read in node: a file of
# 100 KiB or more (which rev-list's own filter sets apart, printed as "~<oid>"), or a
# README.md (its metadata). When git cannot walk (a shallow clone), node looks too.
# (hooks/content/ is the rest of the guard.) A fixed number of processes, whatever the
# number of refs: many refs reach rev-list on its stdin, not as arguments.
hf_hooks_content() {
  case $1 in */* | *:*) hf_hooks_tracking= ;; *) hf_hooks_tracking="--remotes=$1" ;; esac
  hf_hooks_seek='/^~/ || $2 == "README.md" || $1 == "unwalkable" { found = 1; exit } END { exit !found }'
  if [ -n "$hf_hooks_in" ]; then
    # `--not X --not`: X is excluded, and what comes on stdin (tips, ^what the remote has) is
    # read as given by every Git (before 2.42 a trailing --not also applied to stdin).
    awk '$2 ~ /[^0]/ { print $2 } $4 ~ /[^0]/ { print "^" $4 }' "$hf_hooks_in" |
      { git rev-list --objects --ignore-missing --filter=blob:limit=102400 --filter-print-omitted --not $hf_hooks_tracking --not --stdin 2>/dev/null || echo unwalkable; } |
      awk "$hf_hooks_seek"
    return
  fi
  hf_hooks_tips=
  hf_hooks_have=
  while read -r hf_hooks_lref hf_hooks_loid hf_hooks_rref hf_hooks_roid; do
    case $hf_hooks_loid in *[!0]*) hf_hooks_tips="$hf_hooks_tips $hf_hooks_loid" ;; esac
    case $hf_hooks_roid in *[!0]*) hf_hooks_have="$hf_hooks_have $hf_hooks_roid" ;; esac
  done <<HF_HOOKS_REFS
$hf_hooks_lines
HF_HOOKS_REFS
  [ -n "$hf_hooks_tips" ] || return 1
  # shellcheck disable=SC2086 # oids, one per word
  { git rev-list --objects --ignore-missing --filter=blob:limit=102400 --filter-print-omitted $hf_hooks_tips --not $hf_hooks_have $hf_hooks_tracking 2>/dev/null || echo unwalkable; } |
    awk "$hf_hooks_seek"
}
