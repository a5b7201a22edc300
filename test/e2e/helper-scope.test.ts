// A credential helper Git finds from the push URL's path (gitcredentials(7): a
// `credential.<url>` section matches the URL with its path, even though Git then passes
// only protocol and host to the helper unless credential.useHttpPath is set). Set up after
// `hf-hooks install`, in every scope: hf-hooks' helper must never stand in front of it.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hubForSuite } from '../helpers/hub.ts';
import { type Setup, setup, withSetups } from '../helpers/hub-client.ts';
import { arrived, assertBlocked, pushMain } from '../helpers/push.ts';

const hfToken = () => `hf_${randomBytes(24).toString('hex').slice(0, 34)}`;

const s = suite('e2e: a credential helper scoped to a repository path is never shadowed');
const hub = hubForSuite(s);
const scenario = withSetups(s);

/** `store --file F` holding `token` for the Hub, set as `credential.<key>.helper` by `set`. */
async function scoped(x: Setup, token: string, user = 'acme'): Promise<string> {
  const file = x.sb.path('acme-creds');
  writeFileSync(file, `http://${user}:${token}@127.0.0.1:${hub().port}\n`, { mode: 0o600 });
  x.secrets.push(token);
  return `store --file ${file}`;
}

async function push(x: Setup, env: Record<string, string> = {}) {
  const r = await pushMain(x.sb, x.repo, { ...x.env, ...env });
  for (const secret of x.secrets) assert.not.match(r.stdout + r.stderr, secret, '~> no token in any output');
  return r;
}

async function lands(x: Setup, env: Record<string, string> = {}) {
  const r = await push(x, env);
  assert.is(r.exitCode, 0, r.stderr);
  assert.not.match(r.stderr, 'told us to quit', r.stderr);
  assert.is(await arrived(x.sb, x.bare), await x.sb.git(x.repo, 'rev-parse', 'main'), '~> the objects arrived');
  return r;
}

/** Each scope a `credential.<url-with-path>.helper` can come from, set after install. */
const SCOPES: [string, (x: Setup, key: string, value: string) => Promise<void>][] = [
  ['the repository (--local)', (x, key, value) => x.sb.git(x.repo, 'config', key, value).then(() => {})],
  ['the user (--global)', (x, key, value) => x.sb.git(x.repo, 'config', '--global', key, value).then(() => {})],
  ['an include file of the global config', async (x, key, value) => {
    const inc = x.sb.path('acme.inc');
    await x.sb.git(x.repo, 'config', '--file', inc, key, value);
    await x.sb.git(x.repo, 'config', '--global', 'include.path', inc);
  }],
  ['GIT_CONFIG_COUNT in the environment', async (x, key, value) => {
    Object.assign(x.env, { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: key, GIT_CONFIG_VALUE_0: value });
  }],
];

for (const [where, set] of SCOPES) {
  scenario(`a write token from a path-scoped helper in ${where}: the push lands, hf-hooks says nothing`, async (keep) => {
    const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
    const x = keep(await setup(hub(), { noStore: true }));
    await set(x, `credential.${x.url}.helper`, await scoped(x, a.token));
    const r = await lands(x);
    assert.not.match(r.stderr, 'hf-hooks:', r.stderr);
  });
}

scenario('a read token from a path-scoped helper: token.read-only, judged on that token, before the pack', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'read' });
  const x = keep(await setup(hub(), { noStore: true }));
  await x.sb.git(x.repo, 'config', `credential.${x.url}.helper`, await scoped(x, a.token));
  assertBlocked(await push(x), 'token.read-only', () => hub().sawPushUpload());
  hub().requests.length = 0;
  const off = await push(x, { HF_HOOKS: '0' });
  assert.is.not(off.exitCode, 0);
  assert.match(off.stderr, 'DENIED update refs/heads/main: forbidden', off.stderr);
});

scenario('two accounts: a host-wide store for one, credential.<url-with-path>.username picks the other from it', async (keep) => {
  const me = hub().add({ token: hfToken(), user: 'bob', role: 'read' });
  const acme = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const x = keep(await setup(hub(), { stored: { user: 'bob', password: me.token } }));
  // One store, two lines: Git's store helper answers the line whose user matches, when a user is asked for.
  const creds = x.sb.path('creds');
  writeFileSync(creds, `http://alice:${acme.token}@127.0.0.1:${hub().port}\nhttp://bob:${me.token}@127.0.0.1:${hub().port}\n`, { mode: 0o600 });
  x.secrets.push(acme.token);
  await x.sb.git(x.repo, 'config', `credential.${x.url}.username`, 'alice');
  await lands(x);
});

scenario('a path-scoped helper for another repository of the same host does not silence the guidance for this one', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const x = keep(await setup(hub(), { noStore: true }));
  await x.sb.git(x.repo, 'config', '--global', `credential.http://127.0.0.1:${hub().port}/alice/elsewhere.helper`, await scoped(x, a.token));
  const r = await push(x);
  assertBlocked(r, 'https.no-credential', () => hub().sawPushUpload());
});

s.run();
