// One fake of the outside world for the engine's unit tables: it answers like git, ssh,
// ssh-add, ssh-keygen and the providers' APIs would, from plain data, and logs every call.
import { type Effects } from '../../hooks/effects.ts';
import { type HttpResult } from '../../hooks/http.ts';
import { type Route } from '../../hooks/net/route.ts';
import { type RunResult } from '../../hooks/process.ts';

export const HOME = '/home/me';
export const KEY = `${HOME}/.ssh/id_ed25519`;
export const KNOWN_HOSTS = `${HOME}/.ssh/known_hosts`;
export const PUBLIC_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOx2fK3QmB0ZmYyk2W0b2cB0L2c1Y2t2b2dvb2RrZXk me@box';

export interface World {
  env?: Record<string, string>;
  /** git config, as `git config -z --get-regexp` would list it (lowercase section and key names). */
  config?: [string, string][];
  /** A Git older than 2.26, which has no `git config --show-scope`. */
  gitBefore226?: boolean;
  /** What the credential helpers hold, by `protocol://host[:port]` (no path: Git's default), or with a path: a helper Git finds for that repository only. */
  credentials?: Record<string, { username?: string; password: string }>;
  /** A credential helper that never answers: `git credential fill` runs out its deadline. */
  helperHangs?: boolean;
  /** `ssh -G`: the resolved config, or a failure. */
  sshG?: { user?: string; hostname?: string; port?: number; identityFiles?: string[]; strict?: string; identitiesOnly?: boolean; batchMode?: boolean } | { code: number; stderr: string };
  /** `ssh-add -l`: exit 0 with fingerprints, 1 an empty agent, 2 no agent (the default). */
  agent?: { code: number; stdout?: string };
  /** Private key files: mode and what `ssh-keygen -y -P ''` says of them. */
  keys?: Record<string, { mode: number; locked?: boolean; pub?: boolean }>;
  /** Whether known_hosts lists the host (`ssh-keygen -F`); the file exists unless undefined. */
  known?: boolean;
  /** What `ssh -T` prints and exits with. */
  probe?: { code: number; output: string; timedOut?: boolean };
  /**
   * API answers by URL; any other request is refused (ECONNREFUSED), except the Hub's repo
   * info (`...?expand=resourceGroup`), which answers that the repo exists in no resource group.
   */
  http?: Record<string, HttpResult>;
  /** Answers that depend on the credential sent: keyed `<url> <authorization header>`, asked before `http`. */
  httpAuth?: Record<string, HttpResult>;
  files?: Record<string, string>;
  /** Whether /dev/tty opens (default: no, as in CI). */
  terminal?: boolean;
  /** The argv of the processes that started the helper, nearest first (default: the system cannot say). */
  callers?: string[][];
  /** What a person types at each terminal question, in order (then: cancelled). */
  typed?: string[];
  /** Other programs on PATH (hf, gh, glab): exit code and output. */
  programs?: Record<string, { code: number; stdout?: string }>;
  /**
   * The blobs a push adds, as `git rev-list --objects` and `git cat-file` report them (text for
   * the small ones), and whether `git-lfs` is on PATH. The git dir is /repo/.git.
   */
  pushed?: { blobs: { oid: string; path: string; text: string }[]; gitLfs?: boolean };
}

export const GIT_DIR = '/repo/.git';

/** The Hub's repo info for a repo in no resource group (hf_api.py model_info expand=["resourceGroup"]). */
export const REPO_FOUND: HttpResult = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"_id":"1","id":"x"}' };

export interface Fake extends Effects {
  calls: string[];
  requests: { url: string; headers: Record<string, string>; body?: string; route?: Route }[];
  printed: string[];
  /** The questions asked on the terminal. */
  asked: string[];
}

const ok = (stdout = ''): RunResult => ({ code: 0, stdout, stderr: '', timedOut: false });
const fail = (code: number, stderr = ''): RunResult => ({ code, stdout: '', stderr, timedOut: false });

