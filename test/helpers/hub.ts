// A loopback stand-in for the Hub over HTTPS: the real `git http-backend` behind Basic
// auth whose password must be a token it knows, the token's role enforced on pushes, and
// /api/whoami-v2 in the Hub's response shapes. It logs every request it receives.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Test } from 'uvu';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { type Socket } from 'node:net';

export interface HubAccount {
  token: string;
  user: string;
  role: 'read' | 'write' | 'fineGrained';
  displayName?: string;
  orgs?: { name: string; roleInOrg: 'read' | 'contributor' | 'write' | 'admin' }[];
  scoped?: { entity: { type: string; name: string }; permissions: string[] }[];
}

export const PASSWORD_TEXT = 'Password authentication in git is no longer supported. You must use a user access token or an SSH key instead.';

export class Hub {
  port = 0;
  readonly requests: { method: string; path: string; user?: string }[] = [];
  /** What /api/whoami-v2 does: answer, hang (accept and never reply), or rate-limit. */
  api: 'answer' | 'hang' | '429' = 'answer';
  private readonly accounts = new Map<string, HubAccount>();
  private readonly sockets = new Set<Socket>();
  private server?: Server;

  constructor(readonly repos: string) {}

  add(account: HubAccount): HubAccount {
    this.accounts.set(account.token, account);
    return account;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  sawPushUpload(): boolean {
    return this.requests.some((r) => r.method === 'POST' && r.path.endsWith('/git-receive-pack'));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://hub');
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
    const [user, password] = basic ? Buffer.from(basic[1], 'base64').toString().split(/:(.*)/s) : [];
    this.requests.push({ method: req.method ?? '', path: url.pathname, ...(user && { user }) });
    if (url.pathname === '/api/whoami-v2') return this.whoami(req, res);
    const git = /^\/(.+?)\/(info\/refs|git-upload-pack|git-receive-pack)$/.exec(url.pathname);
    if (!git) return void res.writeHead(404).end('not found');
    const account = password === undefined ? undefined : this.accounts.get(password);
    if (!account) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="Authentication required"' });
      return void res.end(password === undefined ? 'Authentication required' : PASSWORD_TEXT);
    }
    const pushing = git[2] === 'git-receive-pack' || url.searchParams.get('service') === 'git-receive-pack';
    // Like the Hub, the ref advertisement is served to any valid token; the upload itself is refused.
    if (pushing && git[2] === 'git-receive-pack' && !mayWrite(account, git[1])) {
      return void res.writeHead(403).end('DENIED update refs/heads/main: forbidden');
    }
    this.backend(req, res, account.user, `/${git[1]}/${git[2]}`, url.search.slice(1));
  }

  private whoami(req: IncomingMessage, res: ServerResponse): void {
    if (this.api === 'hang') return;
    if (this.api === '429') return void res.writeHead(429).end('Too Many Requests');
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const a = bearer ? this.accounts.get(bearer) : undefined;
    if (!a) return void res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Invalid credentials in Authorization header' }));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
      type: 'user', id: '64f0', name: a.user, fullname: a.user, isPro: false,
      orgs: (a.orgs ?? []).map((o) => ({ type: 'org', name: o.name, fullname: o.name, roleInOrg: o.roleInOrg })),
      auth: { type: 'access_token', accessToken: {
        displayName: a.displayName ?? `${a.role} token`, role: a.role, createdAt: '2026-01-05T10:00:00.000Z',
        ...(a.role === 'fineGrained' && { fineGrained: { canReadGatedRepos: false, global: [], scoped: a.scoped ?? [] } }),
      } },
    }));
  }

  /** CGI: the real git http-backend serves the bare repos under `repos`. */
  private backend(req: IncomingMessage, res: ServerResponse, user: string, pathInfo: string, query: string): void {
    const child = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH, GIT_PROJECT_ROOT: this.repos, GIT_HTTP_EXPORT_ALL: '1', PATH_INFO: pathInfo,
        QUERY_STRING: query, REQUEST_METHOD: req.method, CONTENT_TYPE: req.headers['content-type'] ?? '',
        REMOTE_USER: user, REMOTE_ADDR: '127.0.0.1', GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        ...(req.headers['content-encoding'] && { HTTP_CONTENT_ENCODING: String(req.headers['content-encoding']) }),
        ...(req.headers['content-length'] && { CONTENT_LENGTH: String(req.headers['content-length']) }),
      },
    });
    req.pipe(child.stdin);
    let head: Buffer | undefined = Buffer.alloc(0);
    child.stdout.on('data', (chunk: Buffer) => {
      if (!head) return void res.write(chunk);
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      const headers: Record<string, string> = {};
      let status = 200;
      for (const line of head.subarray(0, end).toString().split('\r\n')) {
        const [k, v] = line.split(/:\s*(.*)/s);
        if (k.toLowerCase() === 'status') status = Number(v.split(' ')[0]);
        else headers[k] = v;
      }
      res.writeHead(status, headers);
      res.write(head.subarray(end + 4));
      head = undefined;
    });
    child.on('close', () => res.end());
  }
}

/** The Hub's rule, written out independently of the code under test. */
function mayWrite(a: HubAccount, repoPath: string): boolean {
  const parts = repoPath.replace(/\.git$/, '').split('/');
  const [ns, name] = ['datasets', 'spaces'].includes(parts[0]) ? parts.slice(1) : parts;
  if (a.role === 'read') return false;
  if (a.role === 'fineGrained') return (a.scoped ?? []).some((s) => s.permissions.includes('repo.write') && (s.entity.name === ns || s.entity.name === `${ns}/${name}`));
  return ns === a.user || (a.orgs ?? []).some((o) => o.name === ns && o.roleInOrg !== 'read');
}

/** One Hub for a whole suite: started before it, stopped after; each test starts with an empty log. */
export function hubForSuite(s: Test): () => Hub {
  let hub: Hub | undefined;
  s.before(async () => {
    hub = new Hub(mkdtempSync(join(tmpdir(), 'hf-hooks-hub-')));
    await hub.start();
  });
  s.after(async () => {
    await hub?.stop();
    if (hub) rmSync(hub.repos, { recursive: true, force: true });
  });
  s.before.each(() => {
    hub!.requests.length = 0;
    hub!.api = 'answer';
  });
  return () => hub!;
}
