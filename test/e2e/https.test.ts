// HTTPS token readiness: real git pushes through the installed pack to a real smart-HTTP
// server (git http-backend) that knows tokens like the Hub, and what the server received.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hubForSuite, sha256 } from '../helpers/hub.ts';
import { type Setup, setup, withSetups } from '../helpers/hub-client.ts';
import { freePort } from '../helpers/sshd.ts';
import { arrived, assertBlocked, pushMain } from '../helpers/push.ts';

const hfToken = () => `hf_${randomBytes(24).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 34).padEnd(34, 'x')}`;

async function push(s: Setup, env: Record<string, string> = {}) {
  const r = await pushMain(s.sb, s.repo, { ...s.env, ...env });
  for (const secret of s.secrets) {
    assert.not.match(r.stdout + r.stderr, secret, '~> the token never appears in any output');
    assert.not.match(r.stdout + r.stderr, secret.slice(3, 20), '~> not even part of it');
  }
  return r;
}

const arrivedIn = (s: Setup) => arrived(s.sb, s.bare);
const blocked = (r: { exitCode: number; stderr: string }, id: string) => assertBlocked(r, id, () => hub().sawPushUpload());

const https = suite('e2e: HTTPS, against git http-backend and a whoami API');
const hub = hubForSuite(https);

const scenario = withSetups(https);

scenario('write token: the push goes through, objects arrive, nothing printed', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const s = await setup(hub(), { stored: { user: 'alice', password: a.token } });
  keep(s);
  const r = await push(s);
  assert.is(r.exitCode, 0, r.stderr);
  assert.is(await arrivedIn(s), await s.sb.git(s.repo, 'rev-parse', 'main'));
  assert.ok(hub().sawPushUpload());
  assert.ok(hub().requests.some((q) => q.path === '/api/whoami-v2'), '~> the token was checked');
  assert.not.match(r.stderr, 'hf-hooks:');
});

scenario('nothing stored (bridge off): no prompt, https.no-credential from the credential helper, quit', async (keep) => {
  const s = await setup(hub(), );
  keep(s);
  await s.sb.git(s.repo, 'config', 'hf-hooks.bridge', 'false');
  const r = await push(s);
  blocked(r, 'https.no-credential');
  assert.match(r.stderr, `Git has no credential for http://127.0.0.1:${hub().port}, and nothing can ask for one here (no terminal, no askpass), so this push cannot authenticate.`);
  assert.match(r.stderr, 'hf-hooks stopped Git before it asked for a password');
  assert.match(r.stderr, 'told us to quit');
  assert.not.match(r.stderr, /Username for|Password for/);
  // The printed fix, pasted into a shell with a token typed at its prompt, makes the push work.
  const store = r.stderr.split('\n').map((l) => l.trim()).find((l) => l.includes('| git credential approve'));
  assert.ok(store, r.stderr);
  assert.not.match(r.stderr, 'credential.helper store', '~> a helper is configured already: not suggested again');
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  s.secrets.push(a.token);
  const pasted = await s.sb.run('bash', ['-c', store!], { cwd: s.repo, input: `${a.token}\n` });
  assert.is(pasted.exitCode, 0, pasted.stderr);
  const ok = await push(s);
  assert.is(ok.exitCode, 0, ok.stderr);
  assert.ok(await arrivedIn(s));
});

scenario('token only in HF_TOKEN: the bridge hands it to Git; with the bridge off, no-credential says Git does not read it, and how to store it', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const s = await setup(hub(), { env: { HF_TOKEN: '' } });
  keep(s);
  s.secrets.push(a.token);
  const bridged = await push(s, { HF_TOKEN: a.token });
  assert.is(bridged.exitCode, 0, bridged.stderr);
  assert.ok(await arrivedIn(s));
  await s.sb.git(s.repo, 'config', 'hf-hooks.bridge', 'false');
  await s.sb.git(s.repo, 'commit', '-q', '--allow-empty', '-m', 'bridge off');
  writeFileSync(s.sb.path('creds'), '');
  hub().requests.length = 0;
  const r = await push(s, { HF_TOKEN: a.token });
  blocked(r, 'https.no-credential');
  assert.match(r.stderr, 'You do have a Hugging Face token in $HF_TOKEN, but Git does not read it.');
  assert.match(r.stderr, 'hf auth login --token "$HF_TOKEN" --add-to-git-credential');
});

