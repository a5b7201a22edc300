// Which URL Git matched its credential config against when it reached hf-hooks' helper.
// Git applies `credential.<url>` sections to the whole URL, path included, then hands the
// helpers only protocol and host unless credential.useHttpPath is set (credential.c
// credential_apply_config). So a helper scoped to a repository path is one Git asks for
// that repository, yet invisible in what Git tells us. The URL comes from the process that
// asked: a remote helper (`git-remote-https <remote> <url>`) carries it in its argv. Pure.
import { pathScopedFor } from '../net/urlmatch.ts';

/** The URL to ask the whole helper chain about, as Git did; or silence, when it cannot be known. */
export type AskedUrl = { url: string } | { silent: string };

/** Shells between Git and this helper (Git runs `!f() {...}; f get` through sh -c). */
const SHELL = /^-?(sh|bash|dash|zsh|ksh|mksh|ash|busybox)$/;

const base = (argv0: string) => argv0.slice(argv0.lastIndexOf('/') + 1).replace(/\.exe$/i, '');

/**
 * The URL of the remote helper that asked, from its argv: `git-remote-https <remote> <url>`,
 * or `git remote-https <remote> <url>` (transport-helper.c get_helper). Undefined when the
 * nearest non-shell ancestor is anything else (`git credential fill` from another tool,
 * git-lfs): what that one was asked is not ours to see.
 */
export function remoteHelperUrl(ancestors: string[][]): string | undefined {
  for (const argv of ancestors) {
    const name = base(argv[0] ?? '');
    if (SHELL.test(name)) continue;
    if (/^git-remote-(https?|ftps?)$/.test(name)) return argv[2];
    if (name === 'git' && /^remote-(https?|ftps?)$/.test(argv[1] ?? '')) return argv[3];
    return undefined;
  }
  return undefined;
}

/**
 * What Git matched: the path Git sent (useHttpPath), else the remote helper's URL when it is
 * for the same server, else protocol and host alone. When the asker cannot be seen and a
 * `credential.<url-with-path>` section exists for this server, a helper Git asked may be
 * one we cannot find: silence (DESIGN section 4).
 */
export function askedUrl(attrs: Record<string, string>, ancestors: string[][] | undefined, credentialSections: string[]): AskedUrl {
  const user = attrs.username ? `${encodeURIComponent(attrs.username)}@` : '';
  const origin = `${attrs.protocol}://${attrs.host}`;
  if (attrs.path) return { url: `${attrs.protocol}://${user}${attrs.host}/${attrs.path}` };
  const remote = ancestors && remoteHelperUrl(ancestors);
  const path = remote && pathOf(remote, origin);
  if (path !== undefined) return { url: `${attrs.protocol}://${user}${attrs.host}${path}` };
  const scoped = credentialSections.find((pattern) => pathScopedFor(`${origin}/`, pattern));
  return scoped ? { silent: `credential.${scoped}.* applies to some repositories of ${origin}, and the URL Git asked about cannot be seen here` } : { url: `${origin}/` };
}

/** The path of `url` when it is on the server `origin` (userinfo ignored); else undefined. */
function pathOf(url: string, origin: string): string | undefined {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`.toLowerCase() === origin.toLowerCase() ? u.pathname : undefined;
  } catch {
    return undefined;
  }
}

/** Git's commands that read a repository; the others of interest push. */
const READS = new Set(['fetch', 'clone', 'pull', 'ls-remote', 'remote', 'submodule']);

/**
 * Whether the Git that asked is pushing or reading (a clone, a fetch, a pull): the command of
 * the nearest `git <command>` among the callers (`git -c k=v fetch`: options skipped).
 * Undefined when none is seen (then the helper speaks of a push, as before it could tell).
 */
export function gitOperation(ancestors: string[][] | undefined): 'push' | 'fetch' | undefined {
  for (const argv of ancestors ?? []) {
    if (base(argv[0] ?? '') !== 'git') continue;
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i];
      if (a === '-c' || a === '-C' || a === '--git-dir' || a === '--work-tree') i++;
      else if (a.startsWith('-')) continue;
      else if (a === 'push') return 'push';
      else if (READS.has(a)) return 'fetch';
      else break;
    }
  }
  return undefined;
}
