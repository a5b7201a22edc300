# What the shims need from the platform, found among what it has (GNU, busybox, macOS):
# a SHA-256 and a deadline. Every marker has the same name whichever tool made it.
#
# hf_hooks_sha256: prints the SHA-256 of stdin in hex (and fails if it cannot). The fastest tool first:
# sha256sum (GNU, busybox), openssl (OpenSSL, or LibreSSL on macOS), shasum (Perl, macOS).
hf_hooks_sha256() {
  if command -v sha256sum >/dev/null 2>&1; then hf_hooks_hex=$(sha256sum)
  elif command -v openssl >/dev/null 2>&1; then hf_hooks_hex=$(openssl dgst -sha256)
  elif command -v shasum >/dev/null 2>&1; then hf_hooks_hex=$(shasum -a 256)
  else return 1
  fi || return 1
  # "HEX  -" (sha256sum, shasum), "SHA2-256(stdin)= HEX" (OpenSSL 3), "(stdin)= HEX" or "HEX" (LibreSSL).
  hf_hooks_hex=${hf_hooks_hex##*= }
  hf_hooks_hex=${hf_hooks_hex%% *}
  case $hf_hooks_hex in *[!0-9a-f]* | '') return 1 ;; esac
  [ ${#hf_hooks_hex} -eq 64 ] || return 1
  printf '%s' "$hf_hooks_hex"
}
# hf_hooks_credential_hash PASSWORD: prints what names a credential in the ready markers
# (hooks/cache.ts readyKey): the SHA-256 of the version and the password, never the password.
# A pipe, not a here-document: some shells (bash 3.2, macOS's sh) keep those in files.
hf_hooks_credential_hash() {
  printf '%s\n%s\n' '@VERSION@' "$1" | hf_hooks_sha256
}
# hf_hooks_bounded CMD ARGS...: CMD with this shell's stdin, ended after a second if it has not
# finished (a credential helper or an agent that never answers must not hold a push). timeout(1)
# where there is one (it ends CMD's whole process group); elsewhere (macOS) a watchdog in sh.
# It ends CMD's process group too where the shell can give CMD one (bash, macOS's sh, with
# `set -m`); where it cannot (dash without a terminal), it ends CMD, and what CMD started goes
# on alone but no longer holds the push (git's helpers talk to git through pipes of their own).
hf_hooks_bounded() {
  if command -v timeout >/dev/null 2>&1; then
    timeout 1 "$@"
    return
  fi
  set -m 2>/dev/null
  # An asynchronous command gets /dev/null as stdin unless it is given one: fd 3 carries ours.
  { "$@" <&3 3<&- & } 3<&0
  hf_hooks_pid=$!
  set +m 2>/dev/null
  (
    sleep 1
    kill -9 "-$hf_hooks_pid" 2>/dev/null || kill -9 "$hf_hooks_pid"
  ) </dev/null >/dev/null 2>&1 &
  hf_hooks_dog=$!
  hf_hooks_rc=0
  wait "$hf_hooks_pid" || hf_hooks_rc=$?
  kill "$hf_hooks_dog" 2>/dev/null
  return $hf_hooks_rc
}
