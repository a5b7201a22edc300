# >>> hf-hooks@CREATED@ >>>
# Checks that this push will authenticate (`npx hf-hooks uninstall` removes this block).
@CHECK@
# <<< hf-hooks <<<
