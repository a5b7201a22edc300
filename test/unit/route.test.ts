// The route to an API, decided as Git and curl decide it: which http.<url>.* settings apply
// (checked against git's own --get-urlmatch), NO_PROXY as curl reads it, the proxy and the
// trust Git would use, and what each failure is reported as.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseConfig } from '../../hooks/config.ts';
import { apiFailure, routeFinding, routeShown } from '../../hooks/net/guidance.ts';
import { noProxy } from '../../hooks/net/noproxy.ts';
import { type Route, proxyUrl, routeFor } from '../../hooks/net/route.ts';
import { type ConfigEntry, urlConfig } from '../../hooks/net/urlmatch.ts';

const e = (key: string, value: string | undefined, scope = 'global'): ConfigEntry => ({ key, value, scope });

const urlmatch = suite('route: http.<url>.* as Git matches it (urlmatch.c)');

// [config entries, URL, the proxy git config --get-urlmatch picks (undefined: none)]
const MATCHES: [string, [string, string][], string, string | undefined][] = [
  ['no url: applies everywhere', [['http.proxy', 'a']], 'https://hub.corp.test/x', 'a'],
  ['a host beats no url, whatever the order', [['http.https://hub.corp.test.proxy', 'h'], ['http.proxy', 'a']], 'https://hub.corp.test/x', 'h'],
  ['another scheme does not match', [['http.http://hub.corp.test.proxy', 'h']], 'https://hub.corp.test/x', undefined],
  ['another port does not match', [['http.https://hub.corp.test:8443.proxy', 'h']], 'https://hub.corp.test/x', undefined],
  ['the default port is the same URL', [['http.https://hub.corp.test:443.proxy', 'h']], 'https://hub.corp.test/x', 'h'],
  ['host names are case-insensitive', [['http.https://HUB.corp.test.proxy', 'h']], 'https://hub.CORP.test/x', 'h'],
  ['* is one whole label', [['http.https://*.corp.test.proxy', 'w']], 'https://hub.corp.test/x', 'w'],
  ['* is not two labels', [['http.https://*.test.proxy', 'w']], 'https://hub.corp.test/x', undefined],
  ['* is not part of a label', [['http.https://h*.corp.test.proxy', 'w']], 'https://hub.corp.test/x', undefined],
  ['the exact host beats a wildcard (longer host pattern)', [['http.https://hub.corp.test.proxy', 'h'], ['http.https://*.corp.test.proxy', 'w']], 'https://hub.corp.test/x', 'h'],
  ['a path prefix at a slash', [['http.https://hub.corp.test/org.proxy', 'p']], 'https://hub.corp.test/org/repo', 'p'],
  ['a path prefix not at a slash', [['http.https://hub.corp.test/or.proxy', 'p']], 'https://hub.corp.test/org/repo', undefined],
  ['the longer path wins', [['http.https://hub.corp.test/org/.proxy', 'long'], ['http.https://hub.corp.test.proxy', 'h']], 'https://hub.corp.test/org/repo', 'long'],
  ['a user in the pattern must be the URL\'s', [['http.https://bob@hub.corp.test.proxy', 'u']], 'https://alice@hub.corp.test/x', undefined],
  ['a matching user beats none', [['http.https://alice@hub.corp.test.proxy', 'u'], ['http.https://hub.corp.test.proxy', 'h']], 'https://alice@hub.corp.test/x', 'u'],
  ['among equals the last wins', [['http.proxy', 'first'], ['http.proxy', 'second']], 'https://hub.corp.test/x', 'second'],
  ['an empty value is a value (no proxy)', [['http.proxy', 'a'], ['http.https://hub.corp.test.proxy', '']], 'https://hub.corp.test/x', ''],
];

for (const [name, entries, url, expected] of MATCHES) {
  urlmatch(name, () => {
    const got = urlConfig(entries.map(([k, v]) => e(k, v)), 'http', url).get('proxy')?.value;
    assert.is(got, expected);
    assert.is(gitUrlmatch(entries, url), expected, "~> and git itself agrees");
  });
}

