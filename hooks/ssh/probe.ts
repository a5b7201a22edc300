// What a shell-less `ssh -T` to the provider said, and what it means. Pure.
import { type Finding, finding, setUrl } from '../findings.ts';
import { type Provider } from '../providers/types.ts';
import { knownHostsName } from './config.ts';

export type ProbeResult =
  | { kind: 'ok'; user: string }
  | { kind: 'not-registered'; said: string }
  | { kind: 'host-unknown' }
  | { kind: 'host-changed' }
  | { kind: 'unreachable'; detail: string };

const UNREACHABLE = /(Could not resolve hostname[^\n]*|Connection refused|Connection timed out|Operation timed out|Network is unreachable|No route to host|Connection reset[^\n]*|Connection closed by[^\n]*|kex_exchange_identification[^\n]*|banner exchange[^\n]*)/;

export function parseProbe(r: { code: number; output: string; timedOut: boolean }, provider: Provider, timeoutMs: number): ProbeResult {
  if (r.timedOut) return { kind: 'unreachable', detail: `no answer within ${timeoutMs} ms` };
  const greeting = provider.greeting?.(r.output);
  if (greeting && 'user' in greeting) return { kind: 'ok', user: greeting.user };
  if (greeting) return { kind: 'not-registered', said: greeting.said };
  if (/REMOTE HOST IDENTIFICATION HAS CHANGED/.test(r.output)) return { kind: 'host-changed' };
  if (/Host key verification failed/.test(r.output)) return { kind: 'host-unknown' };
  if (/Permission denied \(/.test(r.output)) return { kind: 'not-registered', said: firstLine(r.output, /Permission denied \([^)]*\)/) };
  const unreachable = UNREACHABLE.exec(r.output);
  if (unreachable) return { kind: 'unreachable', detail: unreachable[1].trim() };
  return { kind: 'unreachable', detail: `an answer hf-hooks does not recognise (exit ${r.code}): ${firstLine(r.output, /\S[^\n]*/) || 'nothing'}` };
}

const firstLine = (text: string, pattern: RegExp): string => pattern.exec(text)?.[0].trim() ?? '';

export interface ProbeContext {
  remoteName?: string;
  destination: string;
  /** `ssh -T [-p port] user@host`, to test by hand. */
  testCommand: string;
  provider: Provider;
  /** Public key files of the keys ssh offered, to paste into the settings page. */
  publicKeys: string[];
  httpsUrl?: string;
  knownHostsFile: string;
  host: string;
  port: number;
  /** Keys the BatchMode probe could not try: they need a passphrase. */
  lockedKeys?: string[];
  /** ssh can ask for that passphrase during the push (prompts.ts). */
  canAsk?: boolean;
}

/** Whom ssh.ok says the key belongs to (the probe's greeting), for the fetch phase. */
export const sshUser = (f: Finding): string | undefined => (f.id === 'ssh.ok' ? / authenticates as (\S+)\.$/.exec(f.message)?.[1] : undefined);

export function probeFinding(p: ProbeResult, c: ProbeContext): Finding {
  const label = c.provider.label;
  switch (p.kind) {
    case 'ok':
      return finding('ssh.ok', 'ok', `SSH to ${c.destination} authenticates as ${p.user}.`);
    case 'not-registered':
      // A locked key may be the registered one: never "not registered" while it could not be offered.
      if (c.lockedKeys?.length) return c.canAsk ? keyUnconfirmed(c, c.lockedKeys, p.said) : lockedRefused(c, c.lockedKeys, p.said);
      return finding('ssh.key-not-registered', 'error',
        `${c.destination} does not know your SSH key: it answered "${p.said}".\n` +
          `The key works locally, but it was never added to a ${label} account, so the push would be refused.`,
        [
          ...(c.publicKeys.length ? c.publicKeys.map((k) => `cat '${k}'    # copy this public key`) : ['ssh-add -L    # the public keys your agent offers']),
          `Add it to your account${c.provider.keysPage ? `: ${c.provider.keysPage}` : ''}`,
          `${c.testCommand}    # should now greet you by name`,
          ...(c.httpsUrl ? [`Or push over HTTPS with an access token instead: ${setUrl(c.remoteName, c.httpsUrl)}`] : []),
        ],
        c.provider.keysPage);
    case 'host-unknown':
      return hostUnknown(c);
    case 'host-changed':
      return finding('ssh.host-key-changed', 'error',
        `The host key of ${c.host} is not the one in ${c.knownHostsFile}.\n` +
          'Either the server rotated its key or someone is intercepting the connection; ssh refuses to continue.',
        [
          ...(c.provider.hostKeysPage ? [`Compare with the published fingerprints: ${c.provider.hostKeysPage}`] : []),
          `ssh-keygen -R '${knownHostsName(c.host, c.port)}' -f '${c.knownHostsFile}'    # only once you trust the new key`,
        ],
        c.provider.hostKeysPage);
    case 'unreachable':
      return finding('ssh.unreachable', 'warn',
        `Could not reach ${c.destination} over SSH to confirm your key: ${p.detail}.\n` +
          'hf-hooks cannot tell whether the push will authenticate, so it lets Git try.',
        [`${c.testCommand}    # try it by hand`]);
  }
}

