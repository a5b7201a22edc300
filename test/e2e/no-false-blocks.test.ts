// No false blocks, and fixes that work when pasted: every case of issue 11 as a real push
// to the loopback Hub (git http-backend + the Hub's write rules, whoami-v2, repo info, the
// OAuth device login), with the real huggingface_hub writing the token files and running
// the fixes hf-hooks prints, and the terminal cases under a pseudo-terminal of their own.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hfCli, hubGetToken } from '../helpers/hf-cli.ts';
import { hubForSuite } from '../helpers/hub.ts';
import { type Setup, setup, withSetups } from '../helpers/hub-client.ts';
import { arrived, assertBlocked } from '../helpers/push.ts';
import { inPty } from '../helpers/pty.ts';

const hfToken = () => `hf_${randomBytes(24).toString('hex').slice(0, 34)}`;

const s = suite('e2e: no false blocks, and fixes that work when pasted');
const hub = hubForSuite(s);
const scenario = withSetups(s);

/** The sandbox's environment with the real `hf` on PATH and huggingface_hub pointed at the loopback Hub. */
async function hfEnv(x: Setup, extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const bin = await hfCli();
  return { ...x.sb.env, ...x.env, PATH: `${bin}:${x.sb.env.PATH}`, HF_HUB_DISABLE_UPDATE_CHECK: '1', HF_HUB_DISABLE_TELEMETRY: '1', ...extra };
}

async function push(x: Setup, env: Record<string, string> = {}, args = ['push', 'origin', 'main']) {
  const r = await x.sb.run('git', args, { cwd: x.repo, env: { ...x.env, ...env } });
  for (const secret of x.secrets) assert.not.match(r.stdout + r.stderr, secret, '~> no token in any output');
  return r;
}

const blocked = (r: { exitCode: number; stderr: string }, id: string) => assertBlocked(r, id, () => hub().sawPushUpload());
const landed = async (x: Setup, r: { exitCode: number; stderr: string }) => {
  assert.is(r.exitCode, 0, r.stderr);
  assert.is(await arrived(x.sb, x.bare), await x.sb.git(x.repo, 'rev-parse', 'main'), '~> the objects arrived');
};

/** The fix steps of one finding, as printed, without their `# why` comments. */
function fixOf(stderr: string, id: string): string[] {
  const block = stderr.slice(stderr.indexOf(`[${id}]`));
  const lines = block.split('\n');
  const start = lines.findIndex((l) => l.trim() === 'Fix:');
  if (start < 0) return [];
  const out: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (!l.startsWith('      ')) break;
    out.push(l.trim().replace(/\s{4}#.*$/, ''));
  }
  return out;
}

/** Pastes fix steps into bash, one at a time, the way a user would. */
async function paste(x: Setup, steps: string[], env: Record<string, string>, input = '') {
  for (const step of steps) {
    const r = await x.sb.run('bash', ['-c', step], { cwd: x.repo, env, input });
    assert.is(r.exitCode, 0, `~> the pasted fix "${step}" failed: ${r.stderr}`);
  }
}

scenario('HF_TOKEN only, no helper anywhere, bridge off: the fix names a helper first, then the hf form that works; pasted, the push lands', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const x = keep(await setup(hub(), { noStore: true }));
  x.secrets.push(a.token);
  await x.sb.git(x.repo, 'config', 'hf-hooks.bridge', 'false');
  const env = await hfEnv(x, { HF_TOKEN: a.token });
  const r = await push(x, env);
  blocked(r, 'https.no-credential');
  const fix = fixOf(r.stderr, 'https.no-credential');
  assert.equal(fix.slice(0, 2), ['git config --global credential.helper store', 'hf auth login --token "$HF_TOKEN" --add-to-git-credential']);
  await paste(x, fix.slice(0, 2), env);
  await landed(x, await push(x, env));
});

