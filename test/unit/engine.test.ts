// The engine as a table: (URL, phase, what git, ssh and the API would answer) ->
// (verdict, finding ids), through the same Effects seam the real hooks use.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { check, explainRefusal, loadConfig } from '../../hooks/engine.ts';
import { type Verdict } from '../../hooks/findings.ts';
import { type Phase, contextFor, targetFor } from '../../hooks/target.ts';
import { type HttpResult } from '../../hooks/http.ts';
import { GIT_DIR, KEY, type World, fakeEffects, whoami } from '../helpers/fake-effects.ts';

const WRITE = `hf_${'w'.repeat(34)}`;
const READ = `hf_${'r'.repeat(34)}`;
const OTHER = `hf_${'o'.repeat(34)}`;
const WHOAMI = 'https://huggingface.co/api/whoami-v2';
const HF_SSH: World = { keys: { [KEY]: { mode: 0o600 } }, known: true, probe: { code: 0, output: 'Hi alice, welcome to Hugging Face.' } };
const stored = (origin: string, password: string, username = 'alice') => ({ [origin]: { username, password } });
const hub = (password: string, answer = whoami('alice', 'write'), more: Record<string, HttpResult> = {}): World => ({
  credentials: stored('https://huggingface.co', password), http: { [WHOAMI]: answer, ...more },
});
const info = (path: string) => `https://huggingface.co/api/${path}?expand=resourceGroup`;
const json = (status: number, body: unknown, headers: Record<string, string> = {}): HttpResult => ({ status, headers, body: JSON.stringify(body) });
const GROUPED = json(200, { id: 'acme/demo', resourceGroup: { id: 'rg', name: 'vision', numUsers: 4 } });
const MISSING = json(404, { error: 'Repository not found' }, { 'x-error-code': 'RepoNotFound' });
const SEC = 1000;
const NOW = Date.parse('2026-12-03T12:00:00Z');
/** huggingface_hub's files after `hf auth login` with an OAuth token (utils/_auth.py _save_token). */
const hfHome = (token: string, expiresAt: number): World['files'] => ({
  '/hf/token': token,
  '/hf/stored_tokens': `[oauth-alice]\nhf_token = ${token}\nrefresh_token = hf_oauth_refresh\nexpires_at = ${Math.floor(expiresAt / SEC)}\n\n`,
});
const OAUTH = `hf_oauth_${'a'.repeat(34)}`;
const GH = `ghp_${'g'.repeat(36)}`;
const ghUser = (headers: Record<string, string> = {}): HttpResult => ({ status: 200, headers: { 'x-oauth-scopes': 'repo', ...headers }, body: '{"login":"bob"}' });

/** A push that adds a 2 MiB LFS file beside a README (git-lfs docs/spec.md pointer). */
const OID = '4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393';
const POINTER = `version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\nsize 2097152\n`;
const BATCH = (url: string) => `POST ${url}.git/info/lfs/objects/batch`;
/** The LFS batch API's answer to an upload request (docs/api/batch.md): actions only for what it lacks. */
const lfsServer = (lacks: boolean) => json(200, { transfer: 'basic', objects: [{ oid: OID, size: 2097152, ...(lacks && { actions: { upload: { href: 'https://s3/x' } } }) }] });
function lfs(o: { gitLfs: boolean; local: boolean; server?: HttpResult; url?: string; env?: Record<string, string> }): World {
  const url = o.url ?? 'https://huggingface.co/alice/m';
  const base = url.includes('huggingface.co') ? hub(WRITE) : {};
  return {
    ...base, ...(o.env && { env: o.env }),
    pushed: { blobs: [{ oid: 'b'.repeat(40), path: 'weights.bin', text: POINTER }, { oid: 'c'.repeat(40), path: 'README.md', text: '# model\n' }], gitLfs: o.gitLfs },
    files: o.local ? { [`${GIT_DIR}/lfs/objects/4d/7a/${OID}`]: '' } : {},
    http: { ...base.http, ...(o.server && { [BATCH(url)]: o.server }) },
  };
}
const MAIN = ['refs/heads/main'];

interface Row {
  name: string;
  url: string;
  phase?: Phase;
  world?: World;
  offline?: boolean;
  remote?: string;
  credential?: { username?: string; password?: string };
  verdict: Verdict;
  ids: string[];
  /** The remote the report names. */
  named?: string;
  /** API URLs the check must (and may only) have asked. */
  asked?: string[];
  /** The remote refs Git says it updates (pre-push). */
  refs?: string[];
}

