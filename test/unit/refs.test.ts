import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseRefLines } from '../../hooks/refs.ts';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const Z = '0'.repeat(40);
const S256 = 'c'.repeat(64);
const enc = (s: string) => new TextEncoder().encode(s);

const ok = suite('refs: ref lines Git sends');
const good: [string, string, object[]][] = [
  ['nothing to push', '', []],
  ['one branch', `refs/heads/main ${A} refs/heads/main ${Z}\n`, [{ localRef: 'refs/heads/main', localOid: A, remoteRef: 'refs/heads/main', remoteOid: Z, deletion: false }]],
  ['no final newline', `refs/heads/main ${A} refs/heads/main ${B}`, [{ localRef: 'refs/heads/main', localOid: A, remoteRef: 'refs/heads/main', remoteOid: B, deletion: false }]],
  ['a deletion', `(delete) ${Z} refs/heads/old ${B}\n`, [{ localRef: '(delete)', localOid: Z, remoteRef: 'refs/heads/old', remoteOid: B, deletion: true }]],
  ['several refs', `refs/heads/a ${A} refs/heads/a ${Z}\nrefs/tags/v1 ${B} refs/tags/v1 ${Z}\n`, [
    { localRef: 'refs/heads/a', localOid: A, remoteRef: 'refs/heads/a', remoteOid: Z, deletion: false },
    { localRef: 'refs/tags/v1', localOid: B, remoteRef: 'refs/tags/v1', remoteOid: Z, deletion: false },
  ]],
  ['split from the right', `HEAD~1 with space ${A} refs/heads/x ${Z}\n`, [{ localRef: 'HEAD~1 with space', localOid: A, remoteRef: 'refs/heads/x', remoteOid: Z, deletion: false }]],
  ['sha256 repository', `refs/heads/main ${S256} refs/heads/main ${'0'.repeat(64)}\n`, [{ localRef: 'refs/heads/main', localOid: S256, remoteRef: 'refs/heads/main', remoteOid: '0'.repeat(64), deletion: false }]],
];
for (const [name, input, refs] of good) {
  ok(name, () => assert.equal(parseRefLines(enc(input)), { refs }));
}
ok.run();

const bad = suite('refs: garbage gets a clear error');
const garbage: [string, Uint8Array, RegExp][] = [
  ['prose', enc('hello world\n'), /line 1 .*not '<local ref>/],
  ['three fields', enc(`refs/heads/main ${A} refs/heads/main\n`), /line 1/],
  ['short oid', enc(`refs/heads/main abc refs/heads/main ${Z}\n`), /line 1/],
  ['remote ref not a ref', enc(`refs/heads/main ${A} main ${Z}\n`), /line 1/],
  ['second line bad', enc(`refs/heads/main ${A} refs/heads/main ${Z}\nxx\n`), /line 2/],
  ['binary', Uint8Array.from([0xff, 0xfe, 0x00, 0x41]), /binary/],
  ['NUL bytes', enc(`refs/heads/main\0 ${A} refs/heads/main ${Z}\n`), /NUL/],
  ['uppercase oid', enc(`refs/heads/main ${A.toUpperCase()} refs/heads/main ${Z}\n`), /line 1/],
];
for (const [name, input, message] of garbage) {
  bad(name, () => {
    const got = parseRefLines(input);
    assert.ok('error' in got, '~> must be an error');
    assert.match((got as { error: string }).error, message);
  });
}
bad.run();