export function fakeEffects(w: World = {}): Fake {
  const cache = new Map<string, unknown>();
  const calls: string[] = [];
  const requests: Fake['requests'] = [];
  const printed: string[] = [];
  const asked: string[] = [];
  const typed = [...(w.typed ?? [])];
  const keys = w.keys ?? {};
  const files: Record<string, string> = { ...w.files };
  for (const [path, k] of Object.entries(keys)) if (k.pub !== false) files[`${path}.pub`] = PUBLIC_KEY;
  if (w.known !== undefined) files[KNOWN_HOSTS] = '';

  const ssh = (args: string[]): RunResult => {
    if (args.includes('-G')) {
      const g = w.sshG ?? {};
      if ('code' in g) return fail(g.code, g.stderr);
      const dest = args[args.length - 1];
      return ok([
        `user ${g.user ?? (dest.includes('@') ? dest.split('@')[0] : 'me')}`, `hostname ${g.hostname ?? dest.split('@').pop()}`, `port ${g.port ?? 22}`,
        ...(g.identityFiles ?? [KEY]).map((f) => `identityfile ${f}`), `identitiesonly ${g.identitiesOnly ? 'yes' : 'no'}`,
        `userknownhostsfile ${KNOWN_HOSTS}`, 'globalknownhostsfile /dev/null', `stricthostkeychecking ${g.strict ?? 'yes'}`, `batchmode ${g.batchMode ? 'yes' : 'no'}`,
      ].join('\n'));
    }
    const p = w.probe ?? { code: 255, output: 'ssh: connect to host: Connection refused' };
    return { code: p.code, stdout: '', stderr: p.output, timedOut: Boolean(p.timedOut) };
  };

  const run = async (cmd: string, args: string[], opts: { input?: string; onStdout?: (chunk: Buffer) => void } = {}): Promise<RunResult> => {
    const r = await answer(cmd, args, opts);
    if (!opts.onStdout) return r;
    opts.onStdout(Buffer.from(r.stdout, 'latin1'));
    return { ...r, stdout: '' };
  };
  const answer = async (cmd: string, args: string[], opts: { input?: string } = {}): Promise<RunResult> => {
    calls.push([cmd, ...args].join(' '));
    // A shell snippet (GIT_SSH_COMMAND, core.sshCommand): sh -c 'CMD "$@"' CMD ARGS...
    if (cmd === 'sh' && args[0] === '-c') return ssh(args.slice(3));
    if (cmd === 'ssh') return ssh(args);
    if (cmd === 'git' && args[0] === 'config') {
      if (w.gitBefore226 && args.includes('--show-scope')) return fail(129, "error: unknown option `show-scope'");
      const entries = w.config ?? [];
      return entries.length ? ok(entries.map(([k, v]) => `${k}\n${v}\0`).join('')) : fail(1);
    }
    if (cmd === 'git' && args[0] === 'credential') {
      const url = new URL(/^url=(.*)$/m.exec(opts.input ?? '')?.[1] ?? '');
      if (w.helperHangs) return { code: 137, stdout: '', stderr: '', timedOut: true };
      // A key with a path is a helper in a credential.<url-with-path> section: Git asks it for that repository's URLs.
      const asked = `${url.origin}${url.pathname}`.replace(/\/$/, '');
      const c = w.credentials?.[url.origin] ?? Object.entries(w.credentials ?? {}).find(([k]) => k.includes('/', k.indexOf('//') + 2) && (asked === k || asked.startsWith(`${k}/`)))?.[1];
      // With prompts off and nothing stored, git gives up: "terminal prompts disabled".
      if (!c) return fail(128, 'fatal: could not read Username: terminal prompts disabled');
      return ok(`protocol=${url.protocol.slice(0, -1)}\nhost=${url.host}\n${c.username ? `username=${c.username}\n` : ''}password=${c.password}\n`);
    }
    if (w.pushed && cmd === 'git') {
      const blobs = w.pushed.blobs;
      const byOid = new Map(blobs.map((b) => [b.oid, b]));
      const asked = (opts.input ?? '').split('\n').filter(Boolean).map((l) => byOid.get(l.split(' ')[0])!);
      if (args[0] === 'rev-list') return ok(blobs.map((b) => `${b.oid} ${b.path}`).join('\n'));
      if (args[0] === 'rev-parse' && args.includes('--git-common-dir')) return ok(`${GIT_DIR}\n`);
      if (args[0] === 'cat-file' && args[1].startsWith('--batch-check')) return ok(asked.map((b) => `${b.oid} blob ${Buffer.byteLength(b.text)} ${b.path}`).join('\n'));
      if (args[0] === 'cat-file' && args[1] === '--batch') return ok(asked.map((b) => `${b.oid} blob ${Buffer.byteLength(b.text)}\n${b.text}\n`).join(''));
    }
    const program = w.programs?.[cmd];
    if (program) return { code: program.code, stdout: program.stdout ?? '', stderr: '', timedOut: false };
    // Without `pushed`, the push adds no objects (an empty commit's tree is already there).
    if (cmd === 'git' && args[0] === 'rev-list') return ok('');
    if (cmd === 'git-lfs') return w.pushed?.gitLfs ? ok('git-lfs/3.3.0') : fail(127, 'git-lfs: not found');
    if (cmd === 'ssh-add') return w.agent ? { code: w.agent.code, stdout: w.agent.stdout ?? '', stderr: '', timedOut: false } : fail(2, 'Could not open a connection to your authentication agent.');
    if (cmd === 'ssh-keygen' && args[0] === '-y') {
      const k = keys[args[args.length - 1]];
      if (!k) return fail(255, `Load key "${args[args.length - 1]}": No such file or directory`);
      return k.locked ? fail(255, 'Load key: incorrect passphrase supplied to decrypt private key') : ok(PUBLIC_KEY);
    }
    if (cmd === 'ssh-keygen' && args[0] === '-F') return w.known ? ok(`# Host ${args[1]} found: line 1\n${args[1]} ssh-ed25519 AAAA\n`) : fail(1);
    return fail(127, `${cmd}: not found`);
  };

  return {
    env: { HOME, ...w.env },
    run,
    async stat(path) {
      if (keys[path]) return { kind: 'file', mode: keys[path].mode };
      return path in files ? { kind: 'file', mode: 0o644 } : undefined;
    },
    readText: async (path) => files[path],
    withScratchDir: (fn) => fn('/tmp/hf-hooks-scratch'),
    account: { home: HOME, user: 'me' },
    now: () => Date.parse('2026-12-03T12:00:00Z'),
    cache: {
      get: async (key) => cache.get(key),
      set: async (key, value) => void cache.set(key, value),
      markReady: async (key, until) => void cache.set(`ready:${key}`, until),
      unmarkReady: async (key) => void cache.delete(`ready:${key}`),
    },
    async httpGet(url, headers, _timeoutMs, route) {
      // As http.ts: no credential over a connection Git does not verify, and nothing sent.
      if (route?.unverified && (headers.authorization || headers['private-token'])) return { error: `not sent: ${route.unverified}`, failure: 'unverified' };
      requests.push({ url, headers, ...(route && { route }) });
      const byAuth = w.httpAuth?.[`${url} ${headers.authorization ?? headers['private-token'] ?? ''}`];
      return byAuth ?? w.http?.[url] ?? (url.endsWith('?expand=resourceGroup') ? REPO_FOUND : { error: 'ECONNREFUSED', failure: 'refused' });
    },
    async httpPost(url, headers, body, _timeoutMs, route) {
      requests.push({ url, headers, body, ...(route && { route }) });
      return w.http?.[`POST ${url}`] ?? { error: 'ECONNREFUSED', failure: 'refused' };
    },
    terminal: () => w.terminal ?? false,
    callers: async () => w.callers,
    async askTty(question) {
      asked.push(question);
      return typed.shift();
    },
    execSsh: async () => ({ code: 0, stderr: '' }),
    stderr: (text) => void printed.push(text),
    calls,
    requests,
    printed,
    asked,
  };
}

/** The Hub's /api/whoami-v2 answer for a token of this role (huggingface.js who-am-i.ts shapes). */
export function whoami(user: string, role: 'read' | 'write' | 'fineGrained', o: { orgs?: { name: string; roleInOrg: string }[]; scoped?: unknown[] } = {}): HttpResult {
  return {
    status: 200, headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'user', name: user, orgs: o.orgs ?? [],
      auth: { type: 'access_token', accessToken: { displayName: `${role} token`, role, ...(role === 'fineGrained' && { fineGrained: { global: [], scoped: o.scoped ?? [] } }) } },
    }),
  };
}
