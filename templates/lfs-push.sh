# git-lfs's own pre-push, which `git lfs install` cannot put beside this hook: it replaces
# only hook files it wrote ("Hook already exists: pre-push", git-lfs lfs/hook.go). Run here
# once, after the check and before the pack, for a repository that uses LFS (even with
# HF_HOOKS=0: it is not a check). GIT_LFS_SKIP_PUSH then makes every later
# `git lfs pre-push` (a chained git-lfs hook, a line in a husky script) do nothing
# (git-lfs commands/command_pre_push.go), so the upload runs exactly once.
if [ -z "${GIT_LFS_SKIP_PUSH:-}" ] && command -v git-lfs >/dev/null 2>&1 && hf_hooks_uses_lfs; then
  hf_hooks_feed git lfs pre-push "$@" || {
    hf_hooks_rc=$?
    hf_hooks_drop
    exit $hf_hooks_rc
  }
  GIT_LFS_SKIP_PUSH=1
  export GIT_LFS_SKIP_PUSH
fi
