#!/bin/sh
# hf-hooks pre-push runner of this machine, version @VERSION@: what a committed hook block
# (a husky .husky/pre-push) runs, as `RUNNER pre-push REMOTE URL` with the ref lines on
# stdin, like `hf-hooks pre-push`. Written by `npx hf-hooks install`; never committed.
[ "${1:-}" = pre-push ] && shift
@CHECK@
hf_hooks_drop
exit 0
