// Findings about the push URL itself; no network, no files.
import { type Finding, finding } from '../findings.ts';
import { ALL_TOKEN_PATTERNS, PROVIDERS } from '../providers/index.ts';
import { type Remote, type UrlProblem, isLoopback, repoPath, withoutUserinfo } from '../remote.ts';

export function checkUrl(remoteName: string, remote: Remote | UrlProblem): Finding[] {
  if ('error' in remote) return [unusable(remoteName, remote)];
  return [embeddedCredential(remoteName, remote), insecureHttp(remoteName, remote), readOnlyProtocol(remoteName, remote)]
    .filter((f): f is Finding => f !== undefined);
}

function unusable(remoteName: string, problem: UrlProblem): Finding {
  const id = problem.unsupported ? 'url.unsupported' : 'url.malformed';
  return finding(id, 'warn',
    `The push URL of '${remoteName}' cannot be checked: ${problem.error}.\n` +
      'hf-hooks cannot tell whether a push there will authenticate, so it lets Git try.',
    [
      'git remote -v    # see the URL as Git has it',
      `git remote set-url ${remoteName} https://huggingface.co/<namespace>/<repo>    # or git@hf.co:<namespace>/<repo>`,
    ]);
}

const looksLikeToken = (text: string): boolean => ALL_TOKEN_PATTERNS.some((p) => new RegExp(p.source).test(text));

function embeddedCredential(remoteName: string, remote: Remote): Finding | undefined {
  if (remote.password === undefined && !(remote.user && looksLikeToken(remote.user))) return undefined;
  const provider = PROVIDERS[remote.provider];
  const store = remote.provider === 'huggingface'
    ? 'hf auth login --add-to-git-credential    # keeps the token in your credential helper instead'
    : "git config --global credential.helper store    # or 'cache', or your OS credential manager; Git asks once, then remembers";
  return finding('url.embedded-credential', 'warn',
    `The push URL of '${remoteName}' has a password or token written into it (${remote.url}).\n` +
      'Git keeps it in plain text in .git/config and shows it in errors, logs and `git remote -v`.',
    [
      `git remote set-url ${remoteName} ${withoutUserinfo(remote.url)}`,
      store,
      ...(provider.tokensPage ? [`If this config was ever shared or committed, revoke the token at ${provider.tokensPage}`] : []),
    ],
    provider.tokensPage);
}

function insecureHttp(remoteName: string, remote: Remote): Finding | undefined {
  if (remote.transport !== 'http' || isLoopback(remote.host)) return undefined;
  return finding('url.insecure-http', 'warn',
    `The push URL of '${remoteName}' uses http://, so your credentials cross the network unencrypted.\n` +
      'Anyone on the path can read the token and push as you.',
    [`git remote set-url ${remoteName} ${withoutUserinfo(remote.url).replace(/^http:/i, 'https:')}`]);
}

function readOnlyProtocol(remoteName: string, remote: Remote): Finding | undefined {
  if (remote.transport !== 'git') return undefined;
  const path = repoPath(remote.path);
  const sshHost = remote.provider === 'huggingface' && PROVIDERS.huggingface.hosts.includes(remote.host ?? '') ? 'hf.co' : remote.host;
  return finding('url.read-only-protocol', 'error',
    `The push URL of '${remoteName}' uses git://, which is read-only.\n` +
      'The git:// protocol has no authentication, so every server refuses a push over it.',
    [
      `git remote set-url --push ${remoteName} https://${remote.host}/${path}    # HTTPS with an access token`,
      `git remote set-url --push ${remoteName} git@${sshHost}:${path}    # or SSH with a registered key`,
    ]);
}
