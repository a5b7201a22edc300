# Whether this push is in a repository that uses Git LFS: git-lfs keeps objects here, or
# the attributes of a pushed commit (or of the repository) send files through the LFS filter.
# For a push of many refs the answer is worked out beside the content scan (hf_hooks_lfs_early:
# the two walk the same commits, one core each), and collected once.
hf_hooks_lfs_pid=
hf_hooks_lfs_said=
hf_hooks_lfs_early() {
  hf_hooks_lfs_now </dev/null >/dev/null 2>&1 &
  hf_hooks_lfs_pid=$!
}
hf_hooks_uses_lfs() {
  if [ -n "$hf_hooks_lfs_pid" ]; then
    hf_hooks_lfs_said=0
    wait "$hf_hooks_lfs_pid" || hf_hooks_lfs_said=$?
    hf_hooks_lfs_pid=
  fi
  [ -z "$hf_hooks_lfs_said" ] || return "$hf_hooks_lfs_said"
  hf_hooks_lfs_now
}
hf_hooks_lfs_now() {
  # This hook sits in <git dir>/hooks unless core.hooksPath moved it: then git says where.
  hf_hooks_git_dir=${0%/*}/..
  [ -f "$hf_hooks_git_dir/HEAD" ] && [ -d "$hf_hooks_git_dir/objects" ] || hf_hooks_git_dir=$(git rev-parse --git-common-dir 2>/dev/null) || return 1
  [ -d "$hf_hooks_git_dir/lfs/objects" ] && return 0
  [ -f "$hf_hooks_git_dir/info/attributes" ] && grep -qs 'filter=lfs' "$hf_hooks_git_dir/info/attributes" && return 0
  if [ -n "$hf_hooks_in" ]; then
    # Many refs: every pushed commit's .gitattributes in one git process.
    awk '$2 ~ /[^0]/ { print $2 ":.gitattributes" }' "$hf_hooks_in" | git cat-file --batch 2>/dev/null | grep -q 'filter=lfs'
    return
  fi
  while read -r hf_hooks_lref hf_hooks_loid hf_hooks_rref hf_hooks_roid; do
    case $hf_hooks_loid in *[!0]*) ;; *) continue ;; esac
    hf_hooks_attrs=$(git cat-file blob "$hf_hooks_loid:.gitattributes" 2>/dev/null) || continue
    case $hf_hooks_attrs in *filter=lfs*) return 0 ;; esac
  done <<HF_HOOKS_REFS
$hf_hooks_lines
HF_HOOKS_REFS
  return 1
}
