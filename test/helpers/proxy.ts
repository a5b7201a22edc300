// Loopback proxies that alone know the way to test host names (hub.corp.test), as a
// corporate network's proxy alone reaches the internet: an HTTP CONNECT proxy (optionally
// asking for a Basic login) and a SOCKS5 proxy. Each logs every tunnel it is asked for.
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { type Socket, connect, createServer as createTcpServer } from 'node:net';

export interface Tunnel {
  /** host:port as the client asked for it. */
  target: string;
  /** The user of a Proxy-Authorization or SOCKS login, never the password. */
  user?: string;
  /** What the proxy answered: 200, 407, 502; SOCKS: 0 granted, 4 host unreachable. */
  answer: number;
}

abstract class LoopbackProxy {
  port = 0;
  readonly log: Tunnel[] = [];
  /** host:port -> loopback port. Any other name is unreachable from here. */
  readonly routes = new Map<string, number>();
  protected abstract readonly server: Server | import('node:net').Server;
  private readonly sockets = new Set<Socket>();

  async start(): Promise<this> {
    this.server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  /** Joins a client socket to the loopback port the name maps to. */
  protected splice(client: Socket, port: number, head: Buffer, reply: Buffer): void {
    const upstream = connect(port, '127.0.0.1', () => {
      client.write(reply);
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const close = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', close);
    client.on('error', close);
  }
}

export class ConnectProxy extends LoopbackProxy {
  /** When set, a CONNECT without this Basic login is answered 407. */
  login?: { user: string; password: string };
  protected readonly server = createHttpServer((_req, res) => res.writeHead(405).end('CONNECT only'));

  constructor() {
    super();
    this.server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => this.tunnel(req, client, head));
  }

  private tunnel(req: IncomingMessage, client: Socket, head: Buffer): void {
    const target = req.url ?? '';
    const basic = /^Basic (.+)$/i.exec(String(req.headers['proxy-authorization'] ?? ''))?.[1];
    const [user, password] = basic ? Buffer.from(basic, 'base64').toString().split(/:(.*)/s) : [];
    const entry = (answer: number): Tunnel => ({ target, ...(user && { user }), answer });
    if (this.login && (user !== this.login.user || password !== this.login.password)) {
      this.log.push(entry(407));
      return void client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="corp"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    }
    const port = this.routes.get(target.toLowerCase());
    if (!port) {
      this.log.push(entry(502));
      return void client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    }
    this.log.push(entry(200));
    this.splice(client, port, head, Buffer.from('HTTP/1.1 200 Connection Established\r\n\r\n'));
  }
}

/** SOCKS5 (RFC 1928) with no login: names resolved here (socks5h) or addresses (socks5). */
export class Socks5Proxy extends LoopbackProxy {
  protected readonly server = createTcpServer((client) => this.handshake(client));

  private handshake(client: Socket): void {
    let buffer = Buffer.alloc(0);
    let greeted = false;
    const onData = (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!greeted) {
        if (buffer.length < 2 || buffer.length < 2 + buffer[1]) return;
        const methods = buffer.subarray(2, 2 + buffer[1]);
        buffer = buffer.subarray(2 + buffer[1]);
        greeted = true;
        client.write(Buffer.from([5, methods.includes(0) ? 0 : 0xff]));
      }
      const request = parseRequest(buffer);
      if (!request) return;
      client.off('data', onData);
      const target = `${request.host}:${request.port}`;
      const port = this.routes.get(target.toLowerCase());
      this.log.push({ target, answer: port ? 0 : 4 });
      const reply = (code: number) => Buffer.from([5, code, 0, 1, 0, 0, 0, 0, 0, 0]);
      if (!port) return void client.end(reply(4));
      this.splice(client, port, buffer.subarray(request.length), reply(0));
    };
    client.on('data', onData);
    client.on('error', () => client.destroy());
  }
}

function parseRequest(b: Buffer): { host: string; port: number; length: number } | undefined {
  if (b.length < 5) return undefined;
  const type = b[3];
  const [host, end] = type === 1 ? [[...b.subarray(4, 8)].join('.'), 8]
    : type === 3 ? [b.subarray(5, 5 + b[4]).toString(), 5 + b[4]]
      : [b.subarray(4, 20).toString('hex').replace(/(.{4})(?!$)/g, '$1:'), 20];
  if (b.length < end + 2) return undefined;
  return { host, port: b.readUInt16BE(end), length: end + 2 };
}
