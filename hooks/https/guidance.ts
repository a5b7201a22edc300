// What the HTTPS findings say: what is wrong, why, and commands that work when pasted.
// Provider words (how to store a token, settings pages) come from the provider.
import { type Finding, finding, setUrl } from '../findings.ts';
import { maskToken } from '../mask.ts';
import { sshHostFor } from '../providers/index.ts';
import { type LocalToken, type Provider, type Repo, type StoreContext, type TokenCheck } from '../providers/types.ts';
import { type Remote, repoPath, withoutUserinfo } from '../remote.ts';
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
  /** What a fix that stores a token must know to work when pasted. */
  store: StoreContext;
}

export function guidanceFor(remote: Remote, provider: Provider, remoteName: string | undefined, store: StoreContext): Guidance {
  const host = remote.host ?? '';
  const path = repoPath(remote.path);
  const official = provider.hosts.includes(host);
  return {
    remoteName, provider, scheme: remote.transport, host, hostPort: remote.port ? `${host}:${remote.port}` : host, url: remote.url, repo: remote.repo, store,
    ...(official && path && { sshUrl: `git@${sshHostFor(provider, host)}:${path}` }),
  };
}

const sshInstead = (c: Guidance): string[] => (c.sshUrl ? [`or use SSH with a registered key: ${setUrl(c.remoteName, c.sshUrl)}`] : []);

/**
 * Git has nothing stored. When Git can ask (a terminal, an askpass), it will, and a token
 * pasted there works: a warning. When it cannot, the push is sure to fail: an error.
 */
export function noCredential(c: Guidance, local: LocalToken[], canAsk: boolean): Finding {
  const minted = c.provider.mintedToken?.(c.store.env);
  if (minted) {
    return finding('https.token-minted', canAsk ? 'warn' : 'error',
      `Git has no credential for ${c.scheme}://${c.hostPort}: ${minted.why}.\n` +
        (canAsk ? 'Git will ask for a password instead.' : 'Git cannot ask anyone for one here, so this push cannot authenticate.'),
      minted.fix, c.provider.tokensPage);
  }
  const handOver = local[0] && c.provider.storeLocalToken?.(local[0], c.store);
  const store = [...(handOver ? handOver.map((s, i) => (i === handOver.length - 1 ? `${s}    # store that token for Git` : s)) : []), ...(handOver ? [] : c.provider.storeToken(c.store))];
  const have = local[0] && !c.store.bridge ? ` You do have a ${c.provider.label} token in ${local[0].source}, but Git does not read it.` : '';
  if (canAsk) {
    return finding('https.no-credential', 'warn',
      `Git has no stored credential for ${c.scheme}://${c.hostPort}, so it will ask for a user name and password.${have}\n` +
        `Paste an access token as the password: ${c.provider.label} refuses account passwords for Git.`,
      [...store, ...sshInstead(c)], c.provider.tokensPage);
  }
  return finding('https.no-credential', 'error',
    `Git has no credential for ${c.scheme}://${c.hostPort}, and nothing can ask for one here (no terminal, no askpass), so this push cannot authenticate.${have}`,
    [...store, ...sshInstead(c)], c.provider.tokensPage);
}

export function hostAlias(c: Guidance, alias: { host: string }, canAsk: boolean): Finding {
  const port = c.hostPort.slice(c.host.length);
  return finding('https.host-alias', canAsk ? 'warn' : 'error',
    `Git has a credential for ${alias.host}${port}, but this remote says ${c.hostPort}.\n` +
      `Credential helpers match the host name exactly, so Git finds nothing for this push${canAsk ? ' and will ask for a password' : ', and nothing can ask for one here'}.`,
    [
      `${setUrl(c.remoteName, c.url.replace(/^(\w+:\/\/)([^/@]*@)?[^/:]+/, `$1$2${alias.host}`))}    # use the host the token is stored for`,
      `or copy the credential to ${c.host}: printf 'protocol=${c.scheme}\\nhost=${alias.host}${port}\\n\\n' | git credential fill | sed 's/^host=.*/host=${c.hostPort}/' | git credential approve`,
    ],
    c.provider.tokensPage);
}