scenario('the browser login (OAuth device flow), bridge off: hf writes hf_oauth_ files, the printed fix hands the token to Git, the push lands, masked', async (keep) => {
  hub().oauth = { user: 'alice', expiresIn: 30 * 86400 };
  const x = keep(await setup(hub()));
  await x.sb.git(x.repo, 'config', 'hf-hooks.bridge', 'false');
  const env = await hfEnv(x);
  const login = await x.sb.run('hf', ['auth', 'login'], { cwd: x.repo, env });
  assert.is(login.exitCode, 0, login.stdout + login.stderr);
  const token = await hubGetToken(env);
  assert.match(token, /^hf_oauth_/, '~> huggingface_hub itself uses the OAuth token');
  x.secrets.push(token);
  const stored = readFileSync(join(x.sb.env.XDG_CACHE_HOME, 'huggingface', 'stored_tokens'), 'utf8');
  assert.match(stored, /\[oauth-alice\][\s\S]*expires_at = \d+/, '~> hf recorded the expiry');
  const r = await push(x, env);
  blocked(r, 'https.no-credential');
  const fix = fixOf(r.stderr, 'https.no-credential');
  // Not `hf auth login --token`: re-saving an OAuth login drops the refresh metadata huggingface_hub needs.
  assert.equal(fix[0], `printf 'url=${x.env.HF_ENDPOINT}\\nusername=hf_user\\npassword=%s\\n\\n' "$(hf auth token)" | git credential approve`);
  await paste(x, fix.slice(0, 1), env);
  const ok = await push(x, env);
  await landed(x, ok);
  assert.not.match(ok.stderr, 'hf-hooks:', '~> an OAuth token (whoami has no accessToken) is not read-only: nothing to say');
});

scenario('an OAuth token that expires in 3 days: the push lands with token.expiring; once expired: token.expired, nothing sent', async (keep) => {
  hub().oauth = { user: 'alice', expiresIn: 3 * 86400 };
  const x = keep(await setup(hub()));
  const env = await hfEnv(x);
  assert.is((await x.sb.run('hf', ['auth', 'login'], { cwd: x.repo, env })).exitCode, 0);
  const token = await hubGetToken(env);
  x.secrets.push(token);
  await paste(x, [`printf 'url=${x.env.HF_ENDPOINT}\\nusername=hf_user\\npassword=%s\\n\\n' "$(hf auth token)" | git credential approve`], env);
  const r = await push(x, env);
  await landed(x, r);
  assert.match(r.stderr, '[token.expiring]');

  hub().oauth = { user: 'alice', expiresIn: 3 };
  const y = keep(await setup(hub()));
  const envY = await hfEnv(y);
  assert.is((await y.sb.run('hf', ['auth', 'login'], { cwd: y.repo, env: envY })).exitCode, 0);
  const tokenY = readFileSync(join(y.sb.env.XDG_CACHE_HOME, 'huggingface', 'token'), 'utf8').trim();
  y.secrets.push(tokenY);
  await paste(y, [`printf 'url=${y.env.HF_ENDPOINT}\\nusername=hf_user\\npassword=%s\\n\\n' "${tokenY}" | git credential approve`], envY);
  await new Promise((res) => setTimeout(res, 3500));
  hub().requests.length = 0;
  const dead = await push(y, envY);
  blocked(dead, 'token.expired');
});

scenario('a Trusted Publisher token (hf_jwt_): accepted, pushed, never printed', async (keep) => {
  const jwt = `hf_jwt_eyJhbGciOiJFUzI1NiJ9.${randomBytes(18).toString('base64url')}.${randomBytes(18).toString('base64url')}`;
  hub().add({ token: jwt, user: 'alice', role: 'write' });
  const x = keep(await setup(hub(), { stored: { user: 'hf_user', password: jwt } }));
  await landed(x, await push(x));
});

