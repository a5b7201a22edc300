// Which keys ssh could offer, and what that means for a non-interactive push. Pure.
import { createHash } from 'node:crypto';
import { type Finding, finding, setUrl } from '../findings.ts';
import { type Provider } from '../providers/types.ts';

export type KeyState =
  | { path: string; state: 'missing' }
  | { path: string; state: 'not-a-file'; what: string }
  | { path: string; state: 'too-open'; mode: number; fingerprint?: string }
  | { path: string; state: 'locked'; fingerprint?: string }
  | { path: string; state: 'invalid'; detail: string }
  | { path: string; state: 'usable'; fingerprint?: string };

/** `ssh-add -l`: exit 0 lists keys, 1 means an empty agent, 2 means no agent at all. */
export interface Agent {
  state: 'keys' | 'empty' | 'none';
  fingerprints: string[];
}

export function parseAgentList(code: number, stdout: string): Agent {
  if (code === 0) return { state: 'keys', fingerprints: [...stdout.matchAll(/\b(SHA256:[A-Za-z0-9+/]+)/g)].map((m) => m[1]) };
  return { state: code === 1 ? 'empty' : 'none', fingerprints: [] };
}

/** `SHA256:...` of a public key line (`type base64 [comment]`), as ssh-keygen -l prints it. */
export function fingerprintOf(publicKeyLine: string): string | undefined {
  const blob = publicKeyLine.trim().split(/\s+/)[1];
  if (!blob || !/^[A-Za-z0-9+/]+=*$/.test(blob)) return undefined;
  return `SHA256:${createHash('sha256').update(Buffer.from(blob, 'base64')).digest('base64').replace(/=+$/, '')}`;
}

export interface KeyContext {
  remoteName?: string;
  /** `git@hf.co`, as the user would type it to test. */
  destination: string;
  testCommand: string;
  provider: Provider;
  identitiesOnly: boolean;
  email?: string;
  /** Where a new key should go: the first identity file ssh looks for. */
  suggestedKey: string;
  httpsUrl?: string;
  /** ssh can ask for a passphrase here (a terminal, an askpass; prompts.ts). */
  canAsk: boolean;
}

/** The fingerprints ssh can actually sign with, without asking anyone anything. */
export function usableFingerprints(keys: KeyState[], agent: Agent, identitiesOnly: boolean): string[] {
  const fromFiles = keys.filter((k) => k.state === 'usable').map((k) => k.fingerprint ?? k.path);
  const fileFingerprints = new Set(keys.map((k) => ('fingerprint' in k ? k.fingerprint : undefined)).filter(Boolean));
  // With IdentitiesOnly, ssh uses an agent key only when it is one of the identity files.
  const fromAgent = identitiesOnly ? agent.fingerprints.filter((f) => fileFingerprints.has(f)) : agent.fingerprints;
  return [...new Set([...fromAgent, ...fromFiles])].sort();
}

export function judgeKeys(keys: KeyState[], agent: Agent, c: KeyContext): Finding[] {
  const usable = usableFingerprints(keys, agent, c.identitiesOnly);
  const tooOpen = keys.filter((k) => k.state === 'too-open');
  if (usable.length) {
    return tooOpen.length ? [permissions(tooOpen, 'warn', c)] : [];
  }
  if (tooOpen.length) return [permissions(tooOpen, 'error', c)];
  const locked = keys.filter((k) => k.state === 'locked');
  if (locked.length) return [lockedKeys(locked.map((k) => k.path), agent, c)];
  return [noKey(keys, agent, c)];
}

const httpsAlternative = (c: KeyContext): string[] =>
  c.httpsUrl ? [`Or push over HTTPS with an access token instead: ${setUrl(c.remoteName, c.httpsUrl)}`] : [];

function permissions(keys: KeyState[], level: 'error' | 'warn', c: KeyContext): Finding {
  const list = keys.map((k) => `${k.path} (mode ${(k as { mode: number }).mode.toString(8).padStart(3, '0')})`).join(', ');
  return finding('ssh.key-permissions', level,
    `ssh will not use ${keys.length > 1 ? 'these private keys' : 'the private key'} ${list}: other users can read ${keys.length > 1 ? 'them' : 'it'}.\n` +
      (level === 'error' ? 'It is the only key ssh could offer, so the push cannot authenticate.' : 'ssh skips it with an "UNPROTECTED PRIVATE KEY FILE" warning and tries your other keys.'),
    keys.map((k) => `chmod 600 '${k.path}'`),
    c.provider.keysPage);
}

function lockedKeys(paths: string[], agent: Agent, c: KeyContext): Finding {
  const why = agent.state === 'none' ? 'no ssh-agent is running' : 'the ssh-agent does not hold it';
  // With a terminal or an askpass, ssh asks (readpass.c): a question, not a failure.
  if (c.canAsk) {
    return finding('ssh.key-locked', 'info',
      `ssh will ask for the passphrase of ${paths.join(', ')} (${why}).`,
      paths.map((p) => `ssh-add '${p}'    # once, to stop being asked`));
  }
  return finding('ssh.key-locked', 'error',
    `The only SSH key${paths.length > 1 ? 's' : ''} for ${c.destination} (${paths.join(', ')}) ${paths.length > 1 ? 'need' : 'needs'} a passphrase, and ${why}.\n` +
      'Nothing can ask for it here (no terminal, no askpass), so ssh cannot use the key and the push would fail.',
    [
      ...(agent.state === 'none' ? ['eval "$(ssh-agent -s)"    # start an agent in this shell'] : []),
      ...paths.map((p) => `ssh-add '${p}'    # asks for the passphrase once`),
      'To load it automatically next time, add "AddKeysToAgent yes" under "Host *" in ~/.ssh/config',
      ...httpsAlternative(c),
    ],
    c.provider.keysPage);
}

function noKey(keys: KeyState[], agent: Agent, c: KeyContext): Finding {
  const looked = keys.length ? keys.map((k) => describeKey(k)).join('; ') : 'none configured';
  const agentSays = agent.state === 'none' ? 'no ssh-agent is running' : 'the ssh-agent holds no keys';
  const comment = c.email ?? '$(whoami)@$(hostname)';
  return finding('ssh.no-key', 'error',
    `ssh has no key to offer ${c.destination}: ${agentSays}, and no usable identity file exists.\n` +
      `Looked at: ${looked}.`,
    [
      `ssh-keygen -t ed25519 -C "${comment}" -f '${c.suggestedKey}'`,
      `Add the public key (${c.suggestedKey}.pub) to your account${c.provider.keysPage ? `: ${c.provider.keysPage}` : ''}`,
      `${c.testCommand}    # should greet you by name`,
      ...httpsAlternative(c),
    ],
    c.provider.keysPage);
}

function describeKey(k: KeyState): string {
  switch (k.state) {
    case 'missing': return `${k.path} (does not exist)`;
    case 'not-a-file': return `${k.path} (is a ${k.what}, not a key file)`;
    case 'invalid': return `${k.path} (not a private key: ${k.detail})`;
    default: return k.path;
  }
}