const ROWS: Row[] = [
  // URL
  { name: 'token in the URL', url: `https://alice:${WRITE}@huggingface.co/alice/m`, world: hub(WRITE), verdict: 'warn', ids: ['url.embedded-credential', 'token.ok'] },
  { name: 'plain http off loopback', url: 'http://git.example.com/team/repo.git', verdict: 'warn', ids: ['url.insecure-http'] },
  { name: 'git:// cannot push', url: 'git://huggingface.co/alice/m', verdict: 'blocked', ids: ['url.read-only-protocol'] },
  { name: 'a space in the URL', url: 'https://huggingface.co/alice/my model', verdict: 'unknown', ids: ['url.malformed'] },
  { name: 'a scheme it cannot check', url: 'ftp://example.com/repo.git', verdict: 'unknown', ids: ['url.unsupported'] },
  { name: 'a local path needs nothing', url: '/srv/git/repo.git', verdict: 'ready', ids: [] },
  { name: 'bad hf-hooks setting, reported once beside the report', url: '/srv/git/repo.git', world: { config: [['hf-hooks.timeout', 'soon']] }, verdict: 'ready', ids: ['config.invalid'] },
  // SSH
  { name: 'registered key', url: 'git@hf.co:alice/m', world: HF_SSH, verdict: 'ready', ids: ['ssh.ok'] },
  { name: 'registered key, in the wrapper', url: 'git@hf.co:alice/m', phase: 'ssh-connect', world: HF_SSH, verdict: 'ready', ids: ['ssh.ok'] },
  { name: 'offline doctor does not probe', url: 'git@hf.co:alice/m', phase: 'doctor', offline: true, world: HF_SSH, verdict: 'unknown', ids: ['ssh.not-probed'] },
  { name: 'no key and no agent', url: 'git@hf.co:alice/m', world: { known: true }, verdict: 'blocked', ids: ['ssh.no-key'] },
  { name: 'the only key is world-readable', url: 'git@hf.co:alice/m', world: { ...HF_SSH, keys: { [KEY]: { mode: 0o644 } } }, verdict: 'blocked', ids: ['ssh.key-permissions'] },
  {
    name: 'a world-readable key beside an agent key', url: 'git@hf.co:alice/m',
    world: { ...HF_SSH, keys: { [KEY]: { mode: 0o644 } }, agent: { code: 0, stdout: '256 SHA256:agentkey me (ED25519)\n' } }, verdict: 'warn', ids: ['ssh.key-permissions', 'ssh.ok'],
  },
  { name: 'passphrase key, no agent', url: 'git@hf.co:alice/m', world: { ...HF_SSH, keys: { [KEY]: { mode: 0o600, locked: true } } }, verdict: 'blocked', ids: ['ssh.key-locked'] },
  { name: 'passphrase key, no agent, in a terminal: ssh asks', url: 'git@hf.co:alice/m', world: { ...HF_SSH, terminal: true, keys: { [KEY]: { mode: 0o600, locked: true } } }, verdict: 'ready', ids: ['ssh.key-locked'] },
  { name: 'passphrase key, an askpass on a display: ssh asks', url: 'git@hf.co:alice/m', world: { ...HF_SSH, env: { SSH_ASKPASS: '/usr/bin/ssh-askpass', DISPLAY: ':0' }, keys: { [KEY]: { mode: 0o600, locked: true } } }, verdict: 'ready', ids: ['ssh.key-locked'] },
  { name: 'passphrase key, a terminal, but BatchMode yes', url: 'git@hf.co:alice/m', world: { ...HF_SSH, terminal: true, sshG: { batchMode: true }, keys: { [KEY]: { mode: 0o600, locked: true } } }, verdict: 'blocked', ids: ['ssh.key-locked'] },
  {
    name: 'a locked key beside an unregistered one, in a terminal: the probe proves nothing', url: 'git@hf.co:alice/m',
    world: { ...HF_SSH, terminal: true, sshG: { identityFiles: [KEY, `${KEY}_work`] }, keys: { [KEY]: { mode: 0o600 }, [`${KEY}_work`]: { mode: 0o600, locked: true } }, probe: { code: 0, output: 'Hi anonymous, welcome to Hugging Face.' } },
    verdict: 'unknown', ids: ['ssh.key-unconfirmed'],
  },
  { name: 'unknown host, strict checking', url: 'git@hf.co:alice/m', world: { ...HF_SSH, known: false }, verdict: 'blocked', ids: ['ssh.host-unknown'] },
  { name: 'unknown host, strict checking, in a terminal: yes still refuses', url: 'git@hf.co:alice/m', world: { ...HF_SSH, terminal: true, known: false }, verdict: 'blocked', ids: ['ssh.host-unknown'] },
  { name: 'unknown host, ask (the default), no terminal', url: 'git@hf.co:alice/m', world: { ...HF_SSH, sshG: { strict: 'ask' }, known: false }, verdict: 'blocked', ids: ['ssh.host-unknown'] },
  { name: 'unknown host, ask (the default), in a terminal: ssh asks', url: 'git@hf.co:alice/m', world: { ...HF_SSH, terminal: true, sshG: { strict: 'ask' }, known: false }, verdict: 'ready', ids: ['ssh.host-unknown', 'ssh.ok'] },
  { name: 'key on no account', url: 'git@hf.co:alice/m', world: { ...HF_SSH, probe: { code: 0, output: 'Hi anonymous, welcome to Hugging Face.' } }, verdict: 'blocked', ids: ['ssh.key-not-registered'] },
  { name: 'GitHub refuses the key', url: 'git@github.com:bob/r.git', world: { ...HF_SSH, probe: { code: 255, output: 'git@github.com: Permission denied (publickey).' } }, verdict: 'blocked', ids: ['ssh.key-not-registered'] },
  { name: 'GitHub greets (and exits 1)', url: 'git@github.com:bob/r.git', world: { ...HF_SSH, probe: { code: 1, output: "Hi bob! You've successfully authenticated, but GitHub does not provide shell access." } }, verdict: 'ready', ids: ['ssh.ok'] },
  { name: 'GitLab greets', url: 'ssh://git@gitlab.com/group/sub/r.git', world: { ...HF_SSH, probe: { code: 0, output: 'Welcome to GitLab, @carol!' } }, verdict: 'ready', ids: ['ssh.ok'] },
  { name: 'host key changed', url: 'git@hf.co:alice/m', world: { ...HF_SSH, probe: { code: 255, output: '@@@ WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! @@@' } }, verdict: 'blocked', ids: ['ssh.host-key-changed'] },
  { name: 'server down', url: 'git@hf.co:alice/m', world: { ...HF_SSH, probe: { code: 255, output: 'ssh: connect to host hf.co port 22: Connection refused' } }, verdict: 'unknown', ids: ['ssh.unreachable'] },
  { name: 'no ssh on PATH', url: 'git@hf.co:alice/m', world: { sshG: { code: 127, stderr: 'ssh: not found' } }, verdict: 'blocked', ids: ['ssh.not-found'] },
  { name: 'an ssh that is not OpenSSH', url: 'git@hf.co:alice/m', world: { sshG: { code: 255, stderr: 'plink: unknown option "-G"' } }, verdict: 'unknown', ids: ['ssh.unchecked'] },
  {
    name: 'GIT_SSH_COMMAND hides the wrapper', url: 'git@hf.co:alice/m',
    world: { ...HF_SSH, env: { GIT_SSH_COMMAND: 'ssh -i ~/.ssh/work' }, config: [['core.sshcommand', "'/home/me/.local/share/hf-hooks/1.0.0/ssh'"]] }, verdict: 'warn', ids: ['ssh.bypassed', 'ssh.ok'],
  },
  {
    name: 'the wrapper itself is never told it is bypassed', url: 'git@hf.co:alice/m', phase: 'ssh-connect',
    world: { ...HF_SSH, env: { GIT_SSH_COMMAND: 'ssh' }, config: [['core.sshcommand', "'/home/me/.local/share/hf-hooks/1.0.0/ssh'"]] }, verdict: 'ready', ids: ['ssh.ok'],
  },
  { name: 'an SSH remote needs no credential', url: 'git@hf.co:alice/m', phase: 'credential-get', world: HF_SSH, verdict: 'ready', ids: [] },
  // HTTPS
  { name: 'write token, own namespace', url: 'https://huggingface.co/alice/m', world: hub(WRITE), verdict: 'ready', ids: ['token.ok'], asked: [WHOAMI, info('models/alice/m')] },
  { name: 'a browser-login OAuth token is a token (whoami has no accessToken for it)', url: 'https://huggingface.co/alice/m', world: hub(`hf_oauth_${'a'.repeat(34)}`, { status: 200, headers: {}, body: JSON.stringify({ type: 'user', name: 'alice', orgs: [], auth: { type: 'oauth' } }) }), verdict: 'ready', ids: ['token.ok'] },
  { name: 'a Trusted Publisher JWT is a token', url: 'https://huggingface.co/alice/m', world: hub('hf_jwt_eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2ln-_x', whoami('alice', 'write')), verdict: 'ready', ids: ['token.ok'] },
  { name: 'read token', url: 'https://huggingface.co/alice/m', world: hub(READ, whoami('alice', 'read')), verdict: 'blocked', ids: ['token.read-only'] },
  // Git LFS pointers this push cannot upload (git-lfs absent, GIT_LFS_SKIP_PUSH, files not local)
  { name: 'LFS: git-lfs uploads what this clone has', url: 'https://huggingface.co/alice/m', refs: MAIN, world: lfs({ gitLfs: true, local: true }), verdict: 'ready', ids: ['token.ok'] },
  { name: 'LFS: no git-lfs and the Hub lacks the file: certain refusal', url: 'https://huggingface.co/alice/m', refs: MAIN, world: lfs({ gitLfs: false, local: true, server: lfsServer(true) }), verdict: 'blocked', ids: ['token.ok', 'content.lfs-missing'] },
  { name: 'LFS: no git-lfs, but the Hub has the file already', url: 'https://huggingface.co/alice/m', refs: MAIN, world: lfs({ gitLfs: false, local: true, server: lfsServer(false) }), verdict: 'ready', ids: ['token.ok'] },
  { name: 'LFS: a GIT_LFS_SKIP_SMUDGE clone (files not local) to a repo that lacks them', url: 'https://huggingface.co/alice/m', refs: MAIN, world: lfs({ gitLfs: true, local: false, server: lfsServer(true) }), verdict: 'blocked', ids: ['token.ok', 'content.lfs-missing'] },
  { name: 'LFS: GIT_LFS_SKIP_PUSH set, the Hub lacks the file', url: 'https://huggingface.co/alice/m', refs: MAIN, world: lfs({ gitLfs: true, local: true, server: lfsServer(true), env: { GIT_LFS_SKIP_PUSH: '1' } }), verdict: 'blocked', ids: ['token.ok', 'content.lfs-missing'] },
  { name: 'LFS: no git-lfs, the LFS server cannot be asked: unknown, not a block', url: 'https://huggingface.co/alice/m', refs: MAIN, world: lfs({ gitLfs: false, local: true }), verdict: 'unknown', ids: ['token.ok', 'content.lfs-unverified'] },
  { name: 'LFS: a server that takes dangling pointers gets a warning', url: 'https://git.example.com/team/r', refs: MAIN, world: lfs({ gitLfs: false, local: true, url: 'https://git.example.com/team/r', server: lfsServer(true) }), verdict: 'warn', ids: ['content.lfs-missing'] },
  { name: 'LFS: not asked when the token already blocks', url: 'https://huggingface.co/alice/m', refs: MAIN, world: { ...lfs({ gitLfs: false, local: true, server: lfsServer(true) }), ...hub(READ, whoami('alice', 'read')) }, verdict: 'blocked', ids: ['token.read-only'] },
  { name: 'a PR ref of a stranger\'s repo: anyone may push there', url: 'https://huggingface.co/bob/m', refs: ['refs/pr/3'], world: hub(WRITE), verdict: 'ready', ids: ['token.ok'] },
  { name: 'the same repo, its main branch', url: 'https://huggingface.co/bob/m', refs: ['refs/heads/main'], world: hub(WRITE), verdict: 'blocked', ids: ['token.no-write-access'] },
  { name: 'a PR ref beside a branch is a branch push', url: 'https://huggingface.co/bob/m', refs: ['refs/pr/3', 'refs/heads/main'], world: hub(WRITE), verdict: 'blocked', ids: ['token.no-write-access'] },
  { name: 'a repo that does not exist', url: 'https://huggingface.co/alice/new-model', world: hub(WRITE, whoami('alice', 'write'), { [info('models/alice/new-model')]: MISSING }), verdict: 'blocked', ids: ['repo.not-found'], asked: [WHOAMI, info('models/alice/new-model')] },
  { name: 'an org reader, the repo in a resource group: the group decides', url: 'https://huggingface.co/spaces/acme/demo', world: hub(WRITE, whoami('alice', 'write', { orgs: [{ name: 'acme', roleInOrg: 'read' }] }), { [info('spaces/acme/demo')]: GROUPED }), verdict: 'warn', ids: ['token.no-write-access'] },
  { name: 'no_access in the org', url: 'https://huggingface.co/spaces/acme/demo', world: hub(WRITE, whoami('alice', 'write', { orgs: [{ name: 'acme', roleInOrg: 'no_access' }] })), verdict: 'blocked', ids: ['token.no-write-access'] },
  { name: 'a contributor: told about PRs, not stopped', url: 'https://huggingface.co/spaces/acme/demo', world: hub(WRITE, whoami('alice', 'write', { orgs: [{ name: 'acme', roleInOrg: 'contributor' }] })), verdict: 'warn', ids: ['token.no-write-access'] },
  { name: 'an OAuth login expired per stored_tokens, offline', url: 'https://huggingface.co/alice/m', phase: 'doctor', offline: true, world: { ...hub(OAUTH), env: { HF_HOME: '/hf' }, files: hfHome(OAUTH, NOW - 3600 * SEC) }, verdict: 'blocked', ids: ['token.expired', 'https.helpers'] },
  { name: 'an OAuth login expiring in 3 days', url: 'https://huggingface.co/alice/m', world: { ...hub(OAUTH, json(200, { type: 'user', name: 'alice', orgs: [], auth: { type: 'access_token' } })), env: { HF_HOME: '/hf' }, files: hfHome(OAUTH, NOW + 3 * 86400 * SEC) }, verdict: 'warn', ids: ['token.ok', 'token.expiring'] },
  { name: 'a token whoami says expired', url: 'https://huggingface.co/alice/m', world: hub(WRITE, json(200, { type: 'user', name: 'alice', orgs: [], auth: { type: 'access_token', accessToken: { role: 'write', expiration: '2026-12-01T00:00:00Z' } } })), verdict: 'blocked', ids: ['token.expired'] },
  { name: 'revoked token', url: 'https://huggingface.co/alice/m', world: hub(WRITE, { status: 401, headers: {}, body: '{"error":"Invalid credentials in Authorization header"}' }), verdict: 'blocked', ids: ['token.invalid'] },
  {
    name: 'fine-grained, scoped elsewhere', url: 'https://huggingface.co/datasets/alice/d',
    world: hub(WRITE, whoami('alice', 'fineGrained', { scoped: [{ entity: { type: 'user', name: 'bob' }, permissions: ['repo.write'] }] })), verdict: 'blocked', ids: ['token.no-write-access'],
  },
  { name: 'reader in the org', url: 'https://huggingface.co/spaces/acme/demo', world: hub(WRITE, whoami('alice', 'write', { orgs: [{ name: 'acme', roleInOrg: 'read' }] })), verdict: 'blocked', ids: ['token.no-write-access'] },
  { name: 'nothing stored', url: 'https://huggingface.co/alice/m', verdict: 'blocked', ids: ['https.no-credential'], asked: [] },
  // A helper that does not answer in time may be a locked password manager: unknown (issue 16).
  { name: 'a helper that never answers: unknown, the push goes on', url: 'https://huggingface.co/alice/m', world: { helperHangs: true }, verdict: 'unknown', ids: ['https.helper-timeout'] },
  { name: 'a helper that never answers, asked by Git: hf-hooks says nothing, Git asks it next', url: 'https://huggingface.co/alice/m', phase: 'credential-get', world: { helperHangs: true }, verdict: 'ready', ids: [] },
  { name: 'nothing stored, asked by Git for a credential', url: 'https://huggingface.co/alice/m', phase: 'credential-get', verdict: 'blocked', ids: ['https.no-credential'] },
  { name: 'a helper configured after ours has the credential: say nothing, Git goes on to it', url: 'https://huggingface.co/alice/m', phase: 'credential-get', world: { credentials: stored('https://huggingface.co', WRITE) }, verdict: 'ready', ids: [], asked: [] },
  { name: 'nothing stored, in a terminal: Git asks, a pasted token works', url: 'https://huggingface.co/alice/m', phase: 'credential-get', world: { terminal: true }, verdict: 'warn', ids: ['https.no-credential'] },
  { name: 'nothing stored, a terminal but GIT_TERMINAL_PROMPT=0', url: 'https://huggingface.co/alice/m', phase: 'credential-get', world: { terminal: true, env: { GIT_TERMINAL_PROMPT: '0' } }, verdict: 'blocked', ids: ['https.no-credential'] },
  { name: 'nothing stored, an editor askpass', url: 'https://huggingface.co/alice/m', phase: 'credential-get', world: { env: { GIT_ASKPASS: '/opt/editor/askpass.sh' } }, verdict: 'warn', ids: ['https.no-credential'] },
  { name: 'HF_OIDC_RESOURCE: minted at run time, not missing', url: 'https://huggingface.co/alice/m', world: { env: { HF_OIDC_RESOURCE: 'model:alice/m' } }, verdict: 'blocked', ids: ['https.token-minted'] },
  { name: 'stored for hf.co, pushing to huggingface.co', url: 'https://huggingface.co/alice/m', world: { credentials: stored('https://hf.co', WRITE) }, verdict: 'blocked', ids: ['https.host-alias'] },
  { name: 'account password stored: the Hub refuses it', url: 'https://huggingface.co/alice/m', world: hub('hunter2', json(401, { error: 'Invalid credentials in Authorization header' })), verdict: 'blocked', ids: ['https.password-not-token'], asked: [WHOAMI, info('models/alice/m')] },
  { name: 'a secret of no known shape, the Hub unreachable: Git tries', url: 'https://huggingface.co/alice/m', world: { credentials: stored('https://huggingface.co', 'hunter2') }, verdict: 'unknown', ids: ['token.unverified', 'api.unreachable'] },
  { name: 'a legacy org token can never push', url: 'https://huggingface.co/alice/m', world: { credentials: stored('https://huggingface.co', `api_org_${'x'.repeat(30)}`) }, verdict: 'blocked', ids: ['https.password-not-token'], asked: [] },
  { name: 'a Bitbucket app password after 2026-07-28', url: 'https://bitbucket.org/team/r.git', world: { credentials: stored('https://bitbucket.org', 'ATBBabcdefghijklmnopqrstu') }, verdict: 'blocked', ids: ['https.password-not-token'] },
  { name: 'a Bitbucket secret of no known shape: Git tries', url: 'https://bitbucket.org/team/r.git', world: { credentials: stored('https://bitbucket.org', 'not-a-token-shape') }, verdict: 'unknown', ids: ['token.unverified'] },
  { name: 'a GitLab deploy token: the API cannot describe it', url: 'https://gitlab.com/g/r.git', world: { credentials: stored('https://gitlab.com', 'gldt-abcdefghijklmnopqrst') }, verdict: 'unknown', ids: ['token.not-validated'], asked: [] },
  {
    name: 'GitHub: no push permission on the repository', url: 'https://github.com/acme/r.git',
    world: { credentials: stored('https://github.com', GH, 'bob'), http: { 'https://api.github.com/user': ghUser(), 'https://api.github.com/repos/acme/r': json(200, { permissions: { admin: false, push: false, pull: true } }) } },
    verdict: 'blocked', ids: ['token.no-write-access'],
  },
  {
    name: 'GitHub: the org wants SSO authorisation', url: 'https://github.com/acme/r.git',
    world: { credentials: stored('https://github.com', GH, 'bob'), http: { 'https://api.github.com/user': ghUser(), 'https://api.github.com/repos/acme/r': json(403, { message: 'Resource protected by organization SAML enforcement.' }, { 'x-github-sso': 'required; url=https://github.com/orgs/acme/sso?authorization_request=x' }) } },
    verdict: 'blocked', ids: ['token.sso-required'],
  },
  {
    name: 'GitHub: fine-grained, may push', url: 'https://github.com/acme/r.git',
    world: { credentials: stored('https://github.com', `github_pat_${'p'.repeat(40)}`, 'bob'), http: { 'https://api.github.com/user': { status: 200, headers: {}, body: '{"login":"bob"}' }, 'https://api.github.com/repos/acme/r': json(200, { permissions: { push: true } }) } },
    verdict: 'ready', ids: ['token.ok'],
  },
  { name: 'API down', url: 'https://huggingface.co/alice/m', world: { credentials: stored('https://huggingface.co', WRITE) }, verdict: 'unknown', ids: ['api.unreachable'] },
  // The route Git would take (net/route.ts): each failure its own finding; never certain.
  { name: 'behind http.proxy: asked through it, ready', url: 'https://huggingface.co/alice/m', world: { ...hub(WRITE), config: [['http.proxy', 'http://proxy.corp:3128']] }, verdict: 'ready', ids: ['token.ok'] },
  { name: 'the proxy wants a login', url: 'https://huggingface.co/alice/m', world: { ...hub(WRITE, { error: 'the proxy asks for a login (407 Proxy Authentication Required)', failure: 'proxy-auth' }), config: [['http.proxy', 'http://proxy.corp:3128']] }, verdict: 'unknown', ids: ['api.proxy-auth'] },
  { name: 'the proxy refuses', url: 'https://huggingface.co/alice/m', world: { ...hub(WRITE, { error: 'the proxy refused the connection', failure: 'proxy' }), env: { HTTPS_PROXY: 'http://proxy.corp:3128' } }, verdict: 'unknown', ids: ['api.proxy'] },
  { name: 'a certificate Node does not trust', url: 'https://huggingface.co/alice/m', world: hub(WRITE, { error: 'signed by a CA this machine\'s Node does not trust', failure: 'tls', untrusted: true }), verdict: 'unknown', ids: ['api.tls'] },
  { name: 'http.sslVerify false: the token is sent nowhere', url: 'https://huggingface.co/alice/m', world: { ...hub(WRITE), config: [['http.sslverify', 'false']] }, verdict: 'unknown', ids: ['api.unverified'], asked: [] },
  { name: 'GIT_SSL_NO_VERIFY: the bridge hands nothing to Git', url: 'https://huggingface.co/alice/m', world: { env: { HF_HOME: '/hf', GIT_SSL_NO_VERIFY: '1' }, files: { '/hf/token': WRITE }, http: { [WHOAMI]: whoami('alice', 'write') } }, verdict: 'blocked', ids: ['https.bridge-refused', 'https.no-credential'], asked: [] },
  { name: 'offline doctor does not send the token', url: 'https://huggingface.co/alice/m', phase: 'doctor', offline: true, world: hub(WRITE), verdict: 'unknown', ids: ['token.not-validated', 'https.helpers'], asked: [] },
  { name: 'HF_TOKEN differs from what Git sends', url: 'https://huggingface.co/alice/m', world: { ...hub(WRITE), env: { HF_TOKEN: OTHER } }, verdict: 'ready', ids: ['token.env-override', 'token.ok'] },
  {
    name: 'expired GitHub token', url: 'https://github.com/bob/r.git',
    world: { credentials: stored('https://github.com', GH, 'bob'), http: { 'https://api.github.com/user': ghUser({ 'github-authentication-token-expiration': '2026-01-01 00:00:00 UTC' }) } },
    verdict: 'blocked', ids: ['token.expired'],
  },
  { name: 'the server rejected a read token: why', url: 'https://huggingface.co/alice/m', phase: 'credential-erase', credential: { username: 'alice', password: READ }, world: { http: { [WHOAMI]: whoami('alice', 'read') } }, verdict: 'blocked', ids: ['token.read-only'] },
  { name: 'the server rejected a password: why', url: 'https://huggingface.co/alice/m', phase: 'credential-erase', credential: { username: 'alice', password: 'hunter2' }, verdict: 'blocked', ids: ['https.password-not-token'] },
  { name: 'the wrapper does not check HTTPS', url: 'https://huggingface.co/alice/m', phase: 'ssh-connect', verdict: 'ready', ids: [] },
  {
    name: 'HF_ENDPOINT: that host is the Hub, its API there', url: 'http://127.0.0.1:8080/alice/m',
    world: { env: { HF_ENDPOINT: 'http://127.0.0.1:8080' }, credentials: stored('http://127.0.0.1:8080', WRITE), http: { 'http://127.0.0.1:8080/api/whoami-v2': whoami('alice', 'write') } },
    verdict: 'ready', ids: ['token.ok'], asked: ['http://127.0.0.1:8080/api/whoami-v2', 'http://127.0.0.1:8080/api/models/alice/m?expand=resourceGroup'],
  },
  {
    name: 'a credential request without a path finds the remote, and names it', url: 'https://huggingface.co/', phase: 'credential-get',
    world: { config: [['remote.space.url', 'https://huggingface.co/spaces/alice/demo']] }, verdict: 'blocked', ids: ['https.no-credential'], named: 'space',
  },
  {
    name: 'the ssh argv finds its remote by host and path', url: 'ssh://git@hf.co/alice/m', phase: 'ssh-connect',
    world: { ...HF_SSH, probe: { code: 0, output: 'Hi anonymous, welcome to Hugging Face.' }, config: [['remote.hub.url', 'git@hf.co:alice/m']] }, verdict: 'blocked', ids: ['ssh.key-not-registered'], named: 'hub',
  },
  { name: 'a URL push names no remote', url: 'https://huggingface.co/alice/m', remote: 'https://huggingface.co/alice/m', verdict: 'blocked', ids: ['https.no-credential'], named: 'https://huggingface.co/alice/m' },
];