scenario("refs/pr/N of a stranger's repo: anyone may push there, it lands; main of the same repo is blocked, and the Hub agrees", async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const x = keep(await setup(hub(), { ns: 'bob', stored: { user: 'alice', password: a.token } }));
  const pr = await push(x, {}, ['push', 'origin', 'main:refs/pr/1']);
  assert.is(pr.exitCode, 0, pr.stderr);
  assert.is(await x.sb.git(x.bare, 'rev-parse', 'refs/pr/1'), await x.sb.git(x.repo, 'rev-parse', 'main'), '~> the PR ref arrived');
  hub().requests.length = 0;
  blocked(await push(x), 'token.no-write-access');
  const off = await push(x, { HF_HOOKS: '0' });
  assert.is.not(off.exitCode, 0);
  assert.match(off.stderr, 'DENIED update refs/heads/main: forbidden', '~> the Hub refuses it too, after the upload');
});

scenario('resource groups: an org reader with write in the group pushes (a warning, not a block); without the group, blocked, and the Hub agrees', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write', orgs: [{ name: 'acme', roleInOrg: 'read' }] });
  const x = keep(await setup(hub(), { ns: 'acme', stored: { user: 'alice', password: a.token } }));
  hub().groups.push({ name: 'vision', repos: [`acme/${x.bare.split('/').pop()}`], members: { alice: 'write' } });
  const r = await push(x);
  await landed(x, r);
  assert.match(r.stderr, '[token.no-write-access]');
  assert.match(r.stderr, 'resource group "vision"');

  const y = keep(await setup(hub(), { ns: 'acme', stored: { user: 'alice', password: a.token } }));
  hub().requests.length = 0;
  blocked(await push(y), 'token.no-write-access');
  const off = await push(y, { HF_HOOKS: '0' });
  assert.match(off.stderr, 'DENIED update refs/heads/main: forbidden');
});

scenario('no_access in the org: blocked; a contributor is let through with the PR way in, and the Hub then decides', async (keep) => {
  const none = hub().add({ token: hfToken(), user: 'alice', role: 'write', orgs: [{ name: 'acme', roleInOrg: 'no_access' }] });
  const x = keep(await setup(hub(), { ns: 'acme', stored: { user: 'alice', password: none.token } }));
  blocked(await push(x), 'token.no-write-access');
  const contrib = hub().add({ token: hfToken(), user: 'carol', role: 'write', orgs: [{ name: 'acme', roleInOrg: 'contributor' }] });
  const y = keep(await setup(hub(), { ns: 'acme', stored: { user: 'carol', password: contrib.token } }));
  const r = await push(y);
  assert.match(r.stderr, '[token.no-write-access]');
  assert.match(r.stderr, 'refs/pr/<number>');
  assert.ok(hub().sawPushUpload(), '~> not stopped by hf-hooks: the Hub decided');
});

scenario('a repo the Hub does not have: doctor says repo.not-found with the hf command that creates it; Git alone says only "not found"', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const x = keep(await setup(hub(), { noRepo: true, stored: { user: 'alice', password: a.token } }));
  const doctor = await x.sb.cli(x.repo, ['doctor'], { env: x.env });
  assert.is(doctor.exitCode, 1, doctor.stdout + doctor.stderr);
  assert.match(doctor.stdout, '[repo.not-found]');
  const create = fixOf(doctor.stdout, 'repo.not-found')[0];
  assert.match(create, /^hf repos create alice\/\S+$/);
  const r = await push(x);
  assert.is.not(r.exitCode, 0);
  assert.match(r.stderr, /repository '.*' not found/, '~> the Hub answers info/refs with 404: nothing is sent, and Git says no more');
  assert.not.ok(hub().sawPushUpload());
  // The loopback Hub has no repo-creation API; what the command asks for is made by hand.
  await x.sb.git(x.sb.dir, 'init', '-q', '--bare', '-b', 'main', x.bare);
  await landed(x, await push(x));
});