/** Certain: the shape can never push, or the API refused a secret that is not shaped like a token. */
export function passwordNotToken(c: Guidance, cred: GitCredential, why: string): Finding {
  return finding('https.password-not-token', 'error',
    `The password Git has stored for ${cred.username ? `${cred.username}@` : ''}${c.hostPort} is not an access token: ${why}.\n` +
      'The server would answer "Authentication failed".',
    [
      `Create a token with write access: ${c.provider.tokensPage ?? `the token settings of ${c.host}`}`,
      `${reject(c)}    # forget the stored password`,
      ...c.provider.storeToken(c.store),
    ],
    c.provider.tokensPage);
}

/** A secret of a shape hf-hooks does not know, which nothing could confirm: Git tries. */
export function unverified(c: Guidance, cred: GitCredential, why: string): Finding {
  return finding('token.unverified', 'warn',
    `The password Git has stored for ${cred.username ? `${cred.username}@` : ''}${c.hostPort} may not be an access token: ${why}.\n` +
      `hf-hooks could not confirm it with ${c.provider.label}, so it lets Git try.`,
    [`If the push is refused, create a token: ${c.provider.tokensPage ?? `the token settings of ${c.host}`}`, `${reject(c)}    # then forget the stored password`, ...c.provider.storeToken(c.store)],
    c.provider.tokensPage);
}

export function envOverride(c: Guidance, t: LocalToken): Finding {
  const handOver = c.provider.storeLocalToken?.(t, c.store);
  return finding('token.env-override', 'info',
    `Git pushes with the token stored in its credential helper, not the one in ${t.source} (${maskToken(t.token)}).\n` +
      `${c.provider.localTools ?? `${c.provider.label}'s tools`} use ${t.source} first; git never reads it, so the two can disagree.`,
    handOver ? [...handOver.slice(0, -1), `${handOver[handOver.length - 1]}    # if Git should use that one too`] : []);
}

export function unreachable(api: string, detail: string): Finding {
  return finding('api.unreachable', 'warn',
    `Could not ask ${api} whether the token may push: ${detail}.\n` +
      'hf-hooks cannot confirm the token, so it lets Git try.',
    [`hf-hooks.timeout is the budget in ms (git config hf-hooks.timeout 8000); HF_HOOKS=0 skips the check`]);
}

export const notValidated = (provider: Provider, why = 'Offline'): Finding =>
  finding('token.not-validated', 'info', `${why}: not confirmed with ${provider.label} whether this token is valid and may push here.`);

const reject = (c: Guidance) => `printf 'protocol=${c.scheme}\\nhost=${c.hostPort}\\n\\n' | git credential reject`;

const WEEK = 7 * 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A token that works today and stops within a week: say when, while there is time. */
export function expiring(c: Guidance, expires: number | undefined, now: number, user?: string): Finding | undefined {
  if (expires === undefined || expires <= now || expires - now > WEEK) return undefined;
  return finding('token.expiring', 'warn',
    `The token Git has stored for ${c.hostPort}${user ? ` (${user})` : ''} expires on ${day(expires)}.\n` +
      'Pushes work until then, and fail with "Authentication failed" after.',
    [`Create a new token before then: ${c.provider.tokensPage ?? `the token settings of ${c.host}`}`, `${reject(c)}    # then forget the old one`, ...c.provider.storeToken(c.store)],
    c.provider.tokensPage);
}