/** The probe could try only the unlocked keys; the locked one ssh will ask about may be the registered one. */
function keyUnconfirmed(c: ProbeContext, locked: string[], said: string): Finding {
  return finding('ssh.key-unconfirmed', 'warn',
    `${c.destination} does not know the keys hf-hooks could try (it answered "${said}"); ${locked.join(', ')} needs a passphrase, so it was not tried.\n` +
      'ssh will ask for that passphrase during the push; if that key is on your account, the push works.',
    [...locked.map((k) => `ssh-add '${k}' && ${c.testCommand}    # unlock it once, then confirm it greets you by name`)],
    c.provider.keysPage);
}

/**
 * The keys ssh could offer were refused, and a locked one it could not offer may be the
 * registered one: nothing here can unlock it (no terminal, no askpass), so the push fails
 * either way, and unlocking it is the likelier fix than registering another key.
 */
function lockedRefused(c: ProbeContext, locked: string[], said: string): Finding {
  return finding('ssh.key-locked', 'error',
    `${c.destination} refused the keys ssh could offer (it answered "${said}"); ${locked.join(', ')} ${locked.length > 1 ? 'need' : 'needs'} a passphrase, and nothing can ask for it here (no terminal, no askpass), so ssh could not offer ${locked.length > 1 ? 'them' : 'it'}.\n` +
      'If that key is on your account, unlocking it once makes the push work.',
    [
      ...locked.map((k) => `ssh-add '${k}'    # asks for the passphrase once`),
      `${c.testCommand}    # should then greet you by name`,
      `If it still answers "${said}", add the public key to your account${c.provider.keysPage ? `: ${c.provider.keysPage}` : ''}`,
      ...(c.httpsUrl ? [`Or push over HTTPS with an access token instead: ${setUrl(c.remoteName, c.httpsUrl)}`] : []),
    ],
    c.provider.keysPage);
}

/**
 * StrictHostKeyChecking ask, and ssh can ask: a question to answer, with what to compare
 * ssh's fingerprint against: the provider's published ones for its own host, else its page.
 */
export function hostWillAsk(c: Pick<ProbeContext, 'provider' | 'host' | 'port'>): Finding {
  const official = c.port === 22 && (c.provider.sshHost === c.host || c.provider.hosts.includes(c.host));
  const compare = official && c.provider.hostKeyFingerprints?.length ? `: it should be one of ${c.provider.hostKeyFingerprints.join(', ')}`
    : c.provider.hostKeysPage ? `: compare its fingerprint with ${c.provider.hostKeysPage}` : '';
  return finding('ssh.host-unknown', 'info',
    `ssh will ask whether to trust ${c.host}${c.port === 22 ? '' : ` (port ${c.port})`}, which is not in your known_hosts${compare}.`,
    [], c.provider.hostKeysPage);
}

export const testCommand = (destination: string, port: number): string => `ssh -T ${port === 22 ? '' : `-p ${port} `}${destination}`;

export function hostUnknown(c: Pick<ProbeContext, 'provider' | 'host' | 'port' | 'knownHostsFile' | 'destination'>): Finding {
  return finding('ssh.host-unknown', 'error',
    `${c.host}${c.port === 22 ? '' : ` (port ${c.port})`} is not in your known_hosts, and ssh is set to refuse unknown hosts.\n` +
      'ssh cannot ask you to accept the host key here (StrictHostKeyChecking yes, BatchMode, or no terminal and no askpass): the push would stop at "Host key verification failed".',
    [
      ...(c.provider.hostKeysPage ? [`Check the fingerprints ${c.provider.label} publishes: ${c.provider.hostKeysPage}`] : []),
      `ssh-keyscan -p ${c.port} ${c.host} >> '${c.knownHostsFile}'    # then compare: ssh-keygen -lf '${c.knownHostsFile}'`,
      `or once, interactively: ${testCommand(c.destination, c.port).replace('ssh -T', 'ssh -o StrictHostKeyChecking=accept-new -T')}`,
    ],
    c.provider.hostKeysPage);
}
