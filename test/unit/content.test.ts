// The content guard's decisions as tables: the providers' file rules over the files a push
// adds, the fix that moves them into LFS, and the repo card's YAML.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { lfsPattern, migrateFix } from '../../hooks/content/guidance.ts';
import { frontMatterError } from '../../hooks/content/metadata.ts';
import { judge, needsProbe } from '../../hooks/content/rules.ts';
import { PROVIDERS } from '../../hooks/providers/index.ts';

const KiB = 1024;
const MiB = KiB * KiB;
const GB = 1000 ** 3;
const HUB = PROVIDERS.huggingface.contentRules!;
const GITHUB = PROVIDERS.github.contentRules!;

interface Row { name: string; size: number; binary?: boolean; lfs?: number; agents?: boolean; rules?: typeof HUB; want: string }
const blob = (size: number) => ({ oid: 'b'.repeat(40), path: 'models/x.bin', size });

const ROWS: Row[] = [
  { name: 'a 9 MiB text file', size: 9 * MiB, want: '' },
  { name: '10 MiB exactly: refused (the Hub: 10 MiB or more)', size: 10 * MiB, want: 'too-large certain' },
  { name: '10 MiB, binary: the size rule says it', size: 10 * MiB, binary: true, want: 'too-large certain' },
  { name: 'a 2 MB binary', size: 2 * 1000 * 1000, binary: true, want: 'binary certain' },
  { name: 'a binary of 1 MiB + 1', size: MiB + 1, binary: true, want: 'binary certain' },
  { name: 'a binary of exactly 1 MiB: not certain', size: MiB, binary: true, want: 'binary maybe' },
  { name: 'a 1 MB (10^6) binary: not certain', size: 1000 * 1000, binary: true, want: 'binary maybe' },
  { name: 'a 358 KiB binary (the .wasm the Hub refused): a warning', size: 358 * KiB, binary: true, want: 'binary maybe' },
  { name: 'a 50 KiB binary: nothing', size: 50 * KiB, binary: true, want: '' },
  { name: 'an LFS file of 4 GB', size: 130, lfs: 4 * GB, want: '' },
  { name: 'an LFS file of 6 GB, no agent: a warning', size: 130, lfs: 6 * GB, want: 'lfs-too-large maybe' },
  { name: 'an LFS file of 6 GB with the multipart agent', size: 130, lfs: 6 * GB, agents: true, want: '' },
  { name: 'an LFS file of 600 GB: over the hard limit', size: 130, lfs: 600 * GB, agents: true, want: 'lfs-too-large certain' },
  { name: 'GitHub: a 2 MB binary is fine', size: 2 * MiB, binary: true, rules: GITHUB, want: '' },
  { name: 'GitHub: 60 MiB, a warning', size: 60 * MiB, rules: GITHUB, want: 'too-large maybe' },
  { name: 'GitHub: 100 MiB exactly is allowed', size: 100 * MiB, rules: GITHUB, want: 'too-large maybe' },
  { name: 'GitHub: over 100 MiB, refused', size: 100 * MiB + 1, rules: GITHUB, want: 'too-large certain' },
  { name: 'a host with no rules: nothing', size: 300 * MiB, binary: true, rules: {}, want: '' },
];

const rules = suite('content: the file rules');
for (const row of ROWS) {
  rules(row.name, () => {
    const b = blob(row.size);
    const pointers = row.lfs ? [{ oid: 'c'.repeat(64), size: row.lfs, path: b.path, blob: b.oid }] : [];
    const got = judge([b], new Set(row.binary ? [b.oid] : []), pointers, row.rules ?? HUB, { large: !!row.agents });
    assert.is(got.map((g) => `${g.rule} ${g.certain ? 'certain' : 'maybe'}`).join(', '), row.want);
  });
}
rules('only files in the binary band are read', () => {
  assert.ok(needsProbe(blob(200 * KiB), HUB));
  assert.not.ok(needsProbe(blob(90 * KiB), HUB), '~> below the band');
  assert.not.ok(needsProbe(blob(10 * MiB), HUB), '~> the size rule decides already');
  assert.not.ok(needsProbe(blob(2 * MiB), GITHUB), '~> GitHub has no binary rule');
});

const fixes = suite('content: the fix');
fixes('the LFS pattern is the extension, or the path', () => {
  assert.is(lfsPattern('models/x.bin'), '*.bin');
  assert.is(lfsPattern('static/demo.MP4'), '*.MP4');
  assert.is(lfsPattern('weights/checkpoint'), 'weights/checkpoint');
  assert.is(lfsPattern('.env'), '.env');
});
fixes('git lfs migrate rewrites only what the remote lacks, then a plain push', () => {
  const files = [{ rule: 'too-large' as const, certain: true, path: 'a/x.bin', oid: '1', size: 1 }, { rule: 'too-large' as const, certain: true, path: 'b/y.pkl', oid: '2', size: 1 }];
  const fix = migrateFix(files, { to: 'origin', localRef: 'refs/heads/main', remoteRef: 'refs/heads/main', remoteHas: 'refs/remotes/origin/main' });
  assert.match(fix[1], /^git lfs migrate import --include="\*\.bin,\*\.pkl" --include-ref=refs\/heads\/main --exclude-ref=refs\/remotes\/origin\/main {4}#/);
  assert.is(fix[2], 'git push origin main');
  const fresh = migrateFix(files.slice(0, 1), { to: 'https://hf.co/x', localRef: 'refs/heads/dev', remoteRef: 'refs/heads/main' });
  assert.match(fresh[1], /--include-ref=refs\/heads\/dev {4}#/, '~> a new branch: nothing to exclude');
  assert.is(fresh[2], 'git push https://hf.co/x refs/heads/dev:refs/heads/main');
});

const card = suite('content: the repo card metadata');
const CARDS: [string, string, RegExp | undefined][] = [
  ['no front matter', '# My model\n', undefined],
  ['good YAML', '---\nlicense: mit\ntags:\n  - text\n---\n# Model\n', undefined],
  ['CRLF line ends', '---\r\nlicense: mit\r\n---\r\n# Model\r\n', undefined],
  ['a tab for indentation', '---\nlicense: mit\ntags:\n\t- text\n---\n', /README\.md line 4/],
  ['an unclosed quote', '---\ntitle: "My model\nsdk: gradio\n---\n', /README\.md line/],
  ['a key twice', '---\nlicense: mit\nlicense: apache-2.0\n---\n', /unique|duplicate/i],
];
for (const [name, text, want] of CARDS) {
  card(name, async () => {
    const error = await frontMatterError(text);
    if (!want) assert.is(error, undefined);
    else assert.match(error ?? '', want);
  });
}

rules.run();
fixes.run();
card.run();
