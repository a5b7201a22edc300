// Hostile input through every entry point (issue 16 item 5): doctor's arguments, the
// URL Git hands the pre-push hook, the ssh argv Git hands the wrapper, and what Git
// writes to the credential helper. Each input tries to run `touch <canary>/<n>` (shell
// metacharacters in every URL part, an ssh option as a host or user, Git's ext:: helper)
// or to get a token sent to a host it was not stored for (a look-alike host, a user name
// that reads as a host, HF_ENDPOINT elsewhere, a redirect from the API). The canary
// directory must stay empty, and no loopback server but the Hub may receive a secret.
import { chmodSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Hub, hubForSuite } from '../helpers/hub.ts';
import { type Setup, setup, withSetups } from '../helpers/hub-client.ts';
import { CLI, type Run } from '../helpers/sandbox.ts';
import { VERSION } from '../helpers/version.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

export const tried = { inputs: 0, wrongHost: 0 };

const hostile = suite('e2e: hostile input runs nothing and sends no secret astray');
const hub = hubForSuite(hostile);
const scenario = withSetups(hostile);
let evil: Hub;
hostile.before(async () => {
  evil = new Hub(mkdtempSync(join(tmpdir(), 'hf-hooks-evil-')));
  await evil.start();
});
hostile.after(() => evil.stop());
hostile.before.each(() => void (evil.requests.length = 0));

let n = 0;
const token = () => `hf_evil${String(++n).padStart(4, '0')}hostilehostilehostileho`;

/** Ways to try to run `touch <canary>/<id>`, each a part of a URL or an argument. */
const injections = (canary: string): ((id: string) => string)[] => [
  (id) => `$(touch ${canary}/${id})`,
  (id) => `\`touch ${canary}/${id}\``,
  (id) => `;touch ${canary}/${id}`,
  (id) => `|touch ${canary}/${id}`,
  (id) => `&&touch ${canary}/${id}`,
  (id) => `'$(touch ${canary}/${id})'`,
  (id) => `"$(touch ${canary}/${id})"`,
  (id) => `-oProxyCommand=touch ${canary}/${id}`,
  (id) => `$(touch\${IFS}${canary}/${id})`,
  (id) => `%24(touch%20${canary}/${id})`,
];

/** Every URL part, in every URL form Git knows. 127.0.0.1:9 is closed: nothing leaves the machine. */
const URL_FORMS: ((x: string) => string)[] = [
  (x) => `ssh://${x}@127.0.0.1:9/alice/m`,
  (x) => `ssh://git@${x}/alice/m`,
  (x) => `ssh://git@127.0.0.1:${x}/alice/m`,
  (x) => `ssh://git@127.0.0.1:9/alice/${x}`,
  (x) => `${x}@127.0.0.1:alice/m`,
  (x) => `git@${x}:alice/m`,
  (x) => `git@127.0.0.1:${x}`,
  (x) => `https://${x}@huggingface.co/alice/m`,
  (x) => `https://huggingface.co/alice/${x}`,
  (x) => `https://${x}/alice/m`,
  (x) => `ext::sh -c ${x}`,
  (x) => `file://${x}`,
];

const canaryOf = (s: Setup) => s.sb.path('canary');
const assertNothingRan = (s: Setup, what: string) => assert.equal(readdirSync(canaryOf(s)), [], `~> ${what}: a command ran`);
/** Secrets that reached any loopback server but the Hub. */
const astray = () => evil.requests.filter((r) => r.secret);

/** A Hub repo with a write token stored and HF_TOKEN set, an ssh that goes nowhere, and a canary. */
async function world(keep: (x: Setup) => Setup): Promise<Setup & { token: string }> {
  const t = hub().add({ token: token(), user: 'alice', role: 'write' }).token;
  const s = keep(await setup(hub(), { stored: { user: 'alice', password: t }, env: { HF_TOKEN: t } }));
  mkdirSync(canaryOf(s));
  // Whatever host a URL names, ssh connects to a closed loopback port (and prompts nobody).
  const config = s.sb.path('ssh_config');
  writeFileSync(config, 'Host *\n  Hostname 127.0.0.1\n  Port 9\n  BatchMode yes\n  StrictHostKeyChecking yes\n  UserKnownHostsFile /dev/null\n');
  await s.sb.git(s.repo, 'config', 'core.sshCommand', `ssh -F ${config}`);
  await s.sb.git(s.repo, 'config', 'hf-hooks.cacheTtl', '0');
  return { ...s, token: t };
}

