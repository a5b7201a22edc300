// `hf-hooks pre-commit`: the check as a pre-commit (pre-commit.com) hook at the pre-push
// stage (.pre-commit-hooks.yaml). pre-commit has read Git's ref lines itself and passes one
// update in its environment (pre_commit/commands/hook_impl.py _pre_push_ns, run.py):
// PRE_COMMIT_REMOTE_NAME/URL, PRE_COMMIT_LOCAL_BRANCH/REMOTE_BRANCH, and FROM_REF/TO_REF
// unless the whole history is pushed. They become the ref line the pre-push check reads.
import { cacheKey } from './cache.ts';
import { type Effects } from './effects.ts';
import { LOCAL_TIMEOUT_MS } from './process.ts';
import { type Outcome, prePush } from './pre-push.ts';

const USAGE = 'hf-hooks pre-commit: run it from pre-commit at the pre-push stage (stages: [pre-push] in .pre-commit-config.yaml); PRE_COMMIT_REMOTE_URL is not set\n';
const OID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const DAY_SECONDS = 86_400;

export async function preCommit(fx: Effects, color: boolean): Promise<Outcome> {
  const e = fx.env;
  const { PRE_COMMIT_REMOTE_NAME: remote, PRE_COMMIT_REMOTE_URL: url, PRE_COMMIT_LOCAL_BRANCH: local, PRE_COMMIT_REMOTE_BRANCH: target } = e;
  if (!remote || !url || !local || !target) return { exit: 2, stderr: USAGE };
  // The whole history, root commit and all: pre-commit gives no refs, only the branch.
  const to = e.PRE_COMMIT_TO_REF ?? (await fx.run('git', ['rev-parse', '-q', '--verify', `${local}^{commit}`], { env: e, timeoutMs: LOCAL_TIMEOUT_MS })).stdout.trim();
  if (!OID.test(to)) return { exit: 2, stderr: `hf-hooks pre-commit: cannot tell what ${local} is\n` };
  const from = e.PRE_COMMIT_FROM_REF && OID.test(e.PRE_COMMIT_FROM_REF) ? e.PRE_COMMIT_FROM_REF : '0'.repeat(to.length);
  const outcome = await prePush([remote, url], Buffer.from(`${local} ${to} ${target} ${from}\n`), fx, color);
  return { ...outcome, stderr: outcome.stderr + (await onceADay(fx)) };
}

/** What only `hf-hooks install` adds, said once a day per repository. */
async function onceADay(fx: Effects): Promise<string> {
  const dir = (await fx.run('git', ['rev-parse', '--absolute-git-dir'], { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS })).stdout.trim();
  const key = cacheKey('pre-commit-note', dir);
  if (await fx.cache.get(key, DAY_SECONDS)) return '';
  await fx.cache.set(key, true);
  return 'hf-hooks (pre-commit): this checks a push once Git has connected. `npx hf-hooks install` adds what runs before that: the SSH check in core.sshCommand and the credential helper that asks for a token instead of a password (README "What it checks").\n';
}