export function tokenFinding(t: TokenCheck, c: Guidance, api: string): Finding {
  const page = c.provider.tokensPage;
  const where = c.repo ? `${c.repo.namespace ? `${c.repo.namespace}/` : ''}${c.repo.name}` : c.hostPort;
  const store = c.provider.storeToken(c.store);
  switch (t.kind) {
    case 'ok':
      return finding('token.ok', 'ok', `Git pushes to ${c.hostPort} as ${t.user} (token: ${t.role})${t.note ? `; ${t.note}` : ''}.`);
    case 'invalid':
      return finding('token.invalid', 'error',
        `The token Git has stored for ${c.hostPort} is not valid: ${api} rejected it (401).\n` +
          'It was revoked, deleted, expired or mistyped; the push would fail with "Authentication failed".',
        [`Create a new token: ${page ?? `the token settings of ${c.host}`}`, `${reject(c)}    # forget the dead one`, ...store],
        page);
    case 'read-only':
      return finding('token.read-only', t.certain ? 'error' : 'warn',
        `The token Git would push with (${t.user}) is read-only: ${t.detail}.\n` +
          (t.certain ? `${c.provider.label} lets it clone but refuses the push.` : `${c.provider.label} may refuse the push; hf-hooks lets Git try.`),
        [`Create a token with write access: ${page ?? `the token settings of ${c.host}`}`, `${reject(c)}    # forget the read-only one`, ...store],
        page);
    case 'no-write':
      return noWrite(t, c, where, store);
    case 'not-found':
      return finding('repo.not-found', 'error',
        `${c.provider.label} has no repository ${t.repo} that ${t.user} can see: it does not exist, or it is private to others.\n` +
          `${c.provider.label} does not create repositories on push; Git would only say "repository not found".`,
        [...(t.create ? [`${t.create}    # if it should be new`] : []), `or check the URL: git remote -v`, `or ask the owner for access`]);
    case 'sso-required':
      return finding('token.sso-required', 'error',
        `The token Git has stored for ${c.hostPort} (${t.user}) is not authorised for the single sign-on this organization requires.\n` +
          `${c.provider.label} refuses it for this repository until it is.`,
        [`Authorise it: ${t.url ?? `${page ?? 'the token settings'} > Configure SSO`}`],
        page);
    case 'expired':
      return finding('token.expired', 'error',
        `The token Git has stored for ${c.hostPort}${t.user ? ` (${t.user})` : ''} expired on ${t.when}.\n` +
          'The push would fail with "Authentication failed".',
        [`Create a new token: ${page ?? `the token settings of ${c.host}`}`, `${reject(c)}`, ...store],
        page);
    case 'unknown':
      return unreachable(api, t.detail);
  }
}

function noWrite(t: TokenCheck & { kind: 'no-write' }, c: Guidance, where: string, store: string[]): Finding {
  const page = c.provider.tokensPage;
  const owner = t.namespace.split('/')[0];
  const own = owner === t.user;
  return finding('token.no-write-access', t.certain ? 'error' : 'warn',
    `${t.user}'s token ${t.certain ? 'cannot' : 'may not'} push to ${where}: ${t.detail}.\n` +
      (t.certain ? `${c.provider.label} would refuse the push after the upload.` : `hf-hooks cannot be sure, so it lets Git try.`),
    [
      own
        ? `Create a token with write access to ${owner}: ${page ?? `the token settings of ${c.host}`}`
        : `Ask an admin of ${owner} for write access${page ? `, then use a token with write access: ${page}` : ''}`,
      ...(t.fix ?? []),
      ...(!own && c.repo?.name ? [`or push to your own namespace: ${setUrl(c.remoteName, c.url.replace(/\/[^/]+\/[^/]+\/?$/, `/${t.user}/${c.repo.name}`))}`] : []),
      ...(own ? [reject(c), ...store] : []),
    ],
    page);
}

/** Where the token Git will push with comes from, when no helper of the user's has one. */
export function bridgedFrom(remote: Remote, source: string): Finding {
  return finding('https.bridged', 'info',
    `Git gets its token for ${withoutUserinfo(remote.url)} from ${source}, through hf-hooks' credential helper (no helper of yours has one).\n` +
      "After a push that works, Git hands it to your storage helper, if you have one; `git config hf-hooks.bridge false` turns this off.");
}

/** doctor: who Git asks for this URL's credential, in Git's order (credentials.ts helpersAsked). */
export function helperOrder(remote: Remote, helpers: string[]): Finding {
  const where = withoutUserinfo(remote.url);
  if (!helpers.length) return finding('https.helpers', 'info', `Git has no credential helper for ${where}.`);
  return finding('https.helpers', 'info', `Git asks these credential helpers for ${where}, in this order, until one answers: ${helpers.map((h, i) => `${i + 1}. ${h}`).join('  ')}.`);
}
