// Findings about the push URL itself; no network, no files.
import { type Config } from './config.ts';
import { type Finding, finding, setUrl } from './findings.ts';
import { storeContext } from './https/store.ts';
import { type StoreContext } from './providers/types.ts';
import { ALL_TOKEN_PATTERNS, PROVIDERS, sshHostFor } from './providers/index.ts';
import { type Remote, type UrlProblem, isLoopback, repoPath, withoutUserinfo } from './remote.ts';

/** `remoteName` is undefined when the push goes to a URL that belongs to no remote. */
export function checkUrl(remoteName: string | undefined, remote: Remote | UrlProblem, config: Config, env: NodeJS.ProcessEnv): Finding[] {
  if ('error' in remote) return [unusable(remoteName, remote)];
  // In CI a token in the URL is the documented pattern (hub-docs spaces-github-actions.md:
  // `git push https://USER:$HF_TOKEN@huggingface.co/spaces/...`), read from a secret.
  const ci = env.CI !== undefined && !['', '0', 'false'].includes(env.CI.toLowerCase());
  return [ci ? undefined : embeddedCredential(remoteName, remote, storeContext(remote, config, env)), insecureHttp(remoteName, remote), readOnlyProtocol(remoteName, remote)]
    .filter((f): f is Finding => f !== undefined);
}

const pushUrlOf = (remoteName: string | undefined) => (remoteName ? `The push URL of '${remoteName}'` : 'The push URL');

function unusable(remoteName: string | undefined, problem: UrlProblem): Finding {
  const hub = PROVIDERS.huggingface;
  const id = problem.unsupported ? 'url.unsupported' : 'url.malformed';
  return finding(id, 'warn',
    `${pushUrlOf(remoteName)} cannot be checked: ${problem.error}.\n` +
      'hf-hooks cannot tell whether a push there will authenticate, so it lets Git try.',
    [
      'git remote -v    # see the URL as Git has it',
      ...(remoteName ? [`git remote set-url ${remoteName} https://${hub.hosts[0]}/<namespace>/<repo>    # or git@${hub.sshHost}:<namespace>/<repo>`] : []),
    ]);
}

const looksLikeToken = (text: string): boolean => ALL_TOKEN_PATTERNS.some((p) => new RegExp(p.source).test(text));

function embeddedCredential(remoteName: string | undefined, remote: Remote, store: StoreContext): Finding | undefined {
  if (remote.password === undefined && !(remote.user && looksLikeToken(remote.user))) return undefined;
  const provider = PROVIDERS[remote.provider];
  return finding('url.embedded-credential', 'warn',
    `${pushUrlOf(remoteName)} has a password or token written into it (${remote.url}).\n` +
      'Git keeps it in plain text in .git/config and shows it in errors, logs and `git remote -v`.',
    [
      setUrl(remoteName, withoutUserinfo(remote.url)),
      ...provider.storeToken(store),
      ...(provider.tokensPage ? [`If this config was ever shared or committed, revoke the token at ${provider.tokensPage}`] : []),
    ],
    provider.tokensPage);
}

function insecureHttp(remoteName: string | undefined, remote: Remote): Finding | undefined {
  if (remote.transport !== 'http' || isLoopback(remote.host)) return undefined;
  return finding('url.insecure-http', 'warn',
    `${pushUrlOf(remoteName)} uses http://, so your credentials cross the network unencrypted.\n` +
      'Anyone on the path can read the token and push as you.',
    [setUrl(remoteName, withoutUserinfo(remote.url).replace(/^http:/i, 'https:'))]);
}

function readOnlyProtocol(remoteName: string | undefined, remote: Remote): Finding | undefined {
  if (remote.transport !== 'git') return undefined;
  const path = repoPath(remote.path);
  const sshHost = sshHostFor(PROVIDERS[remote.provider], remote.host ?? '');
  return finding('url.read-only-protocol', 'error',
    `${pushUrlOf(remoteName)} uses git://, which is read-only.\n` +
      'The git:// protocol has no authentication, so every server refuses a push over it.',
    [
      `${setUrl(remoteName, `https://${remote.host}/${path}`, { push: true })}    # HTTPS with an access token`,
      `${setUrl(remoteName, `git@${sshHost}:${path}`, { push: true })}    # or SSH with a registered key`,
    ]);
}
