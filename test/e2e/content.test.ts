// The Hub's file rules, checked before the pack leaves the machine: real git and git-lfs
// against the loopback Hub, whose pre-receive hook enforces the same rules with the Hub's
// texts (hub-pre-receive.mjs). Each rule: blocked with no receive-pack; the same push with
// hf-hooks off refused by the server in its words; the printed fix, pasted, and the push lands.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hubForSuite } from '../helpers/hub.ts';
import { type Setup, setup, withSetups } from '../helpers/hub-client.ts';
import { arrived, assertBlocked } from '../helpers/push.ts';

const MiB = 1024 * 1024;
const token = () => `hf_${randomBytes(24).toString('hex').slice(0, 34)}`;

const content = suite('e2e: the content guard');
const hub = hubForSuite(content);
const scenario = withSetups(content);

async function writer(o: Parameters<typeof setup>[1] = {}): Promise<Setup> {
  const a = hub().add({ token: token(), user: 'alice', role: 'write' });
  return setup(hub(), { stored: { user: 'alice', password: a.token }, ...o });
}

/** Text without a NUL byte (base64 of random bytes), `size` bytes long. */
const text = (size: number) => randomBytes(Math.ceil((size * 3) / 4)).toString('base64').slice(0, size);
/** Binary: random bytes with a NUL at the start, as Git and the Hub tell binary apart. */
const binaryOf = (size: number) => Buffer.concat([Buffer.from([0]), randomBytes(size - 1)]);

async function commit(x: Setup, files: Record<string, string | Buffer>, message = 'files'): Promise<void> {
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(x.repo, path, '..'), { recursive: true });
    writeFileSync(join(x.repo, path), body);
  }
  await x.sb.git(x.repo, 'add', '-A');
  await x.sb.git(x.repo, 'commit', '-q', '-m', message);
}

async function push(x: Setup, env: Record<string, string> = {}, args = ['push', 'origin', 'main']) {
  hub().requests.length = 0;
  return x.sb.run('git', args, { cwd: x.repo, env: { ...x.env, ...env } });
}

const blocked = (r: { exitCode: number; stderr: string }, id: string, says: string[] = []) => {
  assertBlocked(r, id, () => hub().sawPushUpload(), says);
  assert.is(hub().lfsUploads(), 0, '~> and no LFS upload');
};

/** The server refuses the same push when hf-hooks is off, in its own words. */
async function serverRefuses(x: Setup, said: string, args?: string[]) {
  const off = await push(x, { HF_HOOKS: '0' }, args);
  assert.is.not(off.exitCode, 0, '~> the server refused it too');
  assert.ok(hub().sawPushUpload(), '~> after the pack was sent');
  assert.match(off.stderr, said);
}