scenario('account password stored: https.password-not-token, explained before "Authentication failed"', async (keep) => {
  const s = await setup(hub(), { stored: { user: 'alice', password: 'correct horse battery staple' } });
  keep(s);
  const r = await push(s);
  blocked(r, 'https.password-not-token');
  assert.match(r.stderr, 'the Hub refuses account passwords for Git');
  assert.ok(r.stderr.indexOf('[https.password-not-token]') < r.stderr.indexOf('Authentication failed'), r.stderr);
});

scenario('invalid token: token.invalid (whoami says 401)', async (keep) => {
  const s = await setup(hub(), { stored: { user: 'alice', password: hfToken() } });
  keep(s);
  const r = await push(s);
  blocked(r, 'token.invalid');
  assert.match(r.stderr, 'rejected it (401)');
  assert.match(r.stderr, 'git credential reject');
});

scenario('read token: token.read-only, blocked in pre-push before the pack is sent', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'read', displayName: 'laptop' });
  const s = await setup(hub(), { stored: { user: 'alice', password: a.token } });
  keep(s);
  const r = await push(s);
  blocked(r, 'token.read-only');
  assert.match(r.stderr, 'The token Git would push with (alice) is read-only: "laptop" has the "read" role');
  assert.match(r.stderr, 'git push --no-verify');
  assert.ok(hub().requests.some((q) => q.path.endsWith('/info/refs')), '~> Git had connected; only the upload was stopped');
});

scenario('fine-grained token for another repo: token.no-write-access', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'fineGrained', displayName: 'ci', scoped: [{ entity: { type: 'model', name: 'alice/other' }, permissions: ['repo.content.read', 'repo.write'] }] });
  const s = await setup(hub(), { stored: { user: 'alice', password: a.token } });
  keep(s);
  const r = await push(s);
  blocked(r, 'token.no-write-access');
  assert.match(r.stderr, `fine-grained "ci" has no "repo.write" permission on alice`);
});

scenario("write token to another user's namespace: token.no-write-access names both", async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write', orgs: [{ name: 'acme', roleInOrg: 'read' }] });
  const s = await setup(hub(), { ns: 'bob', stored: { user: 'alice', password: a.token } });
  keep(s);
  const r = await push(s);
  blocked(r, 'token.no-write-access');
  assert.match(r.stderr, "alice's token cannot push to bob/");
  assert.match(r.stderr, 'bob is neither alice nor an organization alice belongs to');
  const org = await setup(hub(), { ns: 'acme', stored: { user: 'alice', password: a.token } });
  keep(org);
  const r2 = await push(org);
  blocked(r2, 'token.no-write-access');
  assert.match(r2.stderr, 'alice has the "read" role in acme');
});

scenario('an org where the token user may write: the push goes through', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write', orgs: [{ name: 'acme', roleInOrg: 'write' }] });
  const s = await setup(hub(), { ns: 'acme', stored: { user: 'alice', password: a.token } });
  keep(s);
  const r = await push(s);
  assert.is(r.exitCode, 0, r.stderr);
  assert.ok(await arrivedIn(s));
});

scenario('credential stored for one name of the Hub, remote says the other: https.host-alias', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const s = await setup(hub(), {
    stored: { user: 'alice', password: a.token },
    beforeInstall: async ({ sb, repo }) => {
      await sb.git(repo, 'config', 'hf-hooks.localhost.provider', 'huggingface');
      await sb.git(repo, 'remote', 'set-url', 'origin', `http://localhost:${hub().port}/alice/${sb.dir.split('/').pop()}`);
    },
  });
  keep(s);
  const r = await push(s);
  blocked(r, 'https.host-alias');
  assert.match(r.stderr, `Git has a credential for 127.0.0.1:${hub().port}, but this remote says localhost:${hub().port}`);
  assert.match(r.stderr, `git remote set-url origin http://127.0.0.1:${hub().port}/alice/`);
});

scenario('API down: api.unreachable warns and the push goes through', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const s = await setup(hub(), { stored: { user: 'alice', password: a.token } });
  keep(s);
  await s.sb.git(s.repo, 'config', `hf-hooks.127.0.0.1.api`, `http://127.0.0.1:${await freePort()}`);
  const r = await push(s);
  assert.is(r.exitCode, 0, r.stderr);
  assert.match(r.stderr, '[api.unreachable]');
  assert.ok(await arrivedIn(s));
});

