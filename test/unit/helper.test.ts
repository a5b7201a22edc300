// The credential helper's `get` as a table: what Git asked, what this machine has (Git's
// helpers, huggingface_hub's token, a terminal, gh) -> what Git is told on stdout, who was
// asked what, and which token went where. Through the same fake Effects as the engine.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { credentialHelper } from '../../hooks/https/helper.ts';
import { type HttpResult } from '../../hooks/http.ts';
import { HOME, type World, fakeEffects, whoami } from '../helpers/fake-effects.ts';

const T = `hf_${'t'.repeat(34)}`;
const FRESH = `hf_oauth_${'f'.repeat(34)}`;
const OLD = `hf_oauth_${'o'.repeat(34)}`;
const GH = `ghp_${'g'.repeat(36)}`;
const TOKEN_FILE = `${HOME}/.cache/huggingface/token`;
const NOW_S = Date.parse('2026-12-03T12:00:00Z') / 1000;
const json = (status: number, body: unknown): HttpResult => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const WHOAMI = 'https://huggingface.co/api/whoami-v2';
/** huggingface_hub's files after `hf auth login` (the file, and stored_tokens with an OAuth expiry). */
const loggedIn = (token: string, expiresAt?: number): World['files'] => ({
  [TOKEN_FILE]: `${token}\n`,
  ...(expiresAt !== undefined && { [`${HOME}/.cache/huggingface/stored_tokens`]: `[oauth-alice]\nhf_token = ${token}\nrefresh_token = r\nexpires_at = ${expiresAt}\n` }),
});
const hubAnswers = (token = T): World['http'] => ({ [WHOAMI]: token.startsWith('hf_oauth_') ? json(200, { type: 'user', name: 'alice', orgs: [], auth: { type: 'access_token' } }) : whoami('alice', 'write') });
const ask = (host: string, path = 'alice/m') => `protocol=https\nhost=${host}\npath=${path}\n\n`;
/** What Git asks without credential.useHttpPath: no path. */
const HOST_ONLY = 'protocol=https\nhost=huggingface.co\n\n';
/** Git runs a helper configured as `!f() {...}; f` through sh -c. */
const SH = ['/bin/sh', '-c', 'f() { ...; }; f get', 'f() { ...; }; f get'];
const REMOTE_HELPER = (url: string) => ['/usr/lib/git-core/git-remote-https', 'origin', url];

interface Row {
  name: string;
  input: string;
  world: World;
  /** What Git reads on stdout. */
  stdout: string | RegExp;
  stderr?: (string | RegExp)[];
  /** Questions asked on the terminal, matched in order. */
  asked?: (string | RegExp)[];
  /** Secrets no request may carry, in any header. */
  neverSent?: string[];
}

