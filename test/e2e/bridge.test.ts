// HTTPS credentials that just work: the real `hf auth login` writes huggingface_hub's token
// files, and `git push` gets that token through hf-hooks' helper (the bridge); in a terminal
// hf-hooks asks for a token itself and checks it before Git sends anything. Against the
// loopback Hub, whose log keeps a SHA-256 of every secret it was sent, never the secret.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hfCli } from '../helpers/hf-cli.ts';
import { hubForSuite, sha256 } from '../helpers/hub.ts';
import { type Setup, setup, withSetups } from '../helpers/hub-client.ts';
import { arrived, assertBlocked } from '../helpers/push.ts';
import { inPty } from '../helpers/pty.ts';
import { newKey, sshConfig } from '../helpers/ssh-client.ts';
import { sshdForSuite } from '../helpers/sshd.ts';

const hfToken = () => `hf_${randomBytes(24).toString('hex').slice(0, 34)}`;

const bridge = suite('e2e: the huggingface_hub bridge and the token prompt');
const hub = hubForSuite(bridge);
const scenario = withSetups(bridge);

const sshdOf = sshdForSuite(bridge);

/** The sandbox's environment with the real `hf` on PATH, huggingface_hub pointed at the loopback Hub. */
async function hfEnv(x: Setup): Promise<Record<string, string>> {
  return { ...x.env, PATH: `${await hfCli()}:${x.sb.env.PATH}`, HF_HUB_DISABLE_UPDATE_CHECK: '1', HF_HUB_DISABLE_TELEMETRY: '1' };
}

/** `hf auth login --token`, the real one: it validates the token with the Hub and writes the token file. */
async function hfLogin(x: Setup, token: string): Promise<void> {
  const r = await x.sb.run('hf', ['auth', 'login', '--token', token], { cwd: x.repo, env: await hfEnv(x) });
  assert.is(r.exitCode, 0, r.stdout + r.stderr);
  assert.is(readFileSync(x.sb.path('.cache', 'huggingface', 'token'), 'utf8').trim(), token, '~> hf wrote the token file');
}

async function push(x: Setup, env: Record<string, string> = {}, args = ['push', 'origin', 'main']) {
  await x.sb.git(x.repo, 'commit', '-q', '--allow-empty', '-m', `c${randomBytes(3).toString('hex')}`);
  hub().requests.length = 0;
  const r = await x.sb.run('git', args, { cwd: x.repo, env: { ...x.env, ...env } });
  for (const secret of x.secrets) assert.not.match(r.stdout + r.stderr, secret, '~> no token in any output');
  return r;
}

const landed = async (x: Setup, r: { exitCode: number; stderr: string }) => {
  assert.is(r.exitCode, 0, r.stderr);
  assert.is(await arrived(x.sb, x.bare), await x.sb.git(x.repo, 'rev-parse', 'main'), '~> the objects arrived');
};
const blocked = (r: { exitCode: number; stderr: string }, id: string, says: string[] = []) => assertBlocked(r, id, () => hub().sawPushUpload(), says);
const pushedWith = (token: string) => hub().requests.some((q) => q.path.endsWith('/git-receive-pack') && q.method === 'POST' && q.secret === sha256(token));
const stored = (x: Setup) => readFileSync(x.sb.path('creds'), 'utf8');

scenario('`hf auth login` alone: the push gets huggingface_hub\'s token with no prompt, lands, and Git then stores it in the user\'s helper', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const x = keep(await setup(hub()));
  x.secrets.push(a.token);
  await hfLogin(x, a.token);
  const r = await push(x);
  await landed(x, r);
  assert.not.match(r.stderr, 'hf-hooks:', '~> nothing to say');
  assert.ok(pushedWith(a.token), '~> with the token from the token file');
  assert.match(stored(x), a.token, "~> Git handed it to the user's store helper after the push worked");
  const doctor = await x.sb.cli(x.repo, ['doctor'], { env: x.env });
  assert.is(doctor.exitCode, 0);
  assert.match(doctor.stdout, 'Git asks these credential helpers');
});

scenario('where the token comes from: doctor and status say "through hf-hooks"', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const x = keep(await setup(hub(), { noStore: true }));
  x.secrets.push(a.token);
  await hfLogin(x, a.token);
  const doctor = await x.sb.cli(x.repo, ['doctor'], { env: x.env });
  assert.is(doctor.exitCode, 0, doctor.stdout);
  assert.match(doctor.stdout, `[https.bridged]`);
  assert.match(doctor.stdout, `from ${x.sb.path('.cache', 'huggingface', 'token')} (huggingface_hub and the hf CLI's token), through hf-hooks' credential helper`);
  const status = await x.sb.cli(x.repo, ['status'], { env: x.env });
  assert.match(status.stdout, `token for ${x.url.replace(/\/[^/]+\/[^/]+$/, '')}: from ${x.sb.path('.cache', 'huggingface', 'token')}`);
  assert.match(status.stdout, 'through hf-hooks');
  assert.not.match(doctor.stdout + status.stdout, a.token);
});

