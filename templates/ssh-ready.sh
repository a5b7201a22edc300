# An SSH push found ready moments ago (hooks/ssh: a key that authenticated, nothing wrong)
# is allowed by the wrapper without node, under a marker named after everything that
# answer depends on: this version, the ssh command, what `ssh -G` resolves for Git's
# destination (user, host, port, identity files, known_hosts files, options), the identity
# files (mode, size, checksum) and the known_hosts files (checksum), the agent's keys,
# hf-hooks.cacheTtl, and who could answer ssh (a terminal, an askpass). A change to any of them misses the marker: the full check runs.
# Built from shell builtins where it can: every process here is paid on every push.
@PORTABLE@
hf_hooks_ready_dir="${XDG_CACHE_HOME:-$HOME/.cache}/hf-hooks/ready"
hf_hooks_ssh_key() {
  [ -z "${GIT_SSH:-}" ] || return 1
  hf_hooks_g=$(eval "${HF_HOOKS_SSH_COMMAND:-ssh} -G \"\$@\"" 2>/dev/null) || return 1
  hf_hooks_home=
  set --
  hf_hooks_conf=
  while IFS= read -r hf_hooks_line; do
    case $hf_hooks_line in
    'sendenv '*) continue ;;
    'identityfile '* | 'userknownhostsfile '* | 'globalknownhostsfile '*)
      for hf_hooks_f in ${hf_hooks_line#* }; do
        case $hf_hooks_f in
        '~'/*)
          # ssh reads ~ from the account's passwd entry, not $HOME; so does ~user in sh.
          if [ -z "$hf_hooks_home" ]; then
            hf_hooks_user=$(id -un 2>/dev/null) || return 1
            case $hf_hooks_user in *[!A-Za-z0-9._-]*) return 1 ;; esac
            eval "hf_hooks_home=~$hf_hooks_user"
          fi
          hf_hooks_f=$hf_hooks_home/${hf_hooks_f#'~/'}
          ;;
        esac
        [ -e "$hf_hooks_f" ] && set -- "$@" "$hf_hooks_f"
        case $hf_hooks_line in 'identityfile '*) [ -e "$hf_hooks_f.pub" ] && set -- "$@" "$hf_hooks_f.pub" ;; esac
      done
      ;;
    esac
    hf_hooks_conf="$hf_hooks_conf$hf_hooks_line
"
  done <<HF_HOOKS_G
$hf_hooks_g
HF_HOOKS_G
  hf_hooks_agent=none
  # An agent that never answers must not hold the push: bounded (portable.sh), and no fast
  # path when it ran out; node then checks, within its own deadline. ssh-add -l exits 0, 1
  # (no keys) or 2 (no agent); anything else (124, 137: ended by the deadline) is no answer.
  if [ -n "${SSH_AUTH_SOCK:-}" ]; then
    hf_hooks_agent=$(SSH_ASKPASS= hf_hooks_bounded ssh-add -l 2>&1 </dev/null)
    [ $? -le 2 ] || return 1
  fi
  # Who could answer ssh here: a key that needs a passphrase, or a host ssh asks about, is
  # fine where a terminal or an askpass can answer and a failure where none can, so a
  # marker made in one context must not be taken in another (prompts.ts sshCanAsk reads
  # the same: /dev/tty, SSH_ASKPASS, SSH_ASKPASS_REQUIRE, DISPLAY, WAYLAND_DISPLAY).
  hf_hooks_ask=notty
  { true <>/dev/tty; } 2>/dev/null && hf_hooks_ask=tty
  hf_hooks_ask="$hf_hooks_ask ${SSH_ASKPASS:-}|${SSH_ASKPASS_REQUIRE:-}|${DISPLAY:+display}|${WAYLAND_DISPLAY:+wayland}"
  hf_hooks_key=$(
    printf '%s\n' '@VERSION@' "${HF_HOOKS_SSH_COMMAND:-ssh}" "$hf_hooks_conf" "$hf_hooks_agent" "$(git config --get hf-hooks.cachettl)" "$hf_hooks_ask"
    if [ $# -gt 0 ]; then ls -lnd "$@"; cksum "$@"; fi
  ) || return 1
  printf '%s' "$hf_hooks_key" | hf_hooks_sha256
}
# A marker that has not expired: its mtime is its expiry (cache.ts markReady), compared with
# a file this run just made ($2), so no process is asked the time.
hf_hooks_marked() {
  [ "$hf_hooks_ready_dir/$1" -nt "$2" ]
}