const ROWS: Row[] = [
  // The bridge
  { name: 'huggingface_hub has a token, no helper has one: Git gets it, nothing printed', input: ask('huggingface.co'), world: { files: loggedIn(T), http: hubAnswers() }, stdout: `username=hf_user\npassword=${T}\n`, stderr: [] },
  { name: 'hf.co is the same Hub', input: ask('hf.co'), world: { files: loggedIn(T), http: hubAnswers() }, stdout: `username=hf_user\npassword=${T}\n` },
  { name: 'HF_TOKEN first, as huggingface_hub reads it', input: ask('huggingface.co'), world: { env: { HF_TOKEN: T }, files: loggedIn(`hf_${'x'.repeat(34)}`), http: hubAnswers() }, stdout: `username=hf_user\npassword=${T}\n` },
  { name: 'hf-hooks.bridge false: nothing served, the fix stores a token the old way', input: ask('huggingface.co'), world: { files: loggedIn(T), http: hubAnswers(), config: [['hf-hooks.bridge', 'false']] }, stdout: 'quit=1\n', stderr: ['[https.no-credential]', '--add-to-git-credential'] },
  { name: 'a look-alike host gets nothing', input: ask('huggingface.co.evil.example'), world: { files: loggedIn(T), http: hubAnswers() }, stdout: '' },
  { name: 'a user name that spells the Hub does not make evil.example the Hub', input: 'protocol=https\nhost=evil.example\nusername=huggingface.co\npath=alice/m\n\n', world: { files: loggedIn(T), http: hubAnswers() }, stdout: '' },
  { name: 'plain http off loopback gets nothing', input: 'protocol=http\nhost=huggingface.co\npath=alice/m\n\n', world: { files: loggedIn(T), http: hubAnswers() }, stdout: 'quit=1\n' },
  { name: 'with HF_ENDPOINT elsewhere, huggingface.co is not where the token is for', input: ask('huggingface.co'), world: { env: { HF_ENDPOINT: 'https://hub.internal' }, files: loggedIn(T), http: hubAnswers() }, stdout: 'quit=1\n' },
  { name: 'a token the Hub refuses is not handed over', input: ask('huggingface.co'), world: { files: loggedIn(T), http: { [WHOAMI]: json(401, { error: 'Invalid credentials in Authorization header' }) } }, stdout: 'quit=1\n', stderr: ['[https.bridge-refused]', 'hf auth login'] },
  { name: 'the API cannot be asked: not handed over', input: ask('huggingface.co'), world: { files: loggedIn(T) }, stdout: 'quit=1\n', stderr: ['[https.bridge-refused]'] },
  { name: 'an expired OAuth login, hf renews it: the fresh token', input: ask('huggingface.co'), world: { files: loggedIn(OLD, NOW_S - 60), programs: { hf: { code: 0, stdout: `${FRESH}\n` } }, http: hubAnswers(FRESH) }, stdout: `username=hf_user\npassword=${FRESH}\n` },
  { name: 'an expired OAuth login and no hf: nothing served, says hf auth login', input: ask('huggingface.co'), world: { files: loggedIn(OLD, NOW_S - 60), http: hubAnswers(OLD) }, stdout: 'quit=1\n', stderr: ['[token.expired]', 'hf auth login'] },
  // Asking on the terminal
  { name: 'a terminal: hf-hooks asks for a token, refuses a pass phrase without sending it, takes a token', input: ask('huggingface.co'), world: { terminal: true, typed: ['correct horse', T], httpAuth: { [`${WHOAMI} Bearer ${T}`]: whoami('alice', 'write') } }, stdout: `username=hf_user\npassword=${T}\n`, asked: [/^Hugging Face access token with the write role for huggingface\.co\/alice\/m/, /^Not sent anywhere: it contains a space.* Create a token at https:\/\/huggingface\.co\/settings\/tokens\. Hugging Face access token/], neverSent: ['correct horse'] },
  { name: 'a terminal: an account password with no space is refused here, sent nowhere; the question says how to have it checked', input: ask('huggingface.co'), world: { terminal: true, typed: ['hunter2-my-account-password', T], httpAuth: { [`${WHOAMI} Bearer ${T}`]: whoami('alice', 'write') } }, stdout: `username=hf_user\npassword=${T}\n`, asked: [/^Hugging Face access token/, /^Not sent anywhere: it does not look like a Hugging Face access token \(those start with hf_\).*type it again to have Hugging Face check it\./], neverSent: ['hunter2-my-account-password'] },
  { name: 'a shape never seen, typed again: the person vouches for it, and the Hub checks it', input: ask('huggingface.co'), world: { terminal: true, typed: ['newshape_0123456789abcdef', 'newshape_0123456789abcdef'], httpAuth: { [`${WHOAMI} Bearer newshape_0123456789abcdef`]: whoami('alice', 'write') } }, stdout: 'username=hf_user\npassword=newshape_0123456789abcdef\n', asked: [/^Hugging Face access token/, /type it again/] },
  { name: 'typed again, and the Hub refuses it: asked once more, in the Hub\'s words', input: ask('huggingface.co'), world: { terminal: true, typed: ['hunter2x', 'hunter2x', T], httpAuth: { [`${WHOAMI} Bearer ${T}`]: whoami('alice', 'write') }, http: { [WHOAMI]: json(401, { error: 'Invalid credentials in Authorization header' }) } }, stdout: `username=hf_user\npassword=${T}\n`, asked: [/^Hugging Face access token/, /type it again/, /^That is not a Hugging Face access token/] },
  { name: 'three different passwords: stopped, none of them sent anywhere', input: ask('huggingface.co'), world: { terminal: true, typed: ['hunter2', 'hunter3', 'correct horse'] }, stdout: 'quit=1\n', stderr: ['[https.password-not-token]', 'It was sent nowhere'], asked: [/^Hugging Face/, /^Not sent/, /^Not sent/], neverSent: ['hunter2', 'hunter3', 'correct horse'] },
  { name: 'an organization token (api_org_): refused here, never confirmable', input: ask('huggingface.co'), world: { terminal: true, typed: [`api_org_${'o'.repeat(30)}`, `api_org_${'o'.repeat(30)}`, T], httpAuth: { [`${WHOAMI} Bearer ${T}`]: whoami('alice', 'write') } }, stdout: `username=hf_user\npassword=${T}\n`, asked: [/^Hugging Face/, /legacy organization API token.*settings\/tokens\. Hugging Face access token/, /legacy organization/], neverSent: [`api_org_${'o'.repeat(30)}`] },
  { name: 'GitHub: an account password is refused here too, in GitHub\'s words', input: ask('github.com', 'octo/r'), world: { terminal: true, typed: ['hunter2'] }, stdout: 'quit=1\n', asked: [/^GitHub personal access token/, /^Not sent anywhere: it does not look like a GitHub token/], neverSent: ['hunter2'] },
  { name: 'a terminal, nothing typed: a clean stop', input: ask('huggingface.co'), world: { terminal: true, typed: [''] }, stdout: 'quit=1\n', stderr: ['[https.prompt-cancelled]'], asked: [/^Hugging Face access token/] },
  { name: 'a terminal but GIT_TERMINAL_PROMPT=0: no question', input: ask('huggingface.co'), world: { terminal: true, env: { GIT_TERMINAL_PROMPT: '0' }, typed: [T] }, stdout: 'quit=1\n', asked: [] },
  { name: 'no terminal: no question', input: ask('huggingface.co'), world: { typed: [T] }, stdout: 'quit=1\n', stderr: ['[https.no-credential]'], asked: [] },
  { name: 'GitHub in a terminal: its own words', input: ask('github.com', 'octo/r'), world: { terminal: true, typed: [GH], http: { 'https://api.github.com/user': { status: 200, headers: { 'x-oauth-scopes': 'repo' }, body: '{"login":"octo"}' }, 'https://api.github.com/repos/octo/r': json(200, { permissions: { push: true } }) } }, stdout: `username=x-access-token\npassword=${GH}\n`, asked: [/^GitHub personal access token/] },
  // A helper Git found from the URL's path (credential.<url-with-path>), which Git does not pass on
  { name: 'a helper scoped to this repository, the remote helper names the URL: silent, Git goes on to it', input: HOST_ONLY, world: { callers: [SH, REMOTE_HELPER('https://huggingface.co/acme/model')], credentials: { 'https://huggingface.co/acme/model': { password: T } }, files: loggedIn(T), http: hubAnswers() }, stdout: '', stderr: [] },
  { name: '...the same, as `git remote-https` runs it: silent', input: HOST_ONLY, world: { callers: [SH, ['git', 'remote-https', 'origin', 'https://huggingface.co/acme/model']], credentials: { 'https://huggingface.co/acme/model': { password: T } } }, stdout: '' },
  { name: 'a helper scoped to another repository: this one still gets the bridge', input: HOST_ONLY, world: { callers: [SH, REMOTE_HELPER('https://huggingface.co/alice/m')], credentials: { 'https://huggingface.co/acme/model': { password: T } }, files: loggedIn(T), http: hubAnswers() }, stdout: `username=hf_user\npassword=${T}\n` },
  { name: 'a helper scoped to another repository, nothing else: the guidance, quit=1', input: HOST_ONLY, world: { callers: [SH, REMOTE_HELPER('https://huggingface.co/alice/m')], credentials: { 'https://huggingface.co/acme/model': { password: T } } }, stdout: 'quit=1\n', stderr: ['[https.no-credential]'] },
  { name: 'who asked cannot be seen, a credential.<url-with-path> section for this host: silent', input: HOST_ONLY, world: { config: [['credential.https://huggingface.co/acme/model.helper', 'store --file /x']], files: loggedIn(T), http: hubAnswers() }, stdout: '', stderr: [] },
  { name: 'asked by `git credential fill` (another tool: its URL is not ours to see), a path section here: silent', input: HOST_ONLY, world: { callers: [SH, ['git', 'credential', 'fill']], config: [['credential.https://huggingface.co/acme/model.username', 'acme']] }, stdout: '' },
  { name: 'a path section for another host does not silence this one', input: HOST_ONLY, world: { config: [['credential.https://github.com/acme/model.helper', 'store']] }, stdout: 'quit=1\n' },
  { name: 'a section with a wildcard host and a path covers this host: silent', input: HOST_ONLY, world: { config: [['credential.https://*.co/acme.helper', 'store']] }, stdout: '' },
  { name: 'a host-wide section (no path) is one Git passes on: as before', input: HOST_ONLY, world: { config: [['credential.https://huggingface.co.helper', 'store']] }, stdout: 'quit=1\n' },
  { name: 'GitHub with gh logged in: gh auth setup-git, no question', input: ask('github.com', 'octo/r'), world: { terminal: true, typed: [GH], programs: { gh: { code: 0 } } }, stdout: 'quit=1\n', stderr: ['[https.cli-login]', 'gh auth setup-git'], asked: [] },
];

const helper = suite('credential helper: get');
for (const row of ROWS) {
  helper(row.name, async () => {
    const fx = fakeEffects(row.world);
    const out = await credentialHelper('get', row.input, fx, false);
    if (typeof row.stdout === 'string') assert.is(out.stdout, row.stdout, out.stderr);
    else assert.match(out.stdout, row.stdout);
    if (row.stderr?.length === 0) assert.is(out.stderr, '');
    for (const s of row.stderr ?? []) assert.match(out.stderr, s);
    if (row.asked) {
      assert.is(fx.asked.length, row.asked.length, `~> ${fx.asked.join(' | ')}`);
      row.asked.forEach((q, i) => assert.match(fx.asked[i], q));
    }
    for (const secret of row.neverSent ?? []) for (const r of fx.requests) assert.not.ok(Object.values(r.headers).some((h) => h.includes(secret)), `~> ${secret} was sent to ${r.url}`);
    // A token goes only to the Hub's own API.
    for (const r of fx.requests) if (r.headers.authorization?.includes(T)) assert.match(r.url, /^https:\/\/huggingface\.co\//);
  });
}
helper.run();
