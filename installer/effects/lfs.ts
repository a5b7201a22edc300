// git-lfs on this machine and in this repository, as install, status, doctor and uninstall
// need to know it: hf-hooks' pre-push runs git-lfs's own (templates/lfs-push.sh), because
// `git lfs install` will not put its hook beside another ("Hook already exists: pre-push").
import { readFile } from 'node:fs/promises';
import { realEffects } from '../../hooks/effects.ts';
import { usesLfs } from '../../hooks/lfs/usage.ts';
import { run } from '../../hooks/process.ts';
import { git } from './git.ts';
import { type HookTarget, locateHooks } from './hooks-dir.ts';
import { inspect } from './files.ts';
import { hasBlock, isShim } from '../plan/shim.ts';

export interface LfsHere {
  /** git-lfs is on PATH. */
  installed: boolean;
  /** The repository uses it: git-lfs keeps objects here, or its attributes name the LFS filter. */
  used: boolean;
}

/** git-lfs on PATH, and the same signs of LFS the hook reads (hooks/lfs/usage.ts). */
export async function lfsHere(cwd: string): Promise<LfsHere> {
  const [version, used] = await Promise.all([git(cwd, ['lfs', 'version']), usesLfs({ ...realEffects(), run: (cmd, args, opts) => run(cmd, args, { cwd, ...opts }) })]);
  return { installed: version.ok, used };
}

/** The one line install, status and doctor print where hf-hooks carries git-lfs's pre-push. */
export function lfsNote(target: HookTarget): string {
  if (target.kind === 'lefthook') {
    return 'git-lfs: lefthook runs `git lfs pre-push` itself for this repository, and its hook file is lefthook\'s, so `git lfs install` here says "Hook already exists: pre-push"; that is expected: `git lfs install --skip-repo` sets up the LFS filters without it';
  }
  const where = target.kind === 'husky' ? `the hf-hooks block in ${target.file}` : `hf-hooks' pre-push hook (${target.file})`;
  const owner = target.kind === 'husky' ? "husky's hook" : "hf-hooks'";
  return `git-lfs: ${where} runs \`git lfs pre-push\` for this repository whenever it uses LFS, so \`git lfs install\` here says "Hook already exists: pre-push" (git-lfs replaces only hooks it wrote, and this one is ${owner}); that is expected: \`git lfs install --skip-repo\` sets up the LFS filters without it`;
}

/**
 * After uninstall, in a repository that uses LFS with git-lfs installed: a pre-push that no
 * longer uploads LFS files is fixed (no hook left: git-lfs's own, as `git lfs update` writes
 * them) or named (a hook of the user's that does not run git-lfs).
 */
export async function lfsAfterUninstall(target: HookTarget, cwd: string): Promise<string[]> {
  const text = await readFile(target.file, 'utf8').catch(() => undefined);
  if (text !== undefined && /git(?:-| )lfs (?:pre-push|push --stdin)\b/.test(text)) return [];
  if (text === undefined && target.kind === 'hooks-dir') {
    const r = await git(cwd, ['lfs', 'update']);
    return [r.ok
      ? "put git-lfs's own pre-push back (git lfs update), so LFS files are still uploaded"
      : `this repository uses LFS, but \`git lfs update\` failed (${r.stderr.split('\n')[0]}): run it yourself, or LFS files will not be uploaded`];
  }
  const file = text === undefined ? target.file : `${target.file}, put back as it was,`;
  return [`this repository uses LFS, and ${file} does not run \`git lfs pre-push "$@"\`: add that line to it (\`git lfs update --manual\` shows how), or LFS files will not be uploaded`];
}

/** doctor's line: hf-hooks' hook is installed and carries git-lfs's pre-push for a repository that uses LFS. */
export async function carriedNote(cwd: string): Promise<string | undefined> {
  const target = await locateHooks(cwd);
  if ('error' in target) return undefined;
  const file = await inspect(target.file);
  if (file?.kind !== 'file' || !(isShim(file.text!) || hasBlock(file.text!))) return undefined;
  const lfs = await lfsHere(cwd);
  return lfs.installed && lfs.used ? lfsNote(target) : undefined;
}