scenario('API hanging: the push is held no longer than the budget, then goes through', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const s = await setup(hub(), { stored: { user: 'alice', password: a.token } });
  keep(s);
  await s.sb.git(s.repo, 'config', 'hf-hooks.timeout', '1500');
  rmSync(s.sb.path('.cache', 'hf-hooks'), { recursive: true, force: true });
  hub().api = 'hang';
  const started = Date.now();
  const r = await push(s);
  const took = Date.now() - started;
  assert.is(r.exitCode, 0, r.stderr);
  assert.match(r.stderr, 'no answer within');
  // Generous for a loaded 2-core machine, and far below a server that never answers.
  assert.ok(took < 15_000, `~> took ${took} ms`);
});

scenario('a credential helper that would prompt if allowed is never allowed to by hf-hooks', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const s = await setup(hub(), { stored: { user: 'alice', password: a.token } });
  keep(s);
  const log = s.sb.path('prompter.log');
  const helper = s.sb.path('prompter.sh');
  writeFileSync(helper, `#!/bin/sh
[ "$1" = get ] || exit 0
cat >/dev/null
if [ "\${GIT_TERMINAL_PROMPT:-1}" != 0 ] && [ "\${GCM_INTERACTIVE:-auto}" != never ]; then
  echo "prompted quiet=\${HF_HOOKS_CREDENTIAL_QUIET:-}" >> '${log}'
else
  echo "stayed quiet quiet=\${HF_HOOKS_CREDENTIAL_QUIET:-} askpass=[\${GIT_ASKPASS:-}]" >> '${log}'
fi
`, { mode: 0o755 });
  // First in line, before the store that has the token.
  writeFileSync(s.sb.env.GIT_CONFIG_GLOBAL, readFileSync(s.sb.env.GIT_CONFIG_GLOBAL, 'utf8').replace('[credential]\n', `[credential]\n\thelper = ${helper}\n`));
  const r = await push(s);
  assert.is(r.exitCode, 0, r.stderr);
  const calls = readFileSync(log, 'utf8').trim().split('\n');
  assert.ok(calls.includes('stayed quiet quiet=1 askpass=[]'), `~> hf-hooks asked with prompts off: ${calls}`);
  assert.not.ok(calls.some((c) => c.startsWith('prompted quiet=1')), '~> never allowed to prompt by hf-hooks');
});

scenario('the whole runtime gone (a cleaned ~/.local/share): the helper entry answers nothing, Git\'s own store serves, the push lands with one warning', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const s = await setup(hub(), { stored: { user: 'alice', password: a.token } });
  keep(s);
  rmSync(s.sb.path('.local', 'share', 'hf-hooks'), { recursive: true });
  const fetch = await s.sb.run('git', ['ls-remote', 'origin'], { cwd: s.repo, env: s.env });
  assert.is(fetch.exitCode, 0, fetch.stderr);
  assert.not.match(fetch.stderr, 'not found', '~> no "credential: not found" on every operation');
  const r = await push(s);
  assert.is(r.exitCode, 0, r.stderr);
  assert.match(r.stderr, 'the check did not run');
  assert.not.match(r.stderr, 'not found');
  assert.is(await arrivedIn(s), await s.sb.git(s.repo, 'rev-parse', 'main'));
});

