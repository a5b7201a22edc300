// Reads the git config install may change (core.sshCommand, ssh.variant, credential
// helpers) and hf-hooks' record of what it changed, for install, uninstall and status.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { realEffects } from '../../hooks/effects.ts';
import { loadConfig } from '../../hooks/engine.ts';
import { PROVIDERS } from '../../hooks/providers/index.ts';
import { classify, origin } from '../../hooks/remote.ts';
import { lfsEndpoint } from '../../hooks/lfs/server.ts';
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
  for (const [name, pushUrls] of Object.entries(config.remotes)) {
    for (const url of pushUrls) {
      const r = classify(url, config);
      if ('error' in r || !r.host || !PROVIDERS[r.provider].tokenShape) continue;
      if (r.transport === 'https' || r.transport === 'http') urls.add(origin(r));
      // git-lfs uploads over HTTPS even for an SSH remote, asking the helpers for that host
      // (git@hf.co:x -> https://hf.co/x.git/info/lfs): the helper must be there too.
      const lfs = lfsEndpoint(r, name, config.lfs);
      const at = lfs ? classify(lfs, config) : undefined;
      if (at && !('error' in at) && at.host && (at.transport === 'https' || at.transport === 'http')) urls.add(origin(at));
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
