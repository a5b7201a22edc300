// What install changed in git config, kept in the git dir so uninstall reverses exactly that.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface InstallRecord {
  /** core.sshCommand and ssh.variant in the repo config before install (null: unset). */
  sshCommand: string | null;
  sshVariant: string | null;
  sshSectionCreated: boolean;
  /** Helper values install appended, and whether it created their [credential "..."] section. */
  credentialHelpers: { key: string; value: string; sectionCreated: boolean }[];
}

export const recordPath = (commonDir: string): string => join(commonDir, 'hf-hooks.json');

export async function readRecord(commonDir: string): Promise<InstallRecord | undefined> {
  try {
    const r = JSON.parse(await readFile(recordPath(commonDir), 'utf8'));
    return { sshCommand: r.sshCommand ?? null, sshVariant: r.sshVariant ?? null, sshSectionCreated: Boolean(r.sshSectionCreated), credentialHelpers: Array.isArray(r.credentialHelpers) ? r.credentialHelpers : [] };
  } catch {
    return undefined;
  }
}

export const recordText = (r: InstallRecord): string => `${JSON.stringify(r, null, 2)}\n`;

/**
 * The sections a config file has, even empty ones (git config cannot list those):
 * `ssh`, `credential.https://huggingface.co`. Section names lowercased, subsections as written.
 */
export function configSections(text: string): Set<string> {
  return new Set([...text.matchAll(/^\s*\[([A-Za-z0-9.-]+)(?:\s+"([^"]*)")?\]/gm)]
    .map((m) => (m[2] === undefined ? m[1].toLowerCase() : `${m[1].toLowerCase()}.${m[2]}`)));
}

/** Subsections of `[credential "<url>"]`: the URLs that have one. */
export const credentialSections = (sections: Set<string>): string[] =>
  [...sections].filter((s) => s.startsWith('credential.')).map((s) => s.slice('credential.'.length));