/** An editor's askpass: logs each question, answers the next line of `answers` (exit 1 when none is left). */
function askpass(s: Setup, answers: string[]): { env: Record<string, string>; asked: () => string[] } {
  const log = s.sb.path('askpass.log');
  const file = s.sb.path('askpass.answers');
  writeFileSync(file, answers.map((a) => `${a}\n`).join(''));
  const program = s.sb.path('askpass.sh');
  writeFileSync(program, `#!/bin/sh
printf '%s\\n' "$1" >> '${log}'
first=$(head -n 1 '${file}')
[ -n "$first" ] || exit 1
tail -n +2 '${file}' > '${file}.rest' && mv '${file}.rest' '${file}'
printf '%s\\n' "$first"
`, { mode: 0o755 });
  writeFileSync(log, '');
  return { env: { GIT_ASKPASS: program }, asked: () => readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

const QUESTION = 'Hugging Face access token with the write role for 127.0.0.1:';

scenario('an editor\'s askpass, nothing stored: hf-hooks asks for a token in its own words; a write token lands', async (keep) => {
  const a = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const s = keep(await setup(hub(), { noStore: true }));
  s.secrets.push(a.token);
  // Without hf-hooks, Git asks the same program for a user name and a "Password".
  const plain = askpass(s, ['alice', a.token]);
  const before = await push(s, { ...plain.env, HF_HOOKS: '0' });
  assert.is(before.exitCode, 0, before.stderr);
  assert.match(plain.asked().join('\n'), /Username for .*\nPassword for /);
  await s.sb.git(s.repo, 'commit', '-q', '--allow-empty', '-m', 'with hf-hooks');
  const ask = askpass(s, [a.token]);
  const r = await push(s, ask.env);
  assert.is(r.exitCode, 0, r.stderr);
  assert.not.match(r.stderr, 'told us to quit');
  assert.is(ask.asked().length, 1, `~> one question: ${ask.asked()}`);
  assert.match(ask.asked()[0], QUESTION);
  assert.match(ask.asked()[0], '(https://huggingface.co/settings/tokens): ');
  assert.not.match(ask.asked().join('\n'), /Username for|Password for/, "~> the program saw hf-hooks' question, not Git's");
  assert.not.match(r.stderr, /no-credential|hf-hooks:/, '~> the pre-push check knows the token it was given');
  assert.is(await arrivedIn(s), await s.sb.git(s.repo, 'rev-parse', 'main'));
});

scenario('askpass answers: a password is refused with the reason and asked again, three times at most; a read token and a cancel stop before any receive-pack', async (keep) => {
  const read = hub().add({ token: hfToken(), user: 'alice', role: 'read' });
  const write = hub().add({ token: hfToken(), user: 'alice', role: 'write' });
  const s = keep(await setup(hub(), { noStore: true }));
  s.secrets.push(read.token, write.token);

  const passwords = ['correct horse battery staple', 'hunter2-my-account-password', 'my password'];
  hub().requests.length = 0;
  const thrice = askpass(s, passwords);
  blocked(await push(s, thrice.env), 'https.password-not-token');
  assert.is(thrice.asked().length, 3);
  assert.match(thrice.asked()[1], /^Not sent anywhere: it contains a space, .*Create a token at https:\/\/huggingface\.co\/settings\/tokens\. Hugging Face access token/);
  assert.match(thrice.asked()[2], /^Not sent anywhere: it does not look like a Hugging Face access token .*type it again to have Hugging Face check it\. Hugging Face access token/);
  for (const p of passwords) assert.not.ok(hub().requests.some((q) => q.secret === sha256(p)), `~> "${p}" was sent nowhere`);

  const then = askpass(s, ['correct horse battery staple', write.token]);
  const r = await push(s, then.env);
  assert.is(r.exitCode, 0, `~> the second answer is a write token: ${r.stderr}`);
  assert.is(then.asked().length, 2);

  await s.sb.git(s.repo, 'commit', '-q', '--allow-empty', '-m', 'read');
  hub().requests.length = 0;
  const readOnly = await push(s, askpass(s, [read.token]).env);
  blocked(readOnly, 'token.read-only');

  hub().requests.length = 0;
  const cancel = askpass(s, []);
  const cancelled = await push(s, cancel.env);
  blocked(cancelled, 'https.prompt-cancelled');
  assert.is(cancel.asked().length, 1, '~> one question, then a clean stop');
  assert.not.match(cancelled.stderr, /Username for|could not read/);
});

scenario('uninstall removes exactly the helper install added; the config file comes back byte for byte', async (keep) => {
  const s = await setup(hub(), );
  keep(s);
  const config = join(s.repo, '.git', 'config');
  assert.match(readFileSync(config, 'utf8'), `[credential "http://127.0.0.1:${hub().port}"]`);
  assert.is((await s.sb.cli(s.repo, ['uninstall'], { env: s.env })).exitCode, 0);
  const before = readFileSync(config);
  await s.sb.git(s.repo, 'config', '--add', `credential.http://127.0.0.1:${hub().port}.helper`, 'cache');
  const withMine = readFileSync(config);
  assert.is((await s.sb.cli(s.repo, ['install'], { env: s.env })).exitCode, 0);
  assert.match(readFileSync(config, 'utf8'), /helper = cache\n\thelper = "!f\(\) \{ if \[ -x '.*\/credential' \].*; f"\n/, '~> appended after the user\'s own');
  assert.is((await s.sb.cli(s.repo, ['uninstall'], { env: s.env })).exitCode, 0);
  assert.equal(readFileSync(config), withMine);
  assert.not.equal(before, withMine);
});

https.run();