scenario('hf-hooks.bridge false: nothing is handed over; blocked with the fix that stores the token for Git', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const x = keep(await setup(hub()));
  x.secrets.push(a.token);
  await hfLogin(x, a.token);
  await x.sb.git(x.repo, 'config', 'hf-hooks.bridge', 'false');
  const r = await push(x);
  blocked(r, 'https.no-credential', [`hf auth login --token "$(cat '${x.sb.path('.cache', 'huggingface', 'token')}')" --add-to-git-credential`]);
  assert.not.ok(hub().requests.some((q) => q.secret === sha256(a.token)), '~> the token went nowhere');
});

scenario('a read token in the token file: handed over, then stopped by the pre-push check before the upload', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'read' });
  const x = keep(await setup(hub()));
  x.secrets.push(a.token);
  await hfLogin(x, a.token);
  blocked(await push(x), 'token.read-only');
});

/** huggingface_hub's files after an OAuth login that has expired (the real device-code login, then time passing). */
async function expiredOAuth(x: Setup): Promise<string> {
  hub().oauth = { user: 'alice', expiresIn: 2 };
  const env = await hfEnv(x);
  const login = await x.sb.run('hf', ['auth', 'login'], { cwd: x.repo, env });
  assert.is(login.exitCode, 0, login.stdout + login.stderr);
  const old = readFileSync(x.sb.path('.cache', 'huggingface', 'token'), 'utf8').trim();
  assert.match(old, /^hf_oauth_/);
  x.secrets.push(old);
  await new Promise((res) => setTimeout(res, 2500));
  return old;
}

scenario('an expired OAuth login: `hf auth token` on PATH (a stand-in that prints a fresh token) renews it, and the push lands with the fresh one', async (keep) => {
  const x = keep(await setup(hub()));
  await expiredOAuth(x);
  const fresh = hub().add({ token: `hf_oauth_${randomBytes(20).toString('hex')}`, user: 'alice', role: 'oauth' });
  x.secrets.push(fresh.token);
  const bin = x.sb.path('fake-hf');
  mkdirSync(bin);
  writeFileSync(join(bin, 'hf'), `#!/bin/sh\n[ "$1 $2" = "auth token" ] && echo '${fresh.token}'\n`, { mode: 0o755 });
  const r = await push(x, { PATH: `${bin}:${x.sb.env.PATH}` });
  await landed(x, r);
  assert.ok(pushedWith(fresh.token));
});

scenario('an expired OAuth login: the real `hf auth token` refreshes it with the Hub (POST /oauth/token), and the push lands', async (keep) => {
  const x = keep(await setup(hub()));
  const old = await expiredOAuth(x);
  hub().oauth = { user: 'alice', expiresIn: 30 * 86400 };
  const r = await push(x, { PATH: (await hfEnv(x)).PATH });
  await landed(x, r);
  const now = readFileSync(x.sb.path('.cache', 'huggingface', 'token'), 'utf8').trim();
  x.secrets.push(now);
  assert.is.not(now, old, '~> huggingface_hub rewrote its token file');
  assert.ok(pushedWith(now), '~> the push used the refreshed token');
  assert.ok(hub().requests.some((q) => q.path === '/oauth/token'), '~> refreshed by huggingface_hub itself');
});

scenario('an expired OAuth login and no `hf` on PATH: nothing handed over; blocked, and the fix is `hf auth login`', async (keep) => {
  const x = keep(await setup(hub()));
  await expiredOAuth(x);
  const r = await push(x);
  blocked(r, 'https.no-credential', ['[token.expired]', 'hf auth login']);
});

scenario('in a terminal: hf-hooks asks for a token, refuses an account password before Git sends it, takes a write token; the push lands and the user\'s store keeps it', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const x = keep(await setup(hub()));
  x.secrets.push(a.token);
  // No space, nothing but its shape to tell it from a token: it must still never leave the machine.
  const password = 'hunter2-my-account-password';
  hub().requests.length = 0;
  const tty = await inPty(['git', 'push', 'origin', 'main'], {
    cwd: x.repo, env: { ...x.sb.env, ...x.env },
    answers: [[/Hugging Face access token with the write role for [^\n]*: $/, password], [/Not sent anywhere: it does not look like a Hugging Face access token[^\n]*type it again[^\n]*: $/, a.token]],
  });
  assert.is(tty.exitCode, 0, tty.output);
  assert.is(tty.answered.length, 2, tty.output);
  assert.not.match(tty.output, a.token, '~> the typed token is not echoed');
  assert.not.match(tty.output, password, '~> nor the password');
  assert.not.match(tty.output, /Username for|Password for/, "~> hf-hooks asked, not Git");
  assert.not.ok(hub().requests.some((q) => q.secret === sha256(password)), '~> the password was never sent anywhere');
  assert.ok(await arrived(x.sb, x.bare));
  assert.match(stored(x), a.token, "~> Git stored the token with the user's helper");
});

