# Whether what this push adds holds anything the content guard must read in node: a file of
# 100 KiB or more, or a README.md (its metadata). The same two git processes Git itself would
# need to list the objects; when git cannot walk (a shallow clone), node looks too.
# (hooks/content/ is the rest of the guard.)
hf_hooks_content() {
  hf_hooks_tips=
  hf_hooks_have=
  while read -r hf_hooks_lref hf_hooks_loid hf_hooks_rref hf_hooks_roid; do
    case $hf_hooks_loid in *[!0]*) hf_hooks_tips="$hf_hooks_tips $hf_hooks_loid" ;; esac
    case $hf_hooks_roid in *[!0]*) hf_hooks_have="$hf_hooks_have $hf_hooks_roid" ;; esac
  done <"$hf_hooks_in"
  [ -n "$hf_hooks_tips" ] || return 1
  case $1 in */* | *:*) hf_hooks_tracking= ;; *) hf_hooks_tracking="--remotes=$1" ;; esac
  # shellcheck disable=SC2086 # oids, one per word
  { git rev-list --objects --ignore-missing $hf_hooks_tips --not $hf_hooks_have $hf_hooks_tracking 2>/dev/null || echo unwalkable; } |
    git cat-file --batch-check='%(objecttype) %(objectsize) %(rest)' 2>/dev/null |
    awk '$2 == "missing" || ($1 == "blob" && ($2 >= 102400 || $3 == "README.md")) { found = 1; exit } END { exit !found }'
}
