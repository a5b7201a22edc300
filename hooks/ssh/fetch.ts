// A clone or fetch over SSH (the fetch phase): what the key checks found, read for a read.
import { type Effects } from '../effects.ts';
import { type Finding, finding } from '../findings.ts';
import { askFetch, readFinding } from '../https/fetch.ts';
import { PROVIDERS } from '../providers/index.ts';
import { type Remote, repoPath } from '../remote.ts';
import { type Context } from '../target.ts';
import { sshUser } from './probe.ts';

/**
 * A clone or fetch over SSH: the key checks stand, and the probe's answer is read for a read.
 * An unregistered key is "anonymous", who may read public repositories (as over HTTPS without
 * a token) and nothing else; a registered one is an account whose access to a private or gated
 * repository only a token of that same account can show (huggingface_hub's, if it is one).
 */
export async function fetchOverSsh(p: Remote, found: Finding[], fx: Effects, ctx: Context): Promise<Finding[]> {
  const provider = PROVIDERS[p.provider];
  if (!provider.fetchRequests || !p.repo || found.some((f) => f.level === 'error' && f.id !== 'ssh.key-not-registered')) return found;
  const anonymous = found.find((f) => f.id === 'ssh.key-not-registered');
  const user = found.map(sshUser).find(Boolean);
  if (!anonymous && !user) return found;
  const rest = found.filter((f) => f !== anonymous);
  const o = { network: ctx.network, deadline: ctx.deadline, gitCanAsk: false };
  // A token of the account the key belongs to answers for it.
  const local = user ? (await provider.localTokens?.(fx))?.find((t) => t.inUse) : undefined;
  if (local) {
    const mine = await askFetch(p, ctx.config, fx, { ...o, token: { password: local.token, source: local.source } });
    if (!('id' in mine) && 'user' in mine.check && mine.check.user === user) return [...rest, readFinding(mine, p, ctx.config, fx, o)];
  }
  const open = await askFetch(p, ctx.config, fx, { ...o, token: null });
  if ('id' in open) return [...found, open];
  const said = anonymous?.message.split('\n')[0];
  if (open.check.kind === 'ok') {
    return anonymous ? [...rest, finding('fetch.ssh-anonymous', 'warn', `${said}\nIt answers such a key as "anonymous", who can read public repositories like this one, and push to none.`, anonymous.fix, anonymous.docs)]
      : [...rest, readFinding(open, p, ctx.config, fx, o)];
  }
  if (open.check.kind !== 'needs-login') return [...found, readFinding(open, p, ctx.config, fx, o)];
  const what = `${repoPath(p.path)} is ${open.check.gated ? 'gated' : 'private, or does not exist'}`;
  return anonymous
    ? [...rest, finding('fetch.ssh-anonymous', 'error', `${said}\nSo it answers as "anonymous", and ${what}: anonymous cannot read it.`, anonymous.fix, anonymous.docs)]
    : [...rest, finding('fetch.unconfirmed', 'info', `${what}: whether ${user} may read it cannot be asked over SSH.${provider.cli?.login ? `\nAfter \`${provider.cli.login}\` with a token of ${user}, \`hf-hooks doctor --fetch\` can tell.` : ''}`)];
}
