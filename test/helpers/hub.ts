// A loopback stand-in for the Hub over HTTPS: the real `git http-backend` behind Basic
// auth whose password must be a token it knows (and not expired), the Hub's write rules
// enforced on pushes (token role, org role, resource groups, refs/pr/N for anyone), and
// /api/whoami-v2, the repo info API and the OAuth device login in the Hub's response
// shapes. It logs every request it receives.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Test } from 'uvu';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type Socket } from 'node:net';
import { cardErrors, cardWarnings } from './hub-card.mjs';

export type OrgRole = 'no_access' | 'read' | 'contributor' | 'write' | 'admin';

export interface HubAccount {
  token: string;
  user: string;
  /** An access token's role; `oauth` is a browser login, whose whoami has no accessToken. */
  role: 'read' | 'write' | 'fineGrained' | 'oauth';
  displayName?: string;
  /** ISO time after which the Hub refuses the token (whoami's accessToken.expiration). */
  expiration?: string;
  orgs?: { name: string; roleInOrg: OrgRole }[];
  scoped?: { entity: { type: string; name: string }; permissions: string[] }[];
  /** A fine-grained token's "read access to contents of all public gated repos you can access". */
  canReadGatedRepos?: boolean;
}

/** A resource group (hub-docs security-resource-groups.md): its repos, and each member's role there. */
export interface ResourceGroup {
  name: string;
  repos: string[];
  members: Record<string, OrgRole>;
}

export const PASSWORD_TEXT = 'Password authentication in git is no longer supported. You must use a user access token or an SSH key instead.';

/** What an account may push to one repo: everything, only pull-request refs, or nothing. */
type MayPush = 'all' | 'pr' | 'none';

/**
 * Who may read a repo (hub-docs repositories-settings.md "private", models-gated.md): a
 * private repo its owner and the members of its org; a gated one everyone whose access
 * request was granted (at once with `auto`, by the authors with `manual`).
 */
export interface Visibility {
  private?: boolean;
  gated?: 'auto' | 'manual' | false;
  /** Access requests to a gated repo, by user. */
  requests?: Record<string, 'granted' | 'pending' | 'rejected'>;
}

export class Hub {
  port = 0;
  /** Every request: its method, path, Basic user, and a SHA-256 of the password it carried (never the password). */
  readonly requests: { method: string; path: string; user?: string; secret?: string }[] = [];
  /** What /api/whoami-v2 does: answer, hang (accept and never reply), trickle (one byte a second, never done), or rate-limit. */
  api: 'answer' | 'hang' | 'trickle' | 'redirect' | '429' = 'answer';
  /** Where `redirect` sends /api/whoami-v2 (a 302): a client that follows would take the token along. */
  redirectTo = '';
  readonly groups: ResourceGroup[] = [];
  /**
   * Repos that answer like GitHub instead (REST /gh/user and /gh/repos/{o}/{r}, docs.github.com):
   * who may push, and whether the org wants the token authorised for SAML SSO.
   */
  readonly github = new Map<string, { pushers: string[]; sso?: boolean }>();
  /** Private and gated repos, by path (`alice/m`, `datasets/acme/d`); others are public. */
  readonly visibility = new Map<string, Visibility>();
  /** What the OAuth device flow (/oauth/device, /oauth/token) hands out: the next token, its lifetime. */
  oauth?: { user: string; expiresIn: number; orgs?: HubAccount['orgs'] };
  private readonly accounts = new Map<string, HubAccount>();
  private readonly sockets = new Set<Socket>();
  private server?: Server;

  constructor(readonly repos: string) {}

  add(account: HubAccount): HubAccount {
    this.accounts.set(account.token, account);
    return account;
  }