const engine = suite('engine: (URL, phase, world) -> verdict and findings');

for (const row of ROWS) {
  engine(row.name, async () => {
    const fx = fakeEffects(row.world);
    const { config, problems } = await loadConfig(fx);
    const refs = row.refs?.map((remoteRef) => ({ localRef: 'HEAD', localOid: 'a'.repeat(40), remoteRef, remoteOid: '0'.repeat(40), deletion: false }));
    const target = targetFor({ url: row.url, remote: row.remote, ...(refs && { refs }), ...(row.credential && { credential: row.credential }) }, config);
    const ctx = contextFor(config, fx, !row.offline);
    const { report } = await check(target, row.phase ?? 'pre-push', fx, ctx);
    assert.equal([...problems, ...report.findings].map((f) => f.id), row.ids, `~> ${fx.calls.join(' | ')}`);
    assert.is(report.verdict, row.verdict);
    if (row.named) assert.is(report.remote, row.named);
    if (row.asked) assert.equal(fx.requests.map((r) => r.url), row.asked);
  });
}

engine('every finding id the engine has is in the table', () => {
  const ids = new Set(ROWS.flatMap((r) => r.ids));
  for (const id of [
    'url.embedded-credential', 'url.insecure-http', 'url.read-only-protocol', 'url.malformed', 'url.unsupported', 'config.invalid',
    'ssh.no-key', 'ssh.key-permissions', 'ssh.key-locked', 'ssh.host-unknown', 'ssh.host-key-changed', 'ssh.key-not-registered', 'ssh.unreachable',
    'ssh.ok', 'ssh.not-found', 'ssh.unchecked', 'ssh.bypassed', 'ssh.not-probed',
    'https.no-credential', 'https.password-not-token', 'https.host-alias', 'token.invalid', 'token.read-only', 'token.no-write-access',
    'token.expired', 'token.env-override', 'token.ok', 'token.not-validated', 'api.unreachable',
    'repo.not-found', 'token.expiring', 'token.unverified', 'token.sso-required', 'https.token-minted', 'ssh.key-unconfirmed',
    'content.lfs-missing', 'content.lfs-unverified', 'api.proxy', 'api.proxy-auth', 'api.tls', 'api.unverified',
  ]) assert.ok(ids.has(id), `~> ${id} has a row`);
});

