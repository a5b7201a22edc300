// The client side of the loopback Hub: a repo pushing to it, a credential store, the pack installed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Test } from 'uvu';
import * as assert from 'uvu/assert';
import { type Hub } from './hub.ts';
import { arrived, assertBlocked, pushMain } from './push.ts';
import { Sandbox } from './sandbox.ts';

export interface Setup { sb: Sandbox; repo: string; bare: string; url: string; env: Record<string, string>; secrets: string[] }

/** A repo pushing to `<ns>/<name>` on the loopback Hub, a credential store, the pack installed. */
export async function setup(hub: Hub, o: {
  ns?: string; name?: string; stored?: { user: string; password: string; host?: string }; env?: Record<string, string>;
  /** No credential helper at all (a fresh machine): nothing can keep a token. */
  noStore?: boolean;
  /** Do not create the repo on the Hub (it does not create repos on push). */
  noRepo?: boolean;
  beforeInstall?: (s: Setup) => Promise<void>;
} = {}): Promise<Setup> {
  const sb = new Sandbox();
  const name = o.name ?? sb.dir.split('/').pop()!;
  const ns = o.ns ?? 'alice';
  const bare = join(hub.repos, ns, name);
  if (!o.noRepo) await sb.git(sb.dir, 'init', '-q', '--bare', '-b', 'main', bare);
  const env = { HF_ENDPOINT: `http://127.0.0.1:${hub.port}`, ...o.env };
  const url = `http://127.0.0.1:${hub.port}/${ns}/${name}`;
  const creds = sb.path('creds');
  writeFileSync(creds, o.stored ? `http://${encodeURIComponent(o.stored.user)}:${encodeURIComponent(o.stored.password)}@${o.stored.host ?? `127.0.0.1:${hub.port}`}\n` : '', { mode: 0o600 });
  if (!o.noStore) await sb.git(sb.dir, 'config', '--global', 'credential.helper', `store --file=${creds}`);
  const repo = await sb.repo();
  await sb.git(repo, 'remote', 'add', 'origin', url);
  const s = { sb, repo, bare, url, env, secrets: o.stored ? [o.stored.password] : [] };
  await o.beforeInstall?.(s);
  const r = await sb.cli(repo, ['install'], { env });
  assert.is(r.exitCode, 0, `~> install: ${r.stderr}`);
  return s;
}


/** Tests that make setups with `keep(setup)` and have every sandbox removed afterwards. */
export function withSetups(s: Test) {
  return (name: string, fn: (keep: (x: Setup) => Setup) => Promise<void>) => s(name, async () => {
    const made: Setup[] = [];
    try {
      await fn((x) => (made.push(x), x));
    } finally {
      for (const x of made) x.sb.cleanup();
    }
  });
}

/**
 * A repo in a sandbox the test already has, pushing to `alice/<name>` on the loopback Hub,
 * with a `store` helper whose token `use()` sets; nothing of hf-hooks installed (the tests
 * that install it their own way: npx, lefthook, pre-commit).
 */
export async function hubRepo(sb: Sandbox, hub: Hub, name: string, extraEnv: Record<string, string> = {}) {
  const bare = join(hub.repos, 'alice', name);
  await sb.git(sb.dir, 'init', '-q', '--bare', '-b', 'main', bare);
  const repo = await sb.repo(name);
  await sb.git(repo, 'remote', 'add', 'origin', `http://127.0.0.1:${hub.port}/alice/${name}`);
  const creds = sb.path('creds');
  await sb.git(sb.dir, 'config', '--global', 'credential.helper', `store --file=${creds}`);
  const use = (token: string) => writeFileSync(creds, `http://alice:${token}@127.0.0.1:${hub.port}\n`, { mode: 0o600 });
  return { repo, bare, use, env: { HF_ENDPOINT: `http://127.0.0.1:${hub.port}`, ...extraEnv } };
}

/**
 * The check is live in a hubRepo() however it was installed: with a read token the push is
 * stopped before any upload; with a write token it lands and the commit arrives.
 */
export async function readStoppedWriteLands(sb: Sandbox, hub: Hub, r: Awaited<ReturnType<typeof hubRepo>>, tokens: { read: string; write: string }): Promise<void> {
  r.use(tokens.read);
  hub.requests.length = 0;
  assertBlocked(await pushMain(sb, r.repo, r.env), 'token.read-only', () => hub.sawPushUpload());
  r.use(tokens.write);
  const ok = await pushMain(sb, r.repo, r.env);
  assert.is(ok.exitCode, 0, ok.stderr);
  assert.is(await arrived(sb, r.bare), await sb.git(r.repo, 'rev-parse', 'main'));
}