  /** `tls`: serve HTTPS with this key and certificate (a network's own CA: test/helpers/tls.ts). */
  async start(o: { tls?: { key: string; cert: string } } = {}): Promise<void> {
    const handler = (req: IncomingMessage, res: ServerResponse) => this.handle(req, res);
    this.server = o.tls ? createHttpsServer(o.tls, handler) : createServer(handler);
    this.server.on('connection', (s: Socket) => {
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

  /** A token the Hub knows and has not expired. */
  private valid(token: string | undefined): HubAccount | undefined {
    const a = token === undefined ? undefined : this.accounts.get(token);
    return a && !(a.expiration && Date.parse(a.expiration) <= Date.now()) ? a : undefined;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://hub');
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
    const [user, password] = basic ? Buffer.from(basic[1], 'base64').toString().split(/:(.*)/s) : [];
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const secret = password ?? bearer;
    this.requests.push({ method: req.method ?? '', path: url.pathname, ...(user && { user }), ...(secret && { secret: sha256(secret) }) });
    if (url.pathname === '/api/whoami-v2') return this.whoami(req, res);
    if (url.pathname === '/api/validate-yaml' && req.method === 'POST') return this.validateYaml(req, res);
    if (url.pathname.startsWith('/oauth/')) return this.deviceFlow(req, res, url.pathname);
    if (url.pathname.startsWith('/gh/')) return this.githubApi(req, res, url.pathname.slice(3));
    const lfs = /^\/(.+?)\.git\/info\/lfs\/objects(?:\/(batch|[0-9a-f]{64}))$/.exec(url.pathname);
    if (lfs) return this.lfsApi(req, res, lfs[1], lfs[2], password);
    const check = /^\/api\/(models|datasets|spaces)\/(.+)\/auth-check$/.exec(url.pathname);
    if (check && req.method === 'GET') return this.authCheck(req, res, check[1], check[2]);
    const info = /^\/api\/(models|datasets|spaces)\/(.+)$/.exec(url.pathname);
    if (info && req.method === 'GET') return this.repoInfo(req, res, info[1], info[2]);
    const git = /^\/(.+?)\/(info\/refs|git-upload-pack|git-receive-pack)$/.exec(url.pathname);
    if (!git) return void res.writeHead(404).end('not found');
    const fetching = git[2] === 'git-upload-pack' || (git[2] === 'info/refs' && url.searchParams.get('service') === 'git-upload-pack');
    if (fetching && !this.github.has(git[1])) {
      // Anyone may clone a public repo; a private or gated one answers as the Hub does.
      const refused = this.readRefusal(git[1].replace(/\.git$/, ''), password);
      if (refused) return void res.writeHead(refused.status, { 'content-type': 'text/plain', ...(refused.status === 401 && { 'www-authenticate': 'Basic realm="Authentication required"' }) }).end(`${refused.message}\n`);
      return this.backend(req, res, this.valid(password)?.user ?? '', `/${git[1]}/${git[2]}`, url.search.slice(1), 'none');
    }
    const account = this.valid(password);
    if (!account) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="Authentication required"' });
      return void res.end(password === undefined ? 'Authentication required' : PASSWORD_TEXT);
    }
    // GitHub refuses a pusher already at the ref advertisement (403), before any pack.
    const gh = this.github.get(git[1]);
    if (gh && git[2] !== 'git-upload-pack' && (gh.sso || !gh.pushers.includes(account.user)) && (git[2] === 'git-receive-pack' || url.searchParams.get('service') === 'git-receive-pack')) {
      return void res.writeHead(403).end(gh.sso
        ? `The '${git[1].split('/')[0]}' organization has enabled or enforced SAML SSO. To access this repository, you must re-authorize the Personal Access Token.`
        : `Permission to ${git[1]}.git denied to ${account.user}.`);
    }
    const may = gh ? 'all' : mayPush(account, git[1], this.groups);
    // Like the Hub, the ref advertisement and the pack are taken from any valid token; its
    // pre-receive then declines each ref ("remote: DENIED update refs/heads/main: forbidden",
    // "! [remote rejected] main -> main (pre-receive hook declined)" for a read token:
    // huggingface/huggingface_hub issue #937).
    if (git[2] === 'git-receive-pack') this.guardRefs(git[1]);
    this.backend(req, res, account.user, `/${git[1]}/${git[2]}`, url.search.slice(1), may);
  }

  private whoami(req: IncomingMessage, res: ServerResponse): void {
    if (this.api === 'hang') return;
    if (this.api === 'redirect') return void res.writeHead(302, { location: this.redirectTo }).end();
    if (this.api === 'trickle') {
      // Headers at once, then a body that never ends: only a whole-request deadline stops it.
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 1000);
      res.write('{');
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (this.api === '429') return void res.writeHead(429).end('Too Many Requests');
    const a = this.valid(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]);
    if (!a) return void res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Invalid credentials in Authorization header' }));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
      type: 'user', id: '64f0', name: a.user, fullname: a.user, isPro: false,
      orgs: (a.orgs ?? []).map((o) => ({ type: 'org', name: o.name, fullname: o.name, roleInOrg: o.roleInOrg })),
      // huggingface.js types/api/api-who-am-i.ts and lib/who-am-i.ts (AuthInfo.expiresAt); an OAuth
      // token has no accessToken (_login.py names it oauth-<user>).
      auth: a.role === 'oauth' ? { type: 'access_token', ...(a.expiration && { expiresAt: a.expiration }) } : { type: 'access_token', accessToken: {
        displayName: a.displayName ?? `${a.role} token`, role: a.role, createdAt: '2026-01-05T10:00:00.000Z',
        ...(a.expiration && { expiration: a.expiration }),
        ...(a.role === 'fineGrained' && { fineGrained: { canReadGatedRepos: Boolean(a.canReadGatedRepos), global: [], scoped: a.scoped ?? [] } }),
      } },
    }));
  }

  /**
   * GET /api/{type}s/{id}?expand=resourceGroup: the repo if it exists and this caller may see
   * it, with `private`, `gated` ("auto", "manual" or false) and its resource group (hf_api.py
   * ModelInfo, huggingface.js types/api). A private repo the caller cannot see is not found:
   * 401 without a token, 404 with one (utils/_http.py hf_raise_for_status reads both so).
   */
  private repoInfo(req: IncomingMessage, res: ServerResponse, kind: string, id: string): void {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (bearer !== undefined && !this.valid(bearer)) return void res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Invalid credentials in Authorization header' }));
    const path = kind === 'models' ? id : `${kind}/${id}`;
    const v = this.visibility.get(path) ?? {};
    const account = this.valid(bearer);
    if (!existsSync(join(this.repos, path)) || (v.private && !this.member(account, path))) return this.notFound(res, bearer === undefined);
    const group = this.groups.find((g) => g.repos.includes(path));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
      _id: '65a1', id, private: Boolean(v.private), gated: v.gated ?? false,
      ...(group && { resourceGroup: { id: `rg-${group.name}`, name: group.name, numUsers: Object.keys(group.members).length } }),
    }));
  }

  /**
   * GET /api/{type}s/{id}/auth-check (hf_api.py auth_check): 200 when the token may read the
   * repo; otherwise the codes hf_raise_for_status turns into GatedRepoError and
   * RepositoryNotFoundError (X-Error-Code GatedRepo, RepoNotFound), with the Hub's texts.
   */
  private authCheck(req: IncomingMessage, res: ServerResponse, kind: string, id: string): void {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (bearer !== undefined && !this.valid(bearer)) return void res.writeHead(401, { 'content-type': 'application/json', 'x-error-message': 'Invalid credentials in Authorization header' }).end(JSON.stringify({ error: 'Invalid credentials in Authorization header' }));
    const path = kind === 'models' ? id : `${kind}/${id}`;
    const refused = this.readRefusal(path, bearer);
    if (!refused) return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access: 'granted' }));
    res.writeHead(refused.status, { 'content-type': 'application/json', 'x-error-code': refused.code, 'x-error-message': refused.message }).end(JSON.stringify({ error: refused.message }));
  }

  private notFound(res: ServerResponse, anonymous: boolean): void {
    res.writeHead(anonymous ? 401 : 404, { 'content-type': 'application/json', 'x-error-code': 'RepoNotFound', 'x-error-message': 'Repository not found' }).end(JSON.stringify({ error: 'Repository not found' }));
  }

  /** An owner, or a member of the owning org with any role but no_access. */
  private member(a: HubAccount | undefined, path: string): boolean {
    if (!a) return false;
    const parts = path.split('/');
    const ns = ['datasets', 'spaces'].includes(parts[0]) ? parts[1] : parts[0];
    return ns === a.user || (a.orgs ?? []).some((o) => o.name === ns && o.roleInOrg !== 'no_access');
  }

  /**
   * Why the Hub would not let this credential read the repo, in its words, or undefined. The
   * texts are the Hub's as users quote them: anonymous on a gated repo "Access to model X is
   * restricted. You must have access to it and be authenticated to access it. Please log in."
   * (vllm-project/semantic-router#817); no request "... is restricted and you are not in the
   * authorized list. Visit https://huggingface.co/X to ask for access." (huggingface/diffusers
   * #4447); a request in review "Your request to access model X is awaiting a review from the
   * repo authors." A fine-grained token without "read access to contents of all public gated
   * repos you can access" (canReadGatedRepos) reads a gated repo as if nothing were granted.
   */
  private readRefusal(path: string, secret: string | undefined): { status: number; code: string; message: string } | undefined {
    const account = this.valid(secret);
    const v = this.visibility.get(path) ?? {};
    const exists = existsSync(join(this.repos, path));
    if (!exists || (v.private && !this.member(account, path))) return { status: account ? 404 : 401, code: 'RepoNotFound', message: 'Repository not found' };
    if (!v.gated || this.member(account, path)) return undefined;
    const kind = path.startsWith('datasets/') ? 'dataset' : path.startsWith('spaces/') ? 'space' : 'model';
    const id = path.replace(/^(datasets|spaces)\//, '');
    if (!account) return { status: 401, code: 'GatedRepo', message: `Access to ${kind} ${id} is restricted. You must have access to it and be authenticated to access it. Please log in.` };
    const request = v.requests?.[account.user];
    const scoped = account.role !== 'fineGrained' || account.canReadGatedRepos;
    if (request === 'granted' && scoped) return undefined;
    if (request === 'pending') return { status: 403, code: 'GatedRepo', message: `Your request to access ${kind} ${id} is awaiting a review from the repo authors.` };
    if (request === 'rejected') return { status: 403, code: 'GatedRepo', message: `Your request to access ${kind} ${id} has been rejected by the repo's authors.` };
    return { status: 403, code: 'GatedRepo', message: `Access to ${kind} ${id} is restricted and you are not in the authorized list. Visit http://127.0.0.1:${this.port}/${path} to ask for access.` };
  }

  /** GET /user (login; classic tokens list their scopes in X-OAuth-Scopes) and GET /repos/{o}/{r} (permissions; X-GitHub-SSO). */
  private githubApi(req: IncomingMessage, res: ServerResponse, path: string): void {
    const a = this.valid(/^token (.+)$/.exec(req.headers.authorization ?? '')?.[1]);
    const json = (status: number, body: object, headers: Record<string, string> = {}) => void res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    if (!a) return json(401, { message: 'Bad credentials' });
    const scopes: Record<string, string> = a.token.startsWith('ghp_') ? { 'x-oauth-scopes': 'repo, read:org' } : {};
    if (path === '/user') return json(200, { login: a.user }, scopes);
    const repo = /^\/repos\/([^/]+\/[^/]+)$/.exec(path)?.[1];
    const gh = repo ? this.github.get(repo) : undefined;
    if (!gh) return json(404, { message: 'Not Found' });
    if (gh.sso) return json(403, { message: 'Resource protected by organization SAML enforcement.' }, { 'x-github-sso': `required; url=http://127.0.0.1:${this.port}/orgs/${repo!.split('/')[0]}/sso?authorization_request=1` });
    json(200, { full_name: repo, permissions: { admin: false, maintain: false, push: gh.pushers.includes(a.user), triage: true, pull: true } }, scopes);
  }

  /** The device-code login huggingface_hub runs for `hf auth login` (utils/_oauth_device.py), and its refresh. */
  private deviceFlow(req: IncomingMessage, res: ServerResponse, path: string): void {
    let body = '';
    req.on('data', (c: Buffer) => (body += c));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      const send = (status: number, o: object) => void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(o));
      if (!this.oauth) return send(400, { error: 'unsupported_grant_type' });
      if (path === '/oauth/device') {
        return send(200, { device_code: 'dev-1', user_code: 'HUB-TEST', verification_uri: `http://127.0.0.1:${this.port}/device`, interval: 1, expires_in: 60 });
      }
      const grant = form.get('grant_type') ?? '';
      if (path !== '/oauth/token' || !/device_code|refresh_token/.test(grant)) return send(400, { error: 'unsupported_grant_type' });
      const token = `hf_oauth_${randomBytes(24).toString('hex')}`;
      const { user, expiresIn, orgs } = this.oauth;
      this.add({ token, user, role: 'oauth', ...(orgs && { orgs }), expiration: new Date(Date.now() + expiresIn * 1000).toISOString() });
      send(200, { access_token: token, token_type: 'bearer', expires_in: expiresIn, refresh_token: `hf_oauth_refresh_${randomBytes(8).toString('hex')}` });
    });
  }

  /** POST /api/validate-yaml {content, repoType} (hf_api.py _validate_yaml): 400 with errors, 200 with warnings. */
  private validateYaml(req: IncomingMessage, res: ServerResponse): void {
    let body = '';
    req.on('data', (c: Buffer) => (body += c));
    req.on('end', () => {
      const content = String(JSON.parse(body || '{}').content ?? '');
      const errors = cardErrors(content);
      const send = (status: number, o: object) => void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(o));
      if (errors.length) return send(400, { errors: errors.map((message) => ({ message })), warnings: [] });
      send(200, { errors: [], warnings: cardWarnings(content).map((message) => ({ message })) });
    });
  }

  /** LFS objects the Hub holds for one repo (LFS files are not shared between repos). */
  lfsStore(repoPath: string): string {
    return join(this.repos, repoPath, 'hub-lfs');
  }

  /** How many LFS objects were uploaded (PUT) in this test. */
  lfsUploads(): number {
    return this.requests.filter((r) => r.method === 'PUT' && r.path.includes('/info/lfs/objects/')).length;
  }

  /**
   * The Git LFS API (git-lfs docs/api/batch.md, basic transfer): Basic auth like git, an
   * `upload` batch answers actions only for objects the repo lacks, then PUT stores them;
   * `download` answers where to GET them. Uploading needs the right to push to the repo.
   */
  private lfsApi(req: IncomingMessage, res: ServerResponse, repoPath: string, what: string, password: string | undefined): void {
    const account = this.valid(password);
    if (!account) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="Authentication required"', 'content-type': 'application/vnd.git-lfs+json' }).end(JSON.stringify({ message: 'Invalid credentials' }));
    if (!existsSync(join(this.repos, repoPath))) return void res.writeHead(404, { 'content-type': 'application/vnd.git-lfs+json' }).end(JSON.stringify({ message: 'Repository not found' }));
    const store = this.lfsStore(repoPath);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (what !== 'batch') {
        if (req.method === 'GET') return existsSync(join(store, what)) ? void res.writeHead(200).end(readFileSync(join(store, what))) : void res.writeHead(404).end();
        if (mayPush(account, repoPath, this.groups) === 'none') return void res.writeHead(403).end('forbidden');
        mkdirSync(store, { recursive: true });
        writeFileSync(join(store, what), body);
        return void res.writeHead(200).end();
      }
      const batch = JSON.parse(body.toString() || '{}') as { operation?: string; objects?: { oid: string; size: number }[] };
      const upload = batch.operation === 'upload';
      if (upload && mayPush(account, repoPath, this.groups) === 'none') return void res.writeHead(403, { 'content-type': 'application/vnd.git-lfs+json' }).end(JSON.stringify({ message: 'You do not have write access to this repository' }));
      const href = (oid: string) => ({ href: `http://127.0.0.1:${this.port}/${repoPath}.git/info/lfs/objects/${oid}`, header: { authorization: req.headers.authorization ?? '' } });
      const objects = (batch.objects ?? []).map(({ oid, size }) => {
        const have = existsSync(join(store, oid));
        if (upload) return { oid, size, authenticated: true, ...(!have && { actions: { upload: href(oid) } }) };
        return have ? { oid, size, authenticated: true, actions: { download: href(oid) } } : { oid, size, error: { code: 404, message: 'Object does not exist' } };
      });
      res.writeHead(200, { 'content-type': 'application/vnd.git-lfs+json' }).end(JSON.stringify({ transfer: 'basic', objects, hash_algo: 'sha256' }));
    });
  }

  /** The Hub refuses, per ref, what a PR-only pusher may not update: a pre-receive hook in the repo. */
  private guardRefs(repoPath: string): void {
    const hooks = join(this.repos, repoPath, 'hooks');
    if (!existsSync(hooks)) return;
    writeFileSync(join(hooks, 'pre-receive'), PRE_RECEIVE, { mode: 0o755 });
  }

  /** CGI: the real git http-backend serves the bare repos under `repos`. */
  private backend(req: IncomingMessage, res: ServerResponse, user: string, pathInfo: string, query: string, may: MayPush): void {
    const child = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH, GIT_PROJECT_ROOT: this.repos, GIT_HTTP_EXPORT_ALL: '1', PATH_INFO: pathInfo,
        QUERY_STRING: query, REQUEST_METHOD: req.method, CONTENT_TYPE: req.headers['content-type'] ?? '',
        REMOTE_USER: user, REMOTE_ADDR: '127.0.0.1', GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''), HUB_MAY_PUSH: may,
        HUB_RULES: this.github.has(pathInfo.replace(/^\/|\/(info\/refs|git-upload-pack|git-receive-pack)$/g, '')) ? 'github' : 'hub',
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

