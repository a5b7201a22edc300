// What the HTTPS findings say: what is wrong, why, and commands that work when pasted.
// Provider words (how to store a token, settings pages) come from the provider.
import { type Finding, finding, setUrl } from '../findings.ts';
import { maskToken } from '../mask.ts';
import { sshHostFor } from '../providers/index.ts';
import { type LocalToken, type Provider, type Repo, type TokenCheck } from '../providers/types.ts';
import { type Remote, repoPath } from '../remote.ts';
import { type GitCredential } from './credentials.ts';

export interface Guidance {
  remoteName?: string;
  provider: Provider;
  scheme: string;
  host: string;
  /** host[:port], as credential helpers key it. */
  hostPort: string;
  url: string;
  repo?: Repo;
  sshUrl?: string;
}

export function guidanceFor(remote: Remote, provider: Provider, remoteName: string | undefined): Guidance {
  const host = remote.host ?? '';
  const path = repoPath(remote.path);
  const official = provider.hosts.includes(host);
  return {
    remoteName, provider, scheme: remote.transport, host, hostPort: remote.port ? `${host}:${remote.port}` : host, url: remote.url, repo: remote.repo,
    ...(official && path && { sshUrl: `git@${sshHostFor(provider, host)}:${path}` }),
  };
}

export function noCredential(c: Guidance, local: LocalToken[]): Finding {
  const have = local[0]
    ? `You do have a ${c.provider.label} token in ${local[0].source}, but Git does not read it.`
    : `Git would ask for a user name and password, and ${c.provider.label} wants an access token, not your password.`;
  const handOver = local[0] && c.provider.storeLocalToken?.(local[0]);
  return finding('https.no-credential', 'error',
    `Git has no credential for ${c.scheme}://${c.hostPort}, so this push cannot authenticate.\n${have}`,
    [
      ...(handOver ? [`${handOver}    # store that token for Git`] : []),
      ...c.provider.storeToken,
      ...(c.sshUrl ? [`or use SSH with a registered key: ${setUrl(c.remoteName, c.sshUrl)}`] : []),
    ],
    c.provider.tokensPage);
}

export function hostAlias(c: Guidance, alias: { host: string }): Finding {
  const port = c.hostPort.slice(c.host.length);
  return finding('https.host-alias', 'error',
    `Git has a credential for ${alias.host}${port}, but this remote says ${c.hostPort}.\n` +
      'Credential helpers match the host name exactly, so Git would find nothing for this push and ask for a password.',
    [
      `${setUrl(c.remoteName, c.url.replace(/^(\w+:\/\/)([^/@]*@)?[^/:]+/, `$1$2${alias.host}`))}    # use the host the token is stored for`,
      `or copy the credential to ${c.host}: printf 'protocol=${c.scheme}\\nhost=${alias.host}${port}\\n\\n' | git credential fill | sed 's/^host=.*/host=${c.hostPort}/' | git credential approve`,
    ],
    c.provider.tokensPage);
}

export function passwordNotToken(c: Guidance, cred: GitCredential, why: string): Finding {
  return finding('https.password-not-token', 'error',
    `The password Git has stored for ${cred.username ? `${cred.username}@` : ''}${c.hostPort} is not an access token: ${why}.\n` +
      'The server would answer "Authentication failed".',
    [
      `Create a token with write access: ${c.provider.tokensPage ?? `the token settings of ${c.host}`}`,
      `${reject(c)}    # forget the stored password`,
      ...c.provider.storeToken,
    ],
    c.provider.tokensPage);
}

export function envOverride(provider: Provider, t: LocalToken): Finding {
  const handOver = provider.storeLocalToken?.(t);
  return finding('token.env-override', 'info',
    `Git pushes with the token stored in its credential helper, not the one in ${t.source} (${maskToken(t.token)}).\n` +
      `${provider.localTools ?? `${provider.label}'s tools`} use ${t.source} first; git never reads it, so the two can disagree.`,
    handOver ? [`${handOver}    # if Git should use that one too`] : []);
}

export function unreachable(api: string, detail: string): Finding {
  return finding('api.unreachable', 'warn',
    `Could not ask ${api} whether the token may push: ${detail}.\n` +
      'hf-hooks cannot confirm the token, so it lets Git try.',
    [`hf-hooks.timeout is the budget in ms (git config hf-hooks.timeout 8000); HF_HOOKS=0 skips the check`]);
}

export const notValidated = (provider: Provider): Finding =>
  finding('token.not-validated', 'info', `Offline: not confirmed with ${provider.label} whether this token is valid and may push here.`);

const reject = (c: Guidance) => `printf 'protocol=${c.scheme}\\nhost=${c.hostPort}\\n\\n' | git credential reject`;

export function tokenFinding(t: TokenCheck, c: Guidance, api: string): Finding {
  const page = c.provider.tokensPage;
  const where = c.repo ? `${c.repo.namespace ? `${c.repo.namespace}/` : ''}${c.repo.name}` : c.hostPort;
  const store = c.provider.storeToken;
  switch (t.kind) {
    case 'ok':
      return finding('token.ok', 'ok', `Git pushes to ${c.hostPort} as ${t.user} (token role: ${t.role})${t.note ? `; ${t.note}` : ''}.`);
    case 'invalid':
      return finding('token.invalid', 'error',
        `The token Git has stored for ${c.hostPort} is not valid: ${api} rejected it (401).\n` +
          'It was revoked, deleted or mistyped; the push would fail with "Authentication failed".',
        [`Create a new token: ${page ?? `the token settings of ${c.host}`}`, `${reject(c)}    # forget the dead one`, ...store],
        page);
    case 'read-only':
      return finding('token.read-only', 'error',
        `The token Git would push with (${t.user}) is read-only: ${t.detail}.\n` +
          `${c.provider.label} lets it clone but refuses the push ("DENIED ... forbidden").`,
        [`Create a token with write access (role "write", or fine-grained with "repo.write" on ${c.repo?.namespace ?? where}): ${page ?? ''}`, `${reject(c)}    # forget the read-only one`, ...store],
        page);
    case 'no-write': {
      const owner = t.namespace.split('/')[0];
      const own = owner === t.user;
      return finding('token.no-write-access', t.detail.includes('contributor') ? 'warn' : 'error',
        `${t.user}'s token cannot push to ${where}: ${t.detail}.\n` +
          `${c.provider.label} would refuse the push after the upload.`,
        [
          own
            ? `Create a token with the "write" role, or a fine-grained one with "repo.write" on ${owner}: ${page ?? ''}`
            : `Ask an admin of ${owner} for the "write" role, or use a fine-grained token with "repo.write" on ${owner}: ${page ?? ''}`,
          ...(!own && c.repo?.name ? [`or push to your own namespace: ${setUrl(c.remoteName, c.url.replace(/\/[^/]+\/[^/]+\/?$/, `/${t.user}/${c.repo.name}`))}`] : []),
          ...(own ? [reject(c), ...store] : []),
        ],
        page);
    }
    case 'expired':
      return finding('token.expired', 'error',
        `The token Git has stored for ${c.hostPort}${t.user ? ` (${t.user})` : ''} expired on ${t.when}.\n` +
          'The push would fail with "Authentication failed".',
        [`Create a new token: ${page ?? ''}`, `${reject(c)}`, ...store],
        page);
    case 'unknown':
      return unreachable(api, t.detail);
  }
}
