// credential.<scheme>://<host>.helper: hf-hooks' helper, appended last for every provider
// host this repository pushes to over HTTPS. Appended, never replacing: it must not change
// which credential Git uses when one exists.
import { SH_QUOTED, shQuote, shUnquote, shellPath } from '../../hooks/shell.ts';
import { git } from '../effects/git.ts';
import { runtimeFileOf } from '../../hooks/layout.ts';
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

/**
 * The credential.helper value that runs hf-hooks' helper script, and answers nothing when
 * the script is gone (a cleaned ~/.local/share), so Git goes on as if hf-hooks were not
 * there. Git runs `!` helpers through sh with the action appended: `f get`.
 */
export const helperValue = (file: string): string => {
  const path = shQuote(shellPath(file));
  return `!f() { if [ -x ${path} ]; then exec ${path} "$@"; fi; cat >/dev/null; }; f`;
};

const FALLBACK = new RegExp(`^!f\\(\\) \\{ if \\[ -x (${SH_QUOTED}) \\]; then exec \\1 "\\$@"; fi; cat >/dev/null; \\}; f$`);
const BARE = new RegExp(`^!(${SH_QUOTED})$`);

/** The script a helper value runs, if it is one helperValue wrote (or the bare `!'path'` of earlier versions). */
export function helperPath(value: string): string | undefined {
  const m = FALLBACK.exec(value) ?? BARE.exec(value);
  return m ? shUnquote(m[1]) : undefined;
}

type Entries = InstallRecord['credentialHelpers'];

/** A value some version of hf-hooks wrote (hooks/layout.ts knows the runtime's shape). */
const isOurs = (value: string) => runtimeFileOf(helperPath(value) ?? '')?.file === 'credential';

/**
 * Appends hf-hooks' helper for each URL; one an earlier install wrote (another version, or
 * the bare form that failed when its script was gone) is replaced, never doubled.
 */
export function planCredentialInstall(w: CredentialWiring, value: string): { actions: Action[]; notes: string[]; added: Entries; replaced: { key: string; value: string }[] } {
  const added: Entries = [];
  const replaced: { key: string; value: string }[] = [];
  const actions: Action[] = [];
  for (const url of w.urls) {
    const key = helperKey(url);
    const current = w.helpers[key] ?? [];
    const stale = current.filter((v) => v !== value && isOurs(v));
    for (const v of stale) actions.push({ kind: 'config-remove', key, value: v });
    replaced.push(...stale.map((v) => ({ key, value: v })));
    if (current.includes(value)) continue;
    actions.push({ kind: 'config-add', key, value });
    added.push({ key, value, sectionCreated: !w.sections.includes(url) });
  }
  const notes = added.length ? [`the credential helper comes last for ${w.urls.join(', ')}: it speaks only when no other helper, before or after it, has a token`] : [];
  return { actions, notes, added, replaced };
}

/** The install record after that plan: replaced entries go, and pass on whether install created their section. */
export function mergeHelperRecord(old: Entries, plan: { added: Entries; replaced: { key: string; value: string }[] }): Entries {
  const gone = (e: { key: string; value: string }) => plan.replaced.some((r) => r.key === e.key && r.value === e.value);
  const created = (key: string) => old.some((e) => e.key === key && e.sectionCreated && gone(e));
  const kept = old.filter((e) => !gone(e));
  // An install killed after writing its record runs again with the same helpers to add:
  // the first record of each knew whether its section was there before.
  const fresh = plan.added.filter((a) => !kept.some((e) => e.key === a.key && e.value === a.value));
  return [...kept, ...fresh.map((a) => ({ ...a, sectionCreated: a.sectionCreated || created(a.key) }))];
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
