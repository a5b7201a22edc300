// Who could answer a prompt during this push. Not hf-hooks' own children (they never
// prompt, process.ts), but the user's Git and ssh: when they can ask, a passphrase key,
// an unknown host key or a missing password is a question, not a failure. Pure.

export interface CanAsk {
  /** ssh can ask for a key's passphrase or about an unknown host key. */
  ssh: boolean;
  /** Git can ask for a user name and password. */
  git: boolean;
}

const set = (v: string | undefined): v is string => v !== undefined && v !== '';

/**
 * OpenSSH readpass.c read_passphrase(): /dev/tty when it opens; otherwise askpass when
 * SSH_ASKPASS_REQUIRE=force, or DISPLAY / WAYLAND_DISPLAY is set (and =never forbids it).
 * hf-hooks counts askpass only when SSH_ASKPASS names one. BatchMode=yes disables both.
 */
export function sshCanAsk(env: NodeJS.ProcessEnv, terminal: boolean, batchMode: boolean): boolean {
  if (batchMode) return false;
  if (terminal) return true;
  const require = env.SSH_ASKPASS_REQUIRE?.toLowerCase();
  if (!set(env.SSH_ASKPASS) || require === 'never') return false;
  return require === 'force' || set(env.DISPLAY) || set(env.WAYLAND_DISPLAY);
}

// git_parse_maybe_bool: an empty value is false too.
const FALSE = new Set(['', '0', 'false', 'no', 'off']);

/**
 * The askpass Git prompts through (prompt.c git_prompt()): the first of GIT_ASKPASS,
 * core.askPass, SSH_ASKPASS that is set; an empty one ends the search. do_askpass() runs
 * it with the prompt as its one argument (no shell) and keeps the first line it prints.
 */
export function askpassOf(env: NodeJS.ProcessEnv, coreAskPass: string | undefined): string | undefined {
  const askpass = env.GIT_ASKPASS ?? coreAskPass ?? env.SSH_ASKPASS;
  return set(askpass) ? askpass : undefined;
}

/** git_prompt() again: an askpass, else the terminal unless GIT_TERMINAL_PROMPT is false. */
export function gitCanAsk(env: NodeJS.ProcessEnv, terminal: boolean, coreAskPass: string | undefined): boolean {
  if (askpassOf(env, coreAskPass)) return true;
  const prompt = env.GIT_TERMINAL_PROMPT;
  return terminal && !(prompt !== undefined && FALSE.has(prompt.toLowerCase()));
}