/** The fix steps of one finding, as printed, without their `# why` comments. */
function fixOf(stderr: string, id: string): string[] {
  const lines = stderr.slice(stderr.indexOf(`[${id}]`)).split('\n');
  const start = lines.findIndex((l) => l.trim() === 'Fix:');
  const out: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (!l.startsWith('      ')) break;
    out.push(l.trim().replace(/\s{4}#.*$/, ''));
  }
  return out;
}

/** Pastes the fix into bash one step at a time; returns the last step's run (the push). */
async function paste(x: Setup, steps: string[]) {
  let last = { exitCode: 0, stdout: '', stderr: '' };
  hub().requests.length = 0;
  for (const step of steps) {
    last = await x.sb.run('bash', ['-c', step], { cwd: x.repo, env: x.env });
    assert.is(last.exitCode, 0, `~> the pasted fix "${step}" failed: ${last.stderr}`);
  }
  return last;
}

async function landedWithLfs(x: Setup, path: string) {
  assert.is(await arrived(x.sb, x.bare), await x.sb.git(x.repo, 'rev-parse', 'main'), '~> the commit arrived');
  const pointer = await x.sb.git(x.bare, 'show', `main:${path}`);
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(pointer)?.[1];
  assert.ok(oid, `~> ${path} is an LFS pointer on the server`);
  assert.ok(existsSync(join(hub().lfsStore(x.url.replace(/^http:\/\/[^/]+\//, '')), oid!)), '~> and its LFS object arrived');
}

const TOO_LARGE = 'Your push was rejected because it contains files larger than 10 MiB.';
const BINARY = 'Your push was rejected because it contains binary files.';
const YAML = 'Sorry, your push was rejected during YAML metadata verification:';

scenario('a file of 10 MiB or more: blocked even right after a push the shim let through alone; the Hub refuses it too; the printed migrate fix lands it as LFS', async (keep) => {
  const x = keep(await writer());
  await x.sb.git(x.sb.dir, 'lfs', 'install', '--skip-repo');
  await commit(x, { 'notes.txt': 'small\n' });
  assert.is((await push(x)).exitCode, 0, '~> a fine push, which marks the credential ready');
  await commit(x, { 'data/table.csv': text(11 * MiB) }, 'add the table');
  const doctor = await x.sb.cli(x.repo, ['doctor'], { env: x.env });
  assert.is(doctor.exitCode, 1, doctor.stdout);
  assert.match(doctor.stdout, '[content.too-large]', '~> doctor says what the next push would trip');
  const r = await push(x);
  blocked(r, 'content.too-large', ['data/table.csv (11.0 MiB, added in', '"add the table"', '(ref: refs/heads/main)', TOO_LARGE]);
  await serverRefuses(x, TOO_LARGE);
  const fix = fixOf(r.stderr, 'content.too-large');
  assert.match(fix[1], 'git lfs migrate import --include="*.csv" --include-ref=refs/heads/main --exclude-ref=refs/remotes/origin/main');
  const landed = await paste(x, fix);
  assert.not.match(landed.stderr, 'hf-hooks:', landed.stderr);
  await landedWithLfs(x, 'data/table.csv');
});

scenario('added, then deleted in a later commit: still in what is sent, still blocked; the fix rewrites both commits', async (keep) => {
  const x = keep(await writer());
  await x.sb.git(x.sb.dir, 'lfs', 'install', '--skip-repo');
  await commit(x, { 'model.pt': binaryOf(12 * MiB) }, 'add weights');
  rmSync(join(x.repo, 'model.pt'));
  await x.sb.git(x.repo, 'commit', '-qam', 'remove weights');
  const r = await push(x);
  blocked(r, 'content.too-large', ['model.pt (12.0 MiB, added in']);
  await serverRefuses(x, TOO_LARGE);
  const landed = await paste(x, fixOf(r.stderr, 'content.too-large'));
  assert.is(landed.exitCode, 0);
  assert.is(await arrived(x.sb, x.bare), await x.sb.git(x.repo, 'rev-parse', 'main'));
});

scenario('a 2 MB binary: blocked for the Hub (and it refuses it); the printed fix lands it; a 9 MiB text file is fine', async (keep) => {
  const x = keep(await writer());
  await x.sb.git(x.sb.dir, 'lfs', 'install', '--skip-repo');
  await commit(x, { 'static/demo.mp4': binaryOf(2 * 1000 * 1000), 'data/big.txt': text(9 * MiB) });
  const r = await push(x);
  blocked(r, 'content.binary', ['static/demo.mp4 (1.9 MiB', BINARY]);
  assert.not.match(r.stderr, 'big.txt', '~> 9 MiB of text is within the rules');
  await serverRefuses(x, BINARY);
  await paste(x, fixOf(r.stderr, 'content.binary'));
  await landedWithLfs(x, 'static/demo.mp4');
});

scenario('the same 2 MB binary to a GitHub-shaped remote: allowed, and it arrives', async (keep) => {
  const x = keep(await writer({
    ns: 'acme', env: { HF_ENDPOINT: '' },
    beforeInstall: async ({ sb, repo }) => {
      await sb.git(repo, 'config', 'hf-hooks.127.0.0.1.provider', 'github');
      await sb.git(repo, 'config', 'hf-hooks.127.0.0.1.api', `http://127.0.0.1:${hub().port}/gh`);
    },
  }));
  hub().github.set(`acme/${x.bare.split('/').pop()}`, { pushers: ['alice'] });
  await commit(x, { 'static/demo.mp4': binaryOf(2 * 1000 * 1000) });
  const r = await push(x);
  assert.is(r.exitCode, 0, r.stderr);
  assert.not.match(r.stderr, '[content.');
  assert.is(await arrived(x.sb, x.bare), await x.sb.git(x.repo, 'rev-parse', 'main'));
});

scenario('.gitattributes routes *.bin through LFS but git-lfs was never set up: the file went in whole; both said', async (keep) => {
  const x = keep(await writer());
  await commit(x, { '.gitattributes': '*.bin filter=lfs diff=lfs merge=lfs -text\n', 'weights.bin': binaryOf(11 * MiB) });
  const r = await push(x);
  blocked(r, 'content.too-large');
  assert.match(r.stderr, '[content.lfs-not-installed]');
  assert.match(r.stderr, '.gitattributes routes weights.bin through Git LFS (filter=lfs), but it went into the commit whole');
  assert.match(r.stderr, 'git lfs install');
  await serverRefuses(x, TOO_LARGE);
});

scenario('README.md metadata that does not parse: blocked, the Hub refuses it; fixed, it lands', async (keep) => {
  const x = keep(await writer());
  await commit(x, { 'README.md': '---\nlicense: mit\ntags:\n\t- text\n---\n# Model\n' });
  const r = await push(x);
  blocked(r, 'content.metadata-invalid', ['README.md line 4', YAML]);
  await serverRefuses(x, YAML);
  await commit(x, { 'README.md': '---\nlicense: mit\ntags:\n  - text\n---\n# Model\n' }, 'Fix the README.md metadata');
  const ok = await push(x);
  assert.is(ok.exitCode, 0, ok.stderr);
});

scenario('README.md metadata that parses but the Hub\'s validator refuses (asked at /api/validate-yaml): blocked with its words', async (keep) => {
  const x = keep(await writer());
  await commit(x, { 'README.md': '---\nlicense: my-own-license\n---\n# Model\n' });
  const r = await push(x);
  blocked(r, 'content.metadata-invalid', ['"license" must be one of']);
  assert.ok(hub().requests.some((q) => q.path === '/api/validate-yaml'), '~> the Hub was asked');
  await serverRefuses(x, '"license" must be one of');
});

scenario('pushes that add nothing new: only a tag, only a deletion, a --mirror push; a big file already on the server is not sent again', async (keep) => {
  const x = keep(await writer());
  await x.sb.git(x.repo, 'config', 'hf-hooks.contentGuard', 'false');
  await commit(x, { 'big.txt': text(11 * MiB) });
  // The guard off: the Hub's own rule refuses it, as without hf-hooks.
  await serverRefuses(x, TOO_LARGE);
  await x.sb.git(x.repo, 'reset', '-q', '--hard', 'HEAD~1');
  await x.sb.git(x.repo, 'config', 'hf-hooks.contentGuard', 'true');
  await commit(x, { 'a.txt': 'a\n' });
  assert.is((await push(x)).exitCode, 0);
  await x.sb.git(x.repo, 'tag', 'v1');
  const tag = await push(x, {}, ['push', 'origin', 'v1']);
  assert.is(tag.exitCode, 0, tag.stderr);
  await x.sb.git(x.repo, 'push', '-q', 'origin', 'main:refs/heads/scratch');
  const del = await push(x, {}, ['push', 'origin', ':refs/heads/scratch']);
  assert.is(del.exitCode, 0, del.stderr);
  const mirror = await push(x, {}, ['push', '--mirror', 'origin']);
  assert.is(mirror.exitCode, 0, mirror.stderr);
  assert.not.match(tag.stderr + del.stderr + mirror.stderr, 'hf-hooks:');
});

scenario('a first push of a 20,000-object history: checked and landed, nothing unchecked', async (keep) => {
  const x = keep(await writer());
  for (let d = 0; d < 20; d++) {
    const dir = join(x.repo, `shard-${d}`);
    mkdirSync(dir);
    for (let f = 0; f < 1000; f++) writeFileSync(join(dir, `${f}.txt`), `${d}-${f}\n`);
  }
  await x.sb.git(x.repo, 'add', '-A');
  await x.sb.git(x.repo, 'commit', '-q', '-m', 'twenty thousand files');
  const objects = (await x.sb.git(x.repo, 'rev-list', '--objects', '--all')).split('\n').length;
  assert.ok(objects >= 20_000, `~> ${objects} objects`);
  const r = await push(x);
  assert.is(r.exitCode, 0, r.stderr);
  assert.not.match(r.stderr, '[content.unchecked]');
  assert.is(await arrived(x.sb, x.bare), await x.sb.git(x.repo, 'rev-parse', 'main'));
});

content.run();