/**
 * The Hub's rules, written out independently of the code under test: the token's role
 * (hub-docs security-tokens.md), the org role and resource groups (organizations-security.md,
 * security-resource-groups.md), and pull-request refs open to every account
 * (repositories-pull-requests-discussions.md).
 */
function mayPush(a: HubAccount, repoPath: string, groups: ResourceGroup[]): MayPush {
  const parts = repoPath.replace(/\.git$/, '').split('/');
  const [ns, name] = ['datasets', 'spaces'].includes(parts[0]) ? parts.slice(1) : parts;
  if (a.role === 'read') return 'none';
  if (a.role === 'fineGrained') return (a.scoped ?? []).some((s) => s.permissions.includes('repo.write') && (s.entity.name === ns || s.entity.name === `${ns}/${name}`)) ? 'all' : 'none';
  if (ns === a.user) return 'all';
  const org = (a.orgs ?? []).find((o) => o.name === ns);
  if (!org) return 'pr';
  const group = groups.find((g) => g.repos.includes(repoPath.replace(/\.git$/, '')));
  const role = group ? group.members[a.user] : org.roleInOrg;
  if (org.roleInOrg === 'admin' || role === 'write' || role === 'admin') return 'all';
  return 'pr';
}

/** The hook runs the Hub's rules in node (hub-pre-receive.mjs), one process per push. */
const PRE_RECEIVE = `#!/bin/sh
exec '${process.execPath}' '${join(import.meta.dirname, 'hub-pre-receive.mjs')}'
`;

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

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
    hub!.redirectTo = '';
    hub!.groups.length = 0;
    hub!.oauth = undefined;
    hub!.github.clear();
    hub!.visibility.clear();
  });
  return () => hub!;
}