engine('a Git without --show-scope (before 2.26): the settings are still read, without their scopes', async () => {
  const fx = fakeEffects({ gitBefore226: true, config: [['hf-hooks.timeout', '1234'], ['http.proxy', 'http://p:1']] });
  const { config } = await loadConfig(fx);
  assert.is(config.timeoutMs, 1234);
  assert.equal(config.http, [{ key: 'http.proxy', value: 'http://p:1' }]);
});

engine('API requests carry the route Git would take: its proxy, its CA; doctor shows it', async () => {
  const fx = fakeEffects({ ...hub(WRITE), config: [['http.proxy', 'http://bob:pw@proxy.corp:3128'], ['http.https://huggingface.co.sslcainfo', '/etc/corp.pem']] });
  const { config } = await loadConfig(fx);
  const target = targetFor({ url: 'https://huggingface.co/alice/m', remote: 'origin' }, config);
  const { report } = await check(target, 'doctor', fx, contextFor(config, fx));
  assert.ok(fx.requests.length > 0);
  for (const r of fx.requests) {
    assert.equal(r.route?.proxy, { url: 'http://bob:pw@proxy.corp:3128', source: 'http.proxy' });
    assert.equal(r.route?.ca, [{ path: '/etc/corp.pem', source: 'http.https://huggingface.co.sslCAInfo' }]);
  }
  assert.equal(report.route, { proxy: 'http://bob:****@proxy.corp:3128', proxySource: 'http.proxy', ca: [{ path: '/etc/corp.pem', source: 'http.https://huggingface.co.sslCAInfo' }] });
  assert.ok(report.findings.some((f) => f.id === 'api.route'));
});

