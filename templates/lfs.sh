# Whether this push is in a repository that uses Git LFS: git-lfs keeps objects here, or
# the attributes of a pushed commit (or of the repository) send files through the LFS filter.
hf_hooks_uses_lfs() {
  hf_hooks_git_dir=$(git rev-parse --git-common-dir 2>/dev/null) || return 1
  [ -d "$hf_hooks_git_dir/lfs/objects" ] && return 0
  grep -qs 'filter=lfs' "$hf_hooks_git_dir/info/attributes" && return 0
  while read -r hf_hooks_lref hf_hooks_loid hf_hooks_rref hf_hooks_roid; do
    case $hf_hooks_loid in *[!0]*) ;; *) continue ;; esac
    git cat-file blob "$hf_hooks_loid:.gitattributes" 2>/dev/null | grep -q 'filter=lfs' && return 0
  done <"$hf_hooks_in"
  return 1
}
