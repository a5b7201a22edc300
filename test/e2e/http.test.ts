// hooks/http.ts against real sockets: every way a request through a proxy can fail is said
// for what it is, within the deadline, and a credential never leaves where Git would not
// verify the certificate.
import { mkdtempSync, rmSync } from 'node:fs';
import { type Server, createServer as createTcpServer } from 'node:net';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type HttpResult, httpGet } from '../../hooks/http.ts';
import { type Route, routeFor } from '../../hooks/net/route.ts';
import { type ConfigEntry } from '../../hooks/net/urlmatch.ts';
import { ConnectProxy } from '../helpers/proxy.ts';
import { type TestCa, makeCa } from '../helpers/tls.ts';

const HOST = 'api.corp.test';
const URL_ = `https://${HOST}/api/whoami-v2`;
const http = suite('http: one request, the way Git would go');
let work = '';
let ca: TestCa;
let api: ReturnType<typeof createServer>;
let apiPort = 0;
let proxy: ConnectProxy;
let silent: Server;
let silentPort = 0;
const seen: string[] = [];
const held = new Set<import('node:net').Socket>();

http.before(async () => {
  work = mkdtempSync(join(tmpdir(), 'hf-hooks-http-'));
  ca = makeCa(work);
  api = createServer(ca.issue([HOST]), (req, res) => {
    seen.push(String(req.headers.authorization ?? ''));
    res.end('{"name":"alice"}');
  });
  await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
  apiPort = (api.address() as { port: number }).port;
  proxy = await new ConnectProxy().start();
  proxy.routes.set(`${HOST}:443`, apiPort);
  // A proxy that takes the connection and never says a word (a firewall that drops).
  silent = createTcpServer((s) => void held.add(s));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  silentPort = (silent.address() as { port: number }).port;
});
http.after(async () => {
  await proxy.stop();
  api.closeAllConnections();
  await new Promise((r) => api.close(r));
  for (const s of held) s.destroy();
  await new Promise((r) => silent.close(r));
  rmSync(work, { recursive: true, force: true });
});
http.before.each(() => {
  seen.length = 0;
  proxy.login = undefined;
});

const g = (key: string, value: string): ConfigEntry => ({ key, value, scope: 'global' });
const via = (proxyUrl: string, more: ConfigEntry[] = []): Route => routeFor(URL_, URL_, [g('http.proxy', proxyUrl), g('http.sslcainfo', ca.caFile), ...more], {});
const failure = (r: HttpResult) => ('failure' in r ? r : assert.unreachable(`answered ${JSON.stringify(r)}`) as never);

http('through the proxy, trusting the CA: the answer', async () => {
  const r = await httpGet(URL_, { authorization: 'Bearer hf_x' }, 3000, via(`http://127.0.0.1:${proxy.port}`));
  assert.ok('status' in r && r.status === 200, JSON.stringify(r));
  assert.equal(seen, ['Bearer hf_x']);
});

http('a proxy port nobody listens on: api.proxy, "refused"', async () => {
  const f = failure(await httpGet(URL_, {}, 3000, via('http://127.0.0.1:9')));
  assert.is(f.failure, 'proxy');
  assert.is(f.error, 'the proxy http://127.0.0.1:9 refused the connection');
});

http('a proxy host that does not resolve: api.proxy, named', async () => {
  const f = failure(await httpGet(URL_, {}, 3000, via('http://proxy.nowhere.test:3128')));
  assert.is(f.failure, 'proxy');
  assert.is(f.error, "the proxy's host name proxy.nowhere.test does not resolve");
});

http('the proxy cannot reach the host: its 502, not the host\'s', async () => {
  const other = 'https://elsewhere.test/api/whoami-v2';
  const f = failure(await httpGet(other, {}, 3000, routeFor(other, other, [g('http.proxy', `http://127.0.0.1:${proxy.port}`)], {})));
  assert.is(f.failure, 'proxy');
  assert.match(f.error, 'answered 502 to CONNECT elsewhere.test');
});

http('407: api.proxy-auth; the login in the URL gets through, and the password is in no message', async () => {
  proxy.login = { user: 'bob', password: 's3cret' };
  const f = failure(await httpGet(URL_, {}, 3000, via(`http://127.0.0.1:${proxy.port}`)));
  assert.is(f.failure, 'proxy-auth');
  const ok = await httpGet(URL_, {}, 3000, via(`http://bob:s3cret@127.0.0.1:${proxy.port}`));
  assert.ok('status' in ok, JSON.stringify(ok));
  const wrong = failure(await httpGet(URL_, {}, 3000, via(`http://bob:wrong-pw@127.0.0.1:${proxy.port}`)));
  assert.is(wrong.failure, 'proxy-auth');
  assert.not.match(wrong.error, 'wrong-pw');
});

http('a proxy that never answers: a timeout within the deadline, said to be through the proxy; the connection to it is closed', async () => {
  for (const scheme of ['http', 'socks5h']) {
    const f = failure(await httpGet(URL_, {}, 300, via(`${scheme}://127.0.0.1:${silentPort}`)));
    assert.is(f.failure, 'timeout', scheme);
    assert.match(f.error, /^no answer within \d+ ms through the proxy$/);
  }
  await new Promise((r) => setTimeout(r, 100));
  const open = [...held].filter((s) => !s.readableEnded && !s.destroyed);
  for (const s of open) s.resume();
  await new Promise((r) => setTimeout(r, 100));
  assert.is([...held].filter((s) => !s.destroyed && !s.readableEnded).length, 0, '~> hf-hooks hung up on the proxy: nothing keeps node (and Git) waiting');
});

http('a certificate no trusted CA signs: api.tls, untrusted', async () => {
  const f = failure(await httpGet(URL_, {}, 3000, routeFor(URL_, URL_, [g('http.proxy', `http://127.0.0.1:${proxy.port}`)], {})));
  assert.is(f.failure, 'tls');
  assert.ok(f.untrusted);
});

http('http.sslCAInfo names a file that is not there: api.tls naming the setting, nothing sent', async () => {
  const f = failure(await httpGet(URL_, {}, 3000, routeFor(URL_, URL_, [g('http.proxy', `http://127.0.0.1:${proxy.port}`), g('http.sslcainfo', '/nonexistent/ca.pem')], {})));
  assert.is(f.failure, 'tls');
  assert.is(f.error, 'http.sslCAInfo (global) names /nonexistent/ca.pem, which cannot be read');
});

http('Git does not verify: a request with a credential is not made at all; one without is, verified', async () => {
  proxy.log.length = 0;
  const route = via(`http://127.0.0.1:${proxy.port}`, [g('http.sslverify', 'false')]);
  for (const header of ['authorization', 'Authorization', 'private-token']) {
    const f = failure(await httpGet(URL_, { [header]: 'hf_secret' }, 3000, route));
    assert.is(f.failure, 'unverified');
  }
  assert.is(proxy.log.length, 0, '~> not even a tunnel was opened');
  assert.equal(seen, []);
  const anonymous = await httpGet(URL_, {}, 3000, route);
  assert.ok('status' in anonymous, '~> without a credential, asked as usual (and still verified)');
});

http('NO_PROXY covers the host: direct, where the name does not resolve', async () => {
  const route = routeFor(URL_, URL_, [g('http.proxy', `http://127.0.0.1:${proxy.port}`)], { NO_PROXY: 'corp.test' });
  const f = failure(await httpGet(URL_, {}, 3000, route));
  assert.is(f.failure, 'dns');
  assert.is(f.error, `the name ${HOST} does not resolve (asked directly: NO_PROXY (corp.test) covers ${HOST})`);
});

http.run();
