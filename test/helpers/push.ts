// What every push scenario asserts: a real `git push`, whether the commit arrived, and
// for a stopped push, the finding id and that the server saw no upload at all.
import * as assert from 'uvu/assert';
import { type Run, type Sandbox } from './sandbox.ts';

export const pushMain = (sb: Sandbox, repo: string, env: Record<string, string> = {}): Promise<Run> =>
  sb.run('git', ['push', 'origin', 'main'], { cwd: repo, env });

/** The commit `main` points at in the server's bare repo ('' when nothing arrived). */
export const arrived = async (sb: Sandbox, bare: string): Promise<string> =>
  (await sb.run('git', ['rev-parse', '--verify', '-q', 'main'], { cwd: bare })).stdout;

/** Stopped with this finding, before the server received anything that could change it. */
export function assertBlocked(r: Pick<Run, 'exitCode' | 'stderr'>, id: string, serverSawUpload: () => boolean, says: string[] = []): void {
  assert.is.not(r.exitCode, 0, '~> the push must fail');
  assert.match(r.stderr, `[${id}]`, r.stderr);
  for (const text of says) assert.match(r.stderr, text);
  assert.not.ok(serverSawUpload(), '~> the server saw no upload (no git-receive-pack)');
}