scenario('in a terminal, a token of a shape hf-hooks has never seen: refused and sent nowhere; typed again, the Hub checks it and the push lands', async (keep) => {
  const odd = `hf-next-${randomBytes(12).toString('hex')}`;
  hub().add({ token: odd, user: 'alice', role: 'write' });
  const x = keep(await setup(hub()));
  x.secrets.push(odd);
  hub().requests.length = 0;
  let whoamiBeforeSecond = -1;
  const tty = await inPty(['git', 'push', 'origin', 'main'], {
    cwd: x.repo, env: { ...x.sb.env, ...x.env },
    answers: [[/Hugging Face access token with the write role for [^\n]*: $/, odd], [/Not sent anywhere[^\n]*type it again[^\n]*: $/, odd]],
    onAnswer: (n) => void (n === 1 && (whoamiBeforeSecond = hub().requests.filter((q) => q.secret === sha256(odd)).length)),
  });
  assert.is(tty.exitCode, 0, tty.output);
  assert.is(whoamiBeforeSecond, 0, '~> nothing carried it before it was typed again');
  assert.ok(hub().requests.some((q) => q.path === '/api/whoami-v2' && q.secret === sha256(odd)), '~> then the Hub checked it');
  assert.ok(await arrived(x.sb, x.bare));
});

scenario('in a terminal, nothing typed: a clean stop before anything is sent; GIT_TERMINAL_PROMPT=0: no question at all', async (keep) => {
  const x = keep(await setup(hub()));
  hub().requests.length = 0;
  const empty = await inPty(['git', 'push', 'origin', 'main'], { cwd: x.repo, env: { ...x.sb.env, ...x.env }, answers: [[/access token with the write role for [^\n]*: $/, '']] });
  assert.is.not(empty.exitCode, 0);
  assert.match(empty.output, '[https.prompt-cancelled]');
  assert.not.match(empty.output, /Username for|could not read/);
  assert.not.ok(hub().sawPushUpload());
  const off = await inPty(['git', 'push', 'origin', 'main'], { cwd: x.repo, env: { ...x.sb.env, ...x.env, GIT_TERMINAL_PROMPT: '0' } });
  assert.is.not(off.exitCode, 0);
  assert.not.match(off.output, 'access token with the write role', '~> not asked');
  assert.match(off.output, '[https.no-credential]');
  assert.not.ok(hub().sawPushUpload());
});

scenario('an SSH remote pushing an LFS file, the token only in huggingface_hub\'s file: git-lfs gets it through the bridge; the object and the commit arrive', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const x = keep(await setup(hub(), { noStore: true }));
  x.secrets.push(a.token);
  await hfLogin(x, a.token);
  // The push goes over SSH to the loopback sshd; git-lfs goes to the Hub's LFS API, set with
  // remote.<name>.lfsurl as a self-hosted user would (the derived https://127.0.0.1/ has no test port).
  const sshd = sshdOf();
  const key = await newKey(x.sb, 'alice');
  sshd.register(key.fingerprint, 'alice');
  const config = sshConfig(x.sb, { identity: key.path, knownHosts: sshd.hostKeyLine });
  const name = x.bare.split('/').pop()!;
  const sshBare = join(sshd.repos, 'alice', name);
  await x.sb.git(x.sb.dir, 'init', '-q', '--bare', '-b', 'main', sshBare);
  await x.sb.git(x.repo, 'remote', 'set-url', 'origin', `ssh://${sshd.user}@127.0.0.1:${sshd.port}/alice/${name}`);
  await x.sb.git(x.repo, 'config', 'core.sshCommand', `ssh -F ${config}`);
  await x.sb.git(x.repo, 'config', 'hf-hooks.127.0.0.1.provider', 'huggingface');
  await x.sb.git(x.repo, 'config', 'remote.origin.lfsurl', `${x.url}.git/info/lfs`);
  assert.is((await x.sb.cli(x.repo, ['install'], { env: x.env })).exitCode, 0);
  await x.sb.git(x.repo, 'lfs', 'install', '--skip-repo');
  await x.sb.git(x.repo, 'lfs', 'track', '*.bin');
  const bytes = randomBytes(1024 * 1024);
  writeFileSync(join(x.repo, 'weights.bin'), bytes);
  await x.sb.git(x.repo, 'add', '.gitattributes', 'weights.bin');
  await x.sb.git(x.repo, 'commit', '-q', '-m', 'weights');
  const oid = /oid sha256:([0-9a-f]{64})/.exec(await x.sb.git(x.repo, 'show', 'HEAD:weights.bin'))![1];
  hub().requests.length = 0;
  const r = await x.sb.run('git', ['push', 'origin', 'main'], { cwd: x.repo, env: x.env });
  assert.is(r.exitCode, 0, r.stderr);
  assert.not.match(r.stderr, a.token);
  assert.is(await arrived(x.sb, sshBare), await x.sb.git(x.repo, 'rev-parse', 'main'), '~> the commit arrived over SSH');
  assert.equal(readFileSync(join(hub().lfsStore(x.url.replace(/^http:\/\/[^/]+\//, '')), oid)), bytes, '~> the LFS object arrived');
  assert.ok(hub().requests.some((q) => q.method === 'PUT' && q.secret === sha256(a.token)), "~> uploaded with huggingface_hub's token");
});

bridge.run();
