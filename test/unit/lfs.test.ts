// Git LFS facts as tables: what a pointer file is (git-lfs docs/spec.md) and which server
// a push uploads to (lfsapi/endpoint_finder.go, docs/api/server-discovery.md).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULTS } from '../../hooks/config.ts';
import { parsePointer } from '../../hooks/content/pointer.ts';
import { lfsEndpoint } from '../../hooks/lfs/server.ts';
import { classify } from '../../hooks/remote.ts';

const OID = '4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393';
const V1 = 'version https://git-lfs.github.com/spec/v1';

const pointers = suite('lfs: pointer files');
const POINTERS: [string, string, { oid: string; size: number } | undefined][] = [
  ['the spec example', `${V1}\noid sha256:${OID}\nsize 12345\n`, { oid: OID, size: 12345 }],
  ['the pre-release version URL git-lfs still reads', `version https://hawser.github.com/spec/v1\noid sha256:${OID}\nsize 1\n`, { oid: OID, size: 1 }],
  ['an extension line', `${V1}\next-0-foo sha256:${'0'.repeat(64)}\noid sha256:${OID}\nsize 7\n`, { oid: OID, size: 7 }],
  ['no final newline', `${V1}\noid sha256:${OID}\nsize 12345`, undefined],
  ['CRLF', `${V1}\r\noid sha256:${OID}\r\nsize 12345\r\n`, undefined],
  ['version not first', `oid sha256:${OID}\n${V1}\nsize 12345\n`, undefined],
  ['another hash method', `${V1}\noid sha512:${OID}\nsize 12345\n`, undefined],
  ['an upper-case oid', `${V1}\noid sha256:${OID.toUpperCase()}\nsize 12345\n`, undefined],
  ['no size', `${V1}\noid sha256:${OID}\n`, undefined],
  ['a key twice', `${V1}\noid sha256:${OID}\noid sha256:${OID}\nsize 1\n`, undefined],
  ['a README that quotes a pointer', `# How LFS works\n${V1}\noid sha256:${OID}\nsize 1\n`, undefined],
  ['1024 bytes or more', `${V1}\noid sha256:${OID}\nsize 1\nx-pad ${'a'.repeat(1024)}\n`, undefined],
];
for (const [name, text, want] of POINTERS) pointers(name, () => assert.equal(parsePointer(text), want));

const endpoints = suite('lfs: where a push uploads');
const ENDPOINTS: [string, string, Partial<typeof DEFAULTS.lfs>, string | undefined][] = [
  ['https, no .git', 'https://huggingface.co/spaces/me/demo', {}, 'https://huggingface.co/spaces/me/demo.git/info/lfs'],
  ['https with .git and a port', 'https://git.example.com:8443/team/r.git', {}, 'https://git.example.com:8443/team/r.git/info/lfs'],
  ['the Hub over SSH goes to https on hf.co', 'git@hf.co:datasets/me/data', {}, 'https://hf.co/datasets/me/data.git/info/lfs'],
  ['ssh:// drops the ssh port', 'ssh://git@example.com:2222/team/r.git', {}, 'https://example.com/team/r.git/info/lfs'],
  ['loopback http stays http', 'http://127.0.0.1:8080/alice/m', {}, 'http://127.0.0.1:8080/alice/m.git/info/lfs'],
  ['a local path has none', '/srv/git/r.git', {}, undefined],
  ['remote.origin.lfsurl', 'https://huggingface.co/me/m', { remotes: { origin: { lfsurl: 'https://lfs.example.com/x/' } } }, 'https://lfs.example.com/x'],
  ['lfspushurl beats lfsurl', 'https://huggingface.co/me/m', { remotes: { origin: { lfsurl: 'https://a', lfspushurl: 'https://b' } } }, 'https://b'],
  ['lfs.url beats the remote\'s', 'https://huggingface.co/me/m', { url: 'https://all', remotes: { origin: { lfsurl: 'https://a' } } }, 'https://all'],
  ['lfs.pushurl beats lfs.url', 'https://huggingface.co/me/m', { url: 'https://all', pushurl: 'https://push' }, 'https://push'],
];
for (const [name, url, lfs, want] of ENDPOINTS) {
  endpoints(name, () => {
    const remote = classify(url, { hosts: {} });
    if ('error' in remote) throw new Error(remote.error);
    assert.is(lfsEndpoint(remote, 'origin', { remotes: {}, agents: [], ...lfs }), want);
  });
}

pointers.run();
endpoints.run();