scenario('HTTPS in a terminal, nothing stored: a person is asked (by hf-hooks, for a token), the token typed there works; without a terminal, blocked', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const x = keep(await setup(hub()));
  x.secrets.push(a.token);
  const tty = await inPty(['git', 'push', 'origin', 'main'], {
    cwd: x.repo, env: { ...x.sb.env, ...x.env },
    answers: [[/Hugging Face access token with the write role for [^\n]*: $/, a.token]],
  });
  assert.is(tty.exitCode, 0, tty.output);
  assert.equal(tty.answered.length, 1, '~> asked once');
  assert.not.match(tty.output, 'push blocked', '~> a working prompt is not turned into a block');
  assert.not.match(tty.output, a.token, '~> the prompt does not echo the token');
  assert.ok(await arrived(x.sb, x.bare));

  const y = keep(await setup(hub()));
  hub().requests.length = 0;
  blocked(await push(y), 'https.no-credential');
});

/** A repo on a GitHub-shaped server: the provider's API at /gh, Hub rules off for it. */
async function onGitHub(keep: (x: Setup) => Setup, token: string, user: string, rules: { pushers: string[]; sso?: boolean }): Promise<Setup> {
  hub().add({ token, user, role: 'write' });
  const x = keep(await setup(hub(), {
    ns: 'acme', stored: { user, password: token }, env: { HF_ENDPOINT: '' },
    beforeInstall: async ({ sb, repo }) => {
      await sb.git(repo, 'config', 'hf-hooks.127.0.0.1.provider', 'github');
      await sb.git(repo, 'config', 'hf-hooks.127.0.0.1.api', `http://127.0.0.1:${hub().port}/gh`);
    },
  }));
  hub().github.set(`acme/${x.bare.split('/').pop()}`, rules);
  hub().requests.length = 0;
  return x;
}

const ghToken = (prefix: string) => `${prefix}${randomBytes(24).toString('hex').slice(0, 40)}`;

scenario('GitHub: a fine-grained token with push permission lands, nothing said; without it doctor says why, and GitHub refuses before any upload', async (keep) => {
  const ok = await onGitHub(keep, ghToken('github_pat_11A'), 'octo', { pushers: ['octo'] });
  const r = await push(ok);
  await landed(ok, r);
  assert.not.match(r.stderr, 'hf-hooks:');
  assert.ok(hub().requests.some((q) => q.path.startsWith('/gh/repos/acme/')), '~> the repository was asked about');

  // GitHub refuses a pusher at the ref advertisement (403), so Git stops before its hook;
  // doctor (which install runs) is where hf-hooks can say why.
  const no = await onGitHub(keep, ghToken('github_pat_11B'), 'mona', { pushers: [] });
  const doctor = await no.sb.cli(no.repo, ['doctor'], { env: no.env });
  assert.is(doctor.exitCode, 1);
  assert.match(doctor.stdout, '[token.no-write-access]');
  assert.match(doctor.stdout, 'GitHub says mona has no push permission on acme/');
  const refused = await push(no);
  assert.match(refused.stderr, 'The requested URL returned error: 403');
  assert.not.ok(hub().sawPushUpload());
});

scenario('GitHub: an org that wants SAML SSO: doctor says token.sso-required with the authorisation URL; nothing is sent', async (keep) => {
  const x = await onGitHub(keep, ghToken('ghp_'), 'octo', { pushers: ['octo'], sso: true });
  const doctor = await x.sb.cli(x.repo, ['doctor'], { env: x.env });
  assert.is(doctor.exitCode, 1);
  assert.match(doctor.stdout, '[token.sso-required]');
  assert.match(doctor.stdout, `http://127.0.0.1:${hub().port}/orgs/acme/sso?authorization_request=1`);
  const r = await push(x);
  assert.match(r.stderr, 'The requested URL returned error: 403');
  assert.not.ok(hub().sawPushUpload());
});

s.run();
