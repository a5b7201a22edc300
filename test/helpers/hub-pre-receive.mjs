// The loopback Hub's pre-receive hook: what the Hub refuses in a push, with the Hub's texts
// (as pushes to the Hub print them), written apart from hf-hooks' own code so a test shows
// the server would have refused. Runs in the bare repo; Git gives the ref updates on stdin.
//   HUB_MAY_PUSH=pr    only refs/pr/<n> may change
//   HUB_MAY_PUSH=none  nothing may change (a read token, an org reader)
//   HUB_RULES=hub      10 MiB, binary over 1 MiB, LFS pointers to files the Hub has, the card's YAML
//   HUB_RULES=github   GH001: files over 100 MiB
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardErrors } from './hub-card.mjs';

const MiB = 1024 * 1024;
const git = (args, input) => execFileSync('git', args, { input, maxBuffer: 1 << 30 });
const updates = readFileSync(0, 'utf8').split('\n').filter(Boolean).map((l) => l.split(' '));
const line = '-------------------------------------------------------------------------';
const refuse = (lines) => {
  process.stdout.write(`${[line, ...lines, line].join('\n')}\n`);
  process.exit(1);
};

for (const [, next, ref] of updates) {
  const may = process.env.HUB_MAY_PUSH;
  if (may === 'none' || (may === 'pr' && !/^refs\/pr\/\d+$/.test(ref))) {
    process.stdout.write(`DENIED update ${ref}: forbidden\n`);
    process.exit(1);
  }
}

const rules = process.env.HUB_RULES ?? 'hub';
/** The blobs the push adds (reachable from `tips`, not from any ref the repository had), with their sizes. */
const added = (tips) => {
  if (!tips.length) return [];
  const listed = git(['rev-list', '--objects', '--stdin', '--not', '--all'], `${tips.join('\n')}\n`).toString().split('\n').filter((l) => l.length > 41);
  return git(['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize) %(rest)'], `${listed.join('\n')}\n`).toString()
    .split('\n').map((l) => l.split(' ')).filter((f) => f[1] === 'blob').map(([oid, , size, ...path]) => ({ oid, size: Number(size), path: path.join(' ') }));
};
/** The contents of many blobs in one git process. */
const contents = (oids) => {
  const out = new Map();
  if (!oids.length) return out;
  const raw = git(['cat-file', '--batch'], `${oids.join('\n')}\n`);
  for (let at = 0; at < raw.length;) {
    const nl = raw.indexOf(10, at);
    const [oid, , size] = raw.subarray(at, nl).toString().split(' ');
    out.set(oid, raw.subarray(nl + 1, nl + 1 + Number(size)));
    at = nl + 1 + Number(size) + 1;
  }
  return out;
};
/** What the Hub refuses among `blobs`, with its words; `ref` names where they came in. */
function refusal(blobs, ref) {
  if (rules === 'github') {
    const huge = blobs.filter((b) => b.size > 100 * MiB);
    return huge.length ? ['error: GH001: Large files detected. You may want to try Git Large File Storage - https://git-lfs.github.com.', ...huge.map((b) => `error: File ${b.path} is ${(b.size / MiB).toFixed(2)} MB; this exceeds GitHub's file size limit of 100.00 MB`)] : undefined;
  }
  const small = contents(blobs.filter((b) => b.size < 1024).map((b) => b.oid));
  const pointers = blobs.filter((b) => small.get(b.oid)?.toString('latin1').startsWith('version https://git-lfs.github.com/spec/v1\n'));
  const store = join(process.cwd(), 'hub-lfs');
  const dangling = pointers.filter((p) => !existsSync(join(store, /^oid sha256:([0-9a-f]{64})$/m.exec(small.get(p.oid).toString('latin1'))?.[1] ?? '-')));
  if (dangling.length) return ['Your push was rejected because an LFS pointer pointed to a file that does not exist. For instance, this can happen if you used git push --no-verify to push your changes. Offending file: - ' + dangling.map((d) => d.path).join(' - ')];
  const isPointer = new Set(pointers.map((p) => p.oid));
  const large = blobs.filter((b) => !isPointer.has(b.oid) && b.size >= 10 * MiB);
  if (large.length) {
    return ['Your push was rejected because it contains files larger than 10 MiB.', 'Please use https://git-lfs.github.com/ to store large files.',
      'See also: https://hf.co/docs/hub/repositories-getting-started#terminal', '', 'Offending files:', ...large.map((b) => `  - ${b.path} (ref: ${ref})`)];
  }
  const big = contents(blobs.filter((b) => !isPointer.has(b.oid) && b.size > MiB).map((b) => b.oid));
  const binary = blobs.filter((b) => big.get(b.oid)?.subarray(0, 8000).includes(0));
  if (binary.length) {
    return ['Your push was rejected because it contains binary files.', 'Please use https://huggingface.co/docs/hub/xet to store binary files.',
      'See also: https://huggingface.co/docs/hub/xet/using-xet-storage#git', '', 'Offending files:', ...binary.map((b) => `  - ${b.path} (ref: ${ref})`)];
  }
  const card = blobs.find((b) => b.path === 'README.md');
  const errors = card ? cardErrors(contents([card.oid]).get(card.oid).toString('utf8')) : [];
  if (errors.length) return ['Sorry, your push was rejected during YAML metadata verification:', ...errors.map((e) => ` - Error: ${e}`)];
  return undefined;
}

// One walk for the whole push (a --mirror of thousands of refs stays one git process); only a
// push the Hub refuses is walked again ref by ref, to name the ref each file came in with.
const tips = updates.map(([, next]) => next).filter((next) => !/^0+$/.test(next));
if (refusal(added(tips), updates[0]?.[2])) {
  for (const [, next, ref] of updates) {
    if (/^0+$/.test(next)) continue;
    const why = refusal(added([next]), ref);
    if (why) refuse(why);
  }
}
