// Whether this repository uses Git LFS, by the signs the hook reads (templates/lfs.sh):
// git-lfs keeps objects in its git dir, or its attributes name the LFS filter. Two cheap
// git calls and no git-lfs start, so doctor can ask it on every run.
import { type Effects } from '../effects.ts';
import { LOCAL_TIMEOUT_MS } from '../process.ts';

const LFS_FILTER = /\bfilter=lfs\b/;

export async function usesLfs(fx: Effects): Promise<boolean> {
  const git = (...args: string[]) => fx.run('git', args, { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS });
  const [dir, head] = await Promise.all([git('rev-parse', '--path-format=absolute', '--git-common-dir'), git('cat-file', 'blob', 'HEAD:.gitattributes')]);
  if (head.code === 0 && LFS_FILTER.test(head.stdout)) return true;
  if (dir.code !== 0) return false;
  const common = dir.stdout.trim();
  if ((await fx.stat(`${common}/lfs/objects`))?.kind === 'dir') return true;
  return LFS_FILTER.test((await fx.readText(`${common}/info/attributes`)) ?? '');
}
