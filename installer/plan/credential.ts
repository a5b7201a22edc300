// credential.<scheme>://<host>.helper: hf-hooks' helper, appended last for every provider
// host this repository pushes to over HTTPS. Appended, never replacing: it must not change
// which credential Git uses when one exists.
import { shQuote, shUnquote } from '../../hooks/shell.ts';
import { git } from '../effects/git.ts';
import { type Action } from './hooks.ts';
import { type InstallRecord } from './record.ts';

export interface CredentialWiring {
  /** `https://huggingface.co`, `http://127.0.0.1:8080`: one per provider host of the remotes. */
  urls: string[];
  /** Current local values of each credential.<url>.helper. */
  helpers: Record<string, string[]>;
  /** [credential "<url>"] sections present in the repository config. */
  sections: string[];
}

export const helperKey = (url: string): string => `credential.${url}.helper`;

/** The credential.helper value that runs a helper script: `!` then the sh-quoted path. */
export const helperValue = (path: string): string => `!${shQuote(path)}`;

/** The script a helper value runs, if it is one helperValue wrote. */
export const helperPath = (value: string): string | undefined => (value.startsWith("!'") ? shUnquote(value.slice(1)) : undefined);

export function planCredentialInstall(w: CredentialWiring, value: string): { actions: Action[]; notes: string[]; added: InstallRecord['credentialHelpers'] } {
  const added: InstallRecord['credentialHelpers'] = [];
  const actions: Action[] = [];
  for (const url of w.urls) {
    const key = helperKey(url);
    if (w.helpers[key]?.includes(value)) continue;
    actions.push({ kind: 'config-add', key, value });
    added.push({ key, value, sectionCreated: !w.sections.includes(url) });
  }
  const notes = added.length ? [`the credential helper comes last for ${w.urls.join(', ')}: it answers only when no other helper has a token, so Git never asks for a password`] : [];
  return { actions, notes, added };
}

export function planCredentialUninstall(w: CredentialWiring, record: InstallRecord['credentialHelpers']): { actions: Action[]; notes: string[] } {
  const actions: Action[] = [];
  for (const { key, value, sectionCreated } of record) {
    if (!w.helpers[key]?.includes(value)) continue;
    actions.push({ kind: 'config-remove', key, value });
    if (sectionCreated) actions.push({ kind: 'drop-empty-section', section: key.replace(/\.helper$/, '') });
  }
  return { actions, notes: actions.length ? ['removed the credential helper'] : [] };
}

/** The current values of credential.<url>.helper for each URL, in one scope. */
export async function readHelpers(cwd: string, scope: 'local' | 'global', urls: string[]): Promise<Record<string, string[]>> {
  const values = await Promise.all(urls.map((u) => git(cwd, ['config', `--${scope}`, '--get-all', helperKey(u)])));
  return Object.fromEntries(urls.map((u, i) => [helperKey(u), values[i].ok ? values[i].stdout.split('\n') : []]));
}
