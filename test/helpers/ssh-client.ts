// The client side of the loopback sshd: throwaway keys, and an ssh config of the
// sandbox's own (OpenSSH reads ~/.ssh from passwd, not $HOME, so -F is the only isolation).
import { execa } from 'execa';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Sandbox } from './sandbox.ts';

export interface Key { path: string; fingerprint: string }

export async function newKey(sb: Sandbox, name: string, passphrase = ''): Promise<Key> {
  const dir = sb.path('keys');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, name);
  await execa('ssh-keygen', ['-q', '-t', 'ed25519', '-N', passphrase, '-C', name, '-f', path]);
  const { stdout } = await execa('ssh-keygen', ['-l', '-f', `${path}.pub`]);
  return { path, fingerprint: stdout.split(' ')[1] };
}

/** Writes <sandbox>/ssh_config and known_hosts; returns the config path for `ssh -F`. */
export function sshConfig(sb: Sandbox, o: { identity?: string; knownHosts?: string; strict?: 'yes' | 'ask' } = {}): string {
  const config = sb.path('ssh_config');
  writeFileSync(config, [
    'Host *', '  IdentitiesOnly yes', ...(o.identity ? [`  IdentityFile ${o.identity}`] : []),
    `  UserKnownHostsFile ${sb.path('known_hosts')}`, '  GlobalKnownHostsFile /dev/null', `  StrictHostKeyChecking ${o.strict ?? 'yes'}`,
    '  PasswordAuthentication no', '  KbdInteractiveAuthentication no', '',
  ].join('\n'));
  writeFileSync(sb.path('known_hosts'), o.knownHosts ? `${o.knownHosts}\n` : '');
  return config;
}
