// Reads the git config install may change (core.sshCommand, ssh.variant, credential
// helpers) and hf-hooks' record of what it changed, for install, uninstall and status.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { realEffects } from '../../hooks/effects.ts';
import { loadConfig } from '../../hooks/engine.ts';
import { PROVIDERS } from '../../hooks/providers/index.ts';
import { classify, origin } from '../../hooks/remote.ts';
import { type CredentialWiring, readHelpers } from '../plan/credential.ts';
import { git } from './git.ts';
import { type InstallRecord, configSections, credentialSections, readRecord, recordPath } from '../plan/record.ts';
import { type SshWiring } from '../plan/ssh.ts';

export interface Wiring {
  ssh: SshWiring;
  credential: CredentialWiring;
  record?: InstallRecord;
  recordPath: string;
}

export async function readWiring(cwd: string, commonDir: string, env: NodeJS.ProcessEnv): Promise<Wiring> {
  const [local, effective, variant, text, record, { config }] = await Promise.all([
    git(cwd, ['config', '--local', '--get', 'core.sshCommand']),
    git(cwd, ['config', '--get', 'core.sshCommand']),
    git(cwd, ['config', '--local', '--get', 'ssh.variant']),
    readFile(join(commonDir, 'config'), 'utf8').catch(() => ''),
    readRecord(commonDir),
    loadConfig(realEffects(env)),
  ]);
  const urls = new Set<string>();
  for (const pushUrls of Object.values(config.remotes)) {
    for (const url of pushUrls) {
      const r = classify(url, config);
      if ('error' in r || !r.host || (r.transport !== 'https' && r.transport !== 'http') || !PROVIDERS[r.provider].tokenShape) continue;
      urls.add(origin(r));
    }
  }
  const helpers = await readHelpers(cwd, 'local', [...urls]);
  const sections = configSections(text);
  return {
    ssh: {
      ...(local.ok && { local: local.stdout }),
      ...(effective.ok && { effective: effective.stdout }),
      ...(variant.ok && { variant: variant.stdout }),
      hasSshSection: sections.has('ssh'),
    },
    credential: { urls: [...urls], helpers, sections: credentialSections(sections) },
    ...(record && { record }),
    recordPath: recordPath(commonDir),
  };
}