engine('a ready HTTPS push returns the marker key beside the report; the probe and the token answer are cached', async () => {
  const fx = fakeEffects(hub(WRITE));
  const { config } = await loadConfig(fx);
  const ctx = contextFor(config, fx);
  const target = targetFor({ url: 'https://huggingface.co/alice/m', remote: 'origin' }, config);
  const first = await check(target, 'pre-push', fx, ctx);
  assert.match(first.readyKey ?? '', /^[0-9a-f]{64}\/https:%2F%2Fhuggingface\.co%2Falice%2Fm$/);
  assert.not.ok('readyKey' in first.report, '~> internal state stays out of the report');
  await check(target, 'pre-push', fx, ctx);
  assert.is(fx.requests.length, 2, '~> the second check used the cached answer (whoami and the repo, asked once)');
  assert.is((await check(target, 'doctor', fx, ctx)).readyKey, undefined, '~> only a pre-push marks a push ready');
});

engine('a refusal explained in the context it happened in: a locked key nothing can unlock is the reason; with a terminal, unconfirmed; alone, not registered', async () => {
  const explain = async (w: World, said: string) => {
    const fx = fakeEffects(w);
    const { config } = await loadConfig(fx);
    const target = targetFor({ url: 'ssh://git@hf.co/alice/m', remote: 'origin' }, config);
    const r = await explainRefusal(target, { remote: 'origin', url: target.url, verdict: 'ready', findings: [] }, said, fx, contextFor(config, fx));
    return r?.findings.map((f) => `${f.id}:${f.level}`).join(' ');
  };
  const denied = 'git@hf.co: Permission denied (publickey).';
  const anon = 'Hi anonymous, welcome to Hugging Face.';
  const locked = { keys: { [KEY]: { mode: 0o600, locked: true } }, known: true };
  assert.is(await explain(locked, denied), 'ssh.key-locked:error', '~> no terminal: the only key could not be unlocked');
  assert.is(await explain({ ...locked, terminal: true }, denied), 'ssh.key-unconfirmed:warn', '~> a terminal: a wrong passphrase, perhaps; not proof');
  const both = { keys: { [KEY]: { mode: 0o600 }, '/home/me/.ssh/id_rsa': { mode: 0o600, locked: true } }, sshG: { identityFiles: [KEY, '/home/me/.ssh/id_rsa'] }, known: true };
  assert.is(await explain(both, anon), 'ssh.key-locked:error', '~> the usable key was refused, the locked one could not be offered');
  assert.is(await explain({ ...HF_SSH }, anon), 'ssh.key-not-registered:error', '~> one usable key, refused: not registered');
});

engine.run();