/** What git config --get-urlmatch says, with those entries in a config file of their own. */
function gitUrlmatch(entries: [string, string][], url: string): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'hf-hooks-urlmatch-'));
  try {
    const file = join(dir, 'config');
    for (const [k, v] of entries) execFileSync('git', ['config', '--file', file, '--add', k, v]);
    return execFileSync('git', ['config', '--file', file, '--get-urlmatch', 'http.proxy', url], { encoding: 'utf8' }).replace(/\n$/, '');
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

urlmatch('git config -z --show-scope is read with each entry\'s scope; a key with no `=` is true, not empty', () => {
  const z = 'global\0http.proxy\nhttp://p:3128\0local\0http.https://hub.corp.test.sslverify\0local\0http.sslverify\n\0';
  const { config } = parseConfig(z, {});
  assert.equal(config.http, [
    { key: 'http.proxy', value: 'http://p:3128', scope: 'global' },
    { key: 'http.https://hub.corp.test.sslverify', value: undefined, scope: 'local' },
    { key: 'http.sslverify', value: '', scope: 'local' },
  ]);
});

const noproxy = suite('route: NO_PROXY as curl reads it (lib/proxy.c, test 1614)');
const NO_PROXY: [string, string, boolean][] = [
  ['hub.corp.test', 'hub.corp.test', true],
  ['hub.corp.test', 'corp.test', true],
  ['hub.corp.test', '.corp.test', true],
  ['hub.corp.test', 'corp.test.', true],
  ['hub.corp.test', 'orp.test', false],
  ['hub.corp.test', 'hub.corp.test.evil', false],
  ['HUB.corp.test', 'hub.CORP.test', true],
  ['hub.corp.test', 'other.test, corp.test', true],
  ['hub.corp.test', 'other.test corp.test', true],
  ['hub.corp.test', '*', true],
  ['hub.corp.test', '*.corp.test', false],
  ['hub.corp.test', '', false],
  ['127.0.0.1', '127.0.0.0/8', true],
  ['127.0.0.1', '127.0.0.1', true],
  ['127.0.0.1', '10.0.0.0/8', false],
  ['127.0.0.1', '127.0.0.2/0', false],
  ['127.0.0.1', 'localhost', false],
  ['::1', '::1', true],
  ['[::1]', '::1', true],
  ['fe80::1', 'fe80::/16', true],
  ['fe80::1', '127.0.0.1', false],
];
for (const [host, list, expected] of NO_PROXY) {
  noproxy(`${host} with NO_PROXY=${JSON.stringify(list)}: ${expected ? 'direct' : 'proxied'}`, () => assert.is(noProxy(host, list), expected));
}

const route = suite('route: the proxy and trust Git would use (http.c)');
const HUB = 'https://hub.corp.test/alice/model';
const API = 'https://hub.corp.test/api/whoami-v2';

route('nothing configured: direct, Node\'s roots', () => {
  assert.equal(routeFor(HUB, API, [], {}), { ca: [] });
});
route('http.proxy, with its scope', () => {
  assert.equal(routeFor(HUB, API, [e('http.proxy', 'http://proxy.corp:3128')], {}).proxy, { url: 'http://proxy.corp:3128', source: 'http.proxy (global)' });
});
route('a proxy without a scheme is http://', () => {
  assert.is(routeFor(HUB, API, [e('http.proxy', 'proxy.corp:3128')], {}).proxy?.url, 'http://proxy.corp:3128');
});
route('http.proxy beats the environment', () => {
  assert.is(routeFor(HUB, API, [e('http.proxy', 'http://cfg:1')], { HTTPS_PROXY: 'http://env:2' }).proxy?.url, 'http://cfg:1');
});
route('https: https_proxy wins over HTTPS_PROXY; then all_proxy over ALL_PROXY', () => {
  assert.is(routeFor(HUB, API, [], { HTTPS_PROXY: 'http://up:1', https_proxy: 'http://low:2' }).proxy?.source, 'https_proxy');
  assert.is(routeFor(HUB, API, [], { ALL_PROXY: 'http://up:1', all_proxy: 'http://low:2' }).proxy?.url, 'http://low:2');
});
route('plain http: only lowercase http_proxy (HTTP_PROXY is ignored, as by Git and curl)', () => {
  const http = 'http://127.0.0.1:8080/api/whoami-v2';
  assert.is(routeFor('http://127.0.0.1:8080/a/b', http, [], { HTTP_PROXY: 'http://up:1' }).proxy, undefined);
  assert.is(routeFor('http://127.0.0.1:8080/a/b', http, [], { http_proxy: 'http://low:1' }).proxy?.source, 'http_proxy');
});
route('an empty http.proxy means none, even with HTTPS_PROXY set', () => {
  const r = routeFor(HUB, API, [e('http.proxy', '')], { HTTPS_PROXY: 'http://env:2' });
  assert.is(r.proxy, undefined);
  assert.is(r.direct, 'http.proxy (global) is empty');
});
route('NO_PROXY covers the API host: direct, and why', () => {
  const r = routeFor(HUB, API, [e('http.proxy', 'http://p:1')], { NO_PROXY: '.corp.test' });
  assert.is(r.proxy, undefined);
  assert.is(r.direct, 'NO_PROXY (.corp.test) covers hub.corp.test');
});
route('a proxy for the Git host applies to its API on another host (GitHub), NO_PROXY by the API host', () => {
  const r = routeFor('https://github.com/o/r', 'https://api.github.com/user', [e('http.https://github.com.proxy', 'http://p:1')], { no_proxy: 'github.com' });
  assert.is(r.direct, 'no_proxy (github.com) covers api.github.com', '~> curl\'s domain match covers the subdomain');
});
route('a scheme Git refuses, a socket path: invalid, said', () => {
  assert.match(routeFor(HUB, API, [e('http.proxy', 'ftp://p:1')], {}).invalid ?? '', "unsupported proxy scheme 'ftp'");
  assert.equal(proxyUrl('socks5h://localhost/run/tor.sock'), { error: 'a proxy URL with a path (a local socket) is not one hf-hooks can use' });
  for (const ok of ['socks://p:1080', 'socks4a://p:1080', 'socks5://p:1080', 'socks5h://u:p@p:1080', 'https://p:443']) assert.equal(proxyUrl(ok), { url: ok });
});
route('trust: GIT_SSL_CAINFO over http.sslCAInfo, GIT_SSL_CAPATH over http.sslCAPath, ~ expanded; SSL_CERT_FILE only as the fallback', () => {
  const entries = [e('http.sslcainfo', '~/corp.pem'), e('http.https://hub.corp.test.sslcapath', '/etc/corp-certs', 'local')];
  assert.equal(routeFor(HUB, API, entries, { HOME: '/home/me', SSL_CERT_FILE: '/etc/ssl/x.pem' }), {
    ca: [{ path: '/home/me/corp.pem', source: 'http.sslCAInfo (global)' }, { path: '/etc/corp-certs', source: 'http.https://hub.corp.test.sslCAPath (local)', dir: true }],
    fallbackCa: [{ path: '/etc/ssl/x.pem', source: 'SSL_CERT_FILE' }],
  });
  assert.equal(routeFor(HUB, API, entries, { GIT_SSL_CAINFO: '/x.pem', GIT_SSL_CAPATH: '/y' }).ca.map((c) => c.source), ['GIT_SSL_CAINFO', 'GIT_SSL_CAPATH']);
});
route('unverified: http.sslVerify false in any spelling, or GIT_SSL_NO_VERIFY set to anything', () => {
  for (const v of ['false', 'no', 'off', '0', '', 'FALSE']) assert.is(routeFor(HUB, API, [e('http.sslverify', v)], {}).unverified, 'http.sslVerify (global) is false', v);
  assert.is(routeFor(HUB, API, [e('http.sslverify', undefined)], {}).unverified, undefined, '~> a key with no value is true');
  assert.is(routeFor(HUB, API, [e('http.sslverify', 'true')], {}).unverified, undefined);
  assert.is(routeFor(HUB, API, [], { GIT_SSL_NO_VERIFY: '' }).unverified, 'GIT_SSL_NO_VERIFY is set');
  assert.is(routeFor(HUB, API, [e('http.https://other.test.sslverify', 'false')], {}).unverified, undefined, '~> another host\'s setting');
});

const guidance = suite('route: each failure, its own finding and fix');
const viaProxy: Route = { ca: [], proxy: { url: 'http://bob:s3cret@proxy.corp:3128', source: 'http.proxy (global)' } };
const ROWS: [string, Parameters<typeof apiFailure>[1], Route, string, RegExp, RegExp | undefined][] = [
  ['a timeout, no proxy: the budget and the proxy hint', { error: 'no answer within 4000 ms', failure: 'timeout' }, { ca: [] }, 'api.unreachable', /hf-hooks\.timeout[\s\S]*http\.proxy http:\/\/PROXY-HOST/, undefined],
  ['a timeout through a proxy: the budget only', { error: 'no answer within 4000 ms through the proxy', failure: 'timeout' }, viaProxy, 'api.unreachable', /hf-hooks\.timeout/, /PROXY-HOST/],
  ['a name that does not resolve: no word of a timeout', { error: 'the name hub.corp.test does not resolve', failure: 'dns' }, { ca: [] }, 'api.unreachable', /http\.proxy http:\/\/PROXY-HOST:PORT/, /timeout/],
  ['NO_PROXY sent it direct: take it out', { error: 'the name hub.corp.test does not resolve', failure: 'dns' }, { ca: [], direct: 'NO_PROXY (hub.corp.test) covers hub.corp.test' }, 'api.unreachable', /take it out of that list/, undefined],
  ['the proxy refused', { error: 'the proxy http://bob:****@proxy.corp:3128 refused the connection', failure: 'proxy' }, viaProxy, 'api.proxy', /git config --show-origin --get-all http\.proxy/, undefined],
  ['the proxy from the environment', { error: 'x', failure: 'proxy' }, { ca: [], proxy: { url: 'http://p:1', source: 'HTTPS_PROXY' } }, 'api.proxy', /export HTTPS_PROXY=/, undefined],
  ['407 with a login in the URL: refused', { error: 'x', failure: 'proxy-auth' }, viaProxy, 'api.proxy-auth', /refused the login/, undefined],
  ['407 without a login: where to put it', { error: 'x', failure: 'proxy-auth' }, { ca: [], proxy: { url: 'http://proxy.corp:3128', source: 'HTTPS_PROXY' } }, 'api.proxy-auth', /http:\/\/USER:PASSWORD@proxy\.corp:3128 \(in HTTPS_PROXY\)/, undefined],
  ['407 where Git uses Negotiate', { error: 'x', failure: 'proxy-auth' }, { ca: [], proxy: { url: 'http://proxy.corp:3128', source: 'http.proxy (global)' }, proxyAuthMethod: 'negotiate' }, 'api.proxy-auth', /speaks only Basic/, undefined],
  ['an untrusted certificate: name the CA', { error: 'x', failure: 'tls', untrusted: true }, { ca: [] }, 'api.tls', /http\.sslCAInfo \/path\/to\/your-network-ca\.pem/, /hf-hooks\.timeout/],
  ['http.sslVerify false: not sent, and how to verify again', { error: 'not sent', failure: 'unverified' }, { ca: [], unverified: 'http.sslverify (global) is false' }, 'api.unverified', /git config --global --unset http\.sslverify/, /hf-hooks\.timeout/],
];
for (const [name, failure, r, id, fix, notFix] of ROWS) {
  guidance(name, () => {
    const f = apiFailure('https://hub.corp.test', failure, r);
    assert.is(f.id, id);
    assert.is(f.level, 'warn', '~> never certain: Git may get through');
    const text = `${f.message}\n${f.fix.join('\n')}`;
    assert.match(text, fix);
    if (notFix) assert.not.match(text, notFix);
    assert.not.match(text, 's3cret', '~> a proxy password is never said');
  });
}
guidance('doctor: the route said and given as data, the proxy password masked; nothing when Node\'s defaults decide', () => {
  const r: Route = { ...viaProxy, ca: [{ path: '/etc/corp.pem', source: 'http.sslCAInfo (global)' }] };
  assert.is(routeFinding('https://alice:hf_x@hub.corp.test/alice/m', r)?.message,
    "API requests for https://hub.corp.test/alice/m go via the proxy http://bob:****@proxy.corp:3128 (from http.proxy (global)); trusting, besides Node's roots, /etc/corp.pem (from http.sslCAInfo (global)).");
  assert.equal(routeShown(r), { proxy: 'http://bob:****@proxy.corp:3128', proxySource: 'http.proxy (global)', ca: [{ path: '/etc/corp.pem', source: 'http.sslCAInfo (global)' }] });
  assert.is(routeFinding(HUB, { ca: [] }), undefined);
  assert.is(routeShown({ ca: [], fallbackCa: [{ path: '/x', source: 'SSL_CERT_FILE' }] }), undefined);
});

urlmatch.run();
noproxy.run();
route.run();
guidance.run();
