// What every entry point hands the engine: one push destination, the phase of the push
// it runs in, and what that moment allows. Entries only adapt their input into these.
import { type Config } from './config.ts';
import { gitCanAsk } from './prompts.ts';
import { type RefUpdate } from './refs.ts';
import { type Remote, type UrlProblem, classify, repoPath, sameServer } from './remote.ts';

/**
 * Where in a push the check runs. `ssh-connect`: the core.sshCommand wrapper, before Git
 * connects. `credential-get`: no helper had a credential. `credential-erase`: the server
 * rejected one. `pre-push`: Git's hook, refs known. `doctor`: by hand, nothing is pushed.
 */
export type Phase = 'ssh-connect' | 'credential-get' | 'credential-erase' | 'pre-push' | 'doctor';

export interface Context {
  config: Config;
  /** May the check contact servers (false for doctor --offline). */
  network: boolean;
  /** Epoch ms by which all network work must be done. */
  deadline: number;
  /** Whether a terminal is there for ssh or Git to ask on (/dev/tty opens). */
  terminal: boolean;
  /** Whether Git itself could ask for a user name and password (prompts.ts). */
  gitCanAsk: boolean;
  /** doctor --ref: the local ref a push would send (default: the current branch). */
  pushRef?: string;
  /** What Git is doing: a push (the default), or reading (clone, fetch, pull: the fetch phase). */
  op?: 'push' | 'fetch';
}

/** The context of one check: the whole network budget starts now. */
export function contextFor(config: Config, fx: { env: NodeJS.ProcessEnv; now(): number; terminal(): boolean }, network = true): Context {
  const terminal = fx.terminal();
  return { config, network, deadline: fx.now() + config.timeoutMs, terminal, gitCanAsk: gitCanAsk(fx.env, terminal, config.askPass) };
}

export interface Target {
  /** The remote's name: the one Git gave, or the remote whose push URL this is. */
  remote?: string;
  url: string;
  /** The URL read the way Git reads it, or why it cannot be. */
  parsed: Remote | UrlProblem;
  /** The refs being pushed, when Git said (pre-push). */
  refs?: RefUpdate[];
  /** The credential Git just sent and the server rejected (credential-erase). */
  credential?: { username?: string; password?: string };
  /** The URL exactly as Git asked the credential helpers about it (credential-get, -erase). */
  asked?: string;
}

export interface TargetInput {
  url: string;
  /** What Git called the destination: a remote name, or the URL again when there is none. */
  remote?: string;
  refs?: RefUpdate[];
  credential?: Target['credential'];
  asked?: string;
}

/**
 * A target from what an entry knows. A name Git gave is kept; otherwise the remote whose
 * push URL reaches the same server and repository is found, so fixes can name it. When
 * the input has no repository path (a credential request without useHttpPath), that
 * remote's URL stands in for it.
 */
export function targetFor(input: TargetInput, config: Config): Target {
  const parsed = classify(input.url, config);
  const base = { ...(input.refs && { refs: input.refs }), ...(input.credential && { credential: input.credential }), ...(input.asked && { asked: input.asked }) };
  // Git passes the URL again as the name when the push names no remote (githooks(5), pre-push).
  if (input.remote && input.remote !== input.url) return { remote: input.remote, url: input.url, parsed, ...base };
  if ('error' in parsed) return { url: input.url, parsed, ...base };
  const match = findRemote(parsed, config);
  if (!match) return { url: input.url, parsed, ...base };
  return !repoPath(parsed.path) ? { remote: match.name, url: match.url, parsed: match.parsed, ...base } : { remote: match.name, url: input.url, parsed, ...base };
}

function findRemote(asked: Remote, config: Config): { name: string; url: string; parsed: Remote } | undefined {
  const wanted = repoPath(asked.path);
  for (const [name, urls] of Object.entries(config.remotes)) {
    for (const url of urls) {
      const c = classify(url, config);
      if ('error' in c || !sameServer(c, asked)) continue;
      if (!wanted || repoPath(c.path) === wanted) return { name, url, parsed: c };
    }
  }
  return undefined;
}