async function inBatches<T>(items: T[], size: number, fn: (t: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

scenario('URLs with shell metacharacters or ssh options in every part, through doctor and the pre-push hook: nothing runs', async (keep) => {
  const s = await world(keep);
  const urls = URL_FORMS.flatMap((form, f) => injections(canaryOf(s)).map((inject, i) => form(inject(`u${f}-${i}`))));
  // doctor: a verdict, or (2) a clear word that the argument is neither a remote nor a URL.
  await inBatches(urls, 8, async (url) => {
    const r = await s.sb.cli(s.repo, ['doctor', url], { env: s.env });
    assert.ok([0, 1, 2].includes(r.exitCode), `~> doctor on ${JSON.stringify(url)}: ${r.exitCode} ${r.stderr}`);
    assert.not.match(r.stdout + r.stderr, 'internal error', `~> ${JSON.stringify(url)}`);
  });
  assertNothingRan(s, 'doctor');
  const head = await s.sb.git(s.repo, 'rev-parse', 'main');
  const hook = join(s.repo, '.git', 'hooks', 'pre-push');
  await inBatches(urls, 8, async (url) => {
    const r = await s.sb.run(hook, ['origin', url], { cwd: s.repo, env: s.env, input: `refs/heads/main ${head} refs/heads/main ${'0'.repeat(40)}\n` });
    assert.ok(r.exitCode === 0 || r.exitCode === 1, `~> the hook decided on ${JSON.stringify(url)}: ${r.exitCode} ${r.stderr}`);
    assert.not.match(r.stderr, 'internal error', `~> ${JSON.stringify(url)}: ${r.stderr}`);
  });
  assertNothingRan(s, 'the pre-push hook');
  assert.equal(astray(), []);
  tried.inputs += urls.length * 2;
});

scenario('ssh arguments with shell metacharacters and option-like hosts, through the wrapper: nothing runs, and the user\'s ssh gets them untouched', async (keep) => {
  const s = await world(keep);
  const c = canaryOf(s);
  // The user's ssh: records each argv (NUL-separated) and runs nothing.
  const log = s.sb.path('ssh.log');
  const recorder = s.sb.path('recording-ssh');
  writeFileSync(recorder, `#!/bin/sh\nfor a; do printf '%s\\0' "$a"; done >> '${log}'\nprintf '\\n' >> '${log}'\nexit 0\n`);
  chmodSync(recorder, 0o755);
  const wrapper = s.sb.path('.local', 'share', 'hf-hooks', VERSION, 'ssh');
  const argvs = [
    [`-oProxyCommand=touch ${c}/s1`, '127.0.0.1', "git-receive-pack 'alice/m'"],
    ['127.0.0.1', `git-receive-pack '$(touch ${c}/s2)'`],
    ['-p', `$(touch ${c}/s3)`, '127.0.0.1', "git-receive-pack 'alice/m'"],
    ['--', `-oProxyCommand=touch ${c}/s4`, "git-receive-pack 'alice/m'"],
    [`$(touch ${c}/s5)@127.0.0.1`, "git-receive-pack 'alice/m'"],
    [`\`touch ${c}/s6\``, "git-receive-pack 'alice/m'"],
    [`127.0.0.1;touch ${c}/s7`, "git-receive-pack 'alice/m'"],
    ['-o', `ProxyCommand=touch ${c}/s8`, 'git@127.0.0.1', "git-receive-pack 'alice/m'"],
    [`-l$(touch ${c}/s9)`, '127.0.0.1', "git-receive-pack 'alice/m'"],
    ['127.0.0.1', `git-receive-pack 'alice/m'; touch ${c}/s10`],
    ['127.0.0.1', `git-receive-pack "alice/m" | touch ${c}/s11`],
    [`-G`, `-oProxyCommand=touch ${c}/s12`],
  ];
  for (const argv of argvs) {
    writeFileSync(log, '');
    const r = await s.sb.run(wrapper, argv, { cwd: s.repo, env: { ...s.env, HF_HOOKS_SSH_COMMAND: recorder } });
    const calls = readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\0').slice(0, -1));
    // The user's ssh ran last, with Git's arguments exactly; hf-hooks' own calls (ssh -G,
    // the probe) never got an option-like destination.
    if (r.exitCode === 0) assert.equal(calls.at(-1), argv, `~> untouched: ${JSON.stringify(argv)}`);
    // `ssh -G` prints the configuration and connects nowhere (ssh(1)), so Git's own options
    // may go to it; any other call of hf-hooks' (the probe) carries none of them.
    for (const call of calls.slice(0, -1)) {
      if (call.includes('-G')) continue;
      assert.not.ok(call.some((a) => /ProxyCommand|touch/.test(a)), `~> hf-hooks passed Git's option on: ${JSON.stringify(call)}`);
    }
  }
  assertNothingRan(s, 'the ssh wrapper');
  tried.inputs += argvs.length;
});

scenario('credential-helper input that names other hosts, injects lines or is garbage: no token leaves for a host it was not stored for', async (keep) => {
  const s = await world(keep);
  const c = canaryOf(s);
  const hubHost = `127.0.0.1:${hub().port}`;
  const evilHost = `127.0.0.1:${evil.port}`;
  const inputs = [
    `protocol=http\nhost=${evilHost}\n\n`,
    `protocol=https\nhost=huggingface.co.evil.example\n\n`,
    `protocol=https\nhost=evil.example\npath=huggingface.co/alice/m\n\n`,
    `protocol=http\nhost=huggingface.co@${evilHost}\n\n`,
    `url=http://${hubHost}@${evilHost}/alice/m\n\n`,
    `url=http://${evilHost}/${hubHost}/alice/m\n\n`,
    // A key given twice: the last one is the request, as Git itself reads it (git credential
    // fill hands a helper host=b for host=a then host=b); so
    // the other host, last, must get nothing (the Hub last is a request for the Hub).
    `protocol=http\nhost=${hubHost}\nhost=${evilHost}\n\n`,
    `protocol=http\nhost=${evilHost}\nurl=http://${hubHost}/alice/m\n\n`,
    `protocol=ext\nhost=$(touch ${c}/c1)\n\n`,
    `url=ext::sh -c touch% ${c}/c2\n\n`,
    `protocol=http\nhost=\`touch ${c}/c3\`\n\n`,
    `protocol=http\nhost=${hubHost}\u0000${evilHost}\n\n`,
    `protocol=http\nhost=${hubHost}\r\nhost=${evilHost}\n\n`,
    `protocol=http\nhost=-oProxyCommand=touch ${c}/c4\n\n`,
    `${'x'.repeat(1 << 20)}\n\n`,
    '\u0000\u0001\u0002garbage\n\n',
    '',
  ];
  // Nothing stored for Git: HF_TOKEN reaches Git only through hf-hooks' bridge, and only for
  // the Hub's own host (HF_ENDPOINT), which the control below shows it does.
  writeFileSync(s.sb.path('creds'), '');
  const get = (input: string) => s.sb.run(process.execPath, [CLI, 'credential', 'get'], { cwd: s.repo, env: s.env, input });
  assert.match((await get(`protocol=http\nhost=${hubHost}\n\n`)).stdout, `password=${s.token}`, '~> control: the Hub gets it');
  for (const input of inputs) {
    const r = await get(input);
    if (r.stdout.includes(s.token)) tried.wrongHost += 1;
    assert.not.match(r.stdout, s.token, `~> handed the token out for ${JSON.stringify(input.slice(0, 80))}`);
  }
  assertNothingRan(s, 'the credential helper');
  tried.wrongHost += astray().length;
  assert.equal(astray(), [], '~> no secret reached another server');
  tried.inputs += inputs.length;
});

scenario('host confusion: a look-alike host, a user name that reads as the Hub, HF_ENDPOINT elsewhere, a redirect from the API', async (keep) => {
  const s = await world(keep);
  const evilUrl = (path: string) => `http://127.0.0.1:${evil.port}/${path}`;
  const cases: { what: string; run: () => Promise<Run> }[] = [
    { what: 'user name huggingface.co, host elsewhere', run: () => s.sb.cli(s.repo, ['doctor', `http://huggingface.co@127.0.0.1:${evil.port}/alice/m`], { env: s.env }) },
    { what: 'a look-alike host', run: () => s.sb.cli(s.repo, ['doctor', 'https://huggingface.co.evil.example/alice/m'], { env: s.env }) },
    { what: 'a remote elsewhere than HF_ENDPOINT', run: () => s.sb.cli(s.repo, ['doctor', evilUrl('alice/m')], { env: s.env }) },
    { what: 'HF_ENDPOINT elsewhere than the remote', run: () => s.sb.cli(s.repo, ['doctor', s.url], { env: { ...s.env, HF_ENDPOINT: evilUrl('') } }) },
  ];
  for (const c of cases) {
    const r = await c.run();
    assert.ok(r.exitCode === 0 || r.exitCode === 1, `~> ${c.what}: ${r.stderr}`);
    assert.equal(astray(), [], `~> ${c.what}: a secret reached another server`);
  }
  // The Hub's API answers with a redirect to another port: not followed, the token stays.
  hub().api = 'redirect';
  hub().redirectTo = evilUrl('api/whoami-v2');
  const r = await s.sb.cli(s.repo, ['doctor'], { env: s.env });
  assert.ok(hub().requests.some((q) => q.path === '/api/whoami-v2'), '~> the Hub was asked');
  assert.equal(evil.requests.filter((q) => q.path === '/api/whoami-v2'), [], '~> the redirect was not followed');
  assert.not.match(r.stdout + r.stderr, 'ready to push', '~> a redirect is no answer');
  // And a real push through it: allowed (unknown), the token never at the other port.
  await s.sb.git(s.repo, 'commit', '-q', '--allow-empty', '-m', 'redirected');
  const p = await s.sb.run('git', ['push', 'origin', 'main'], { cwd: s.repo, env: s.env });
  assert.is(p.exitCode, 0, p.stderr);
  tried.wrongHost += astray().length;
  assert.equal(astray(), []);
  assertNothingRan(s, 'host confusion');
  tried.inputs += cases.length + 2;
});

hostile.after(() => console.log(`\n  hostile inputs tried: ${tried.inputs}; a credential sent to the wrong host: ${tried.wrongHost} times`));
hostile.run();
