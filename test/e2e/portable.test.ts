// templates/portable.sh against the real tools: the same SHA-256 from sha256sum (GNU,
// busybox), openssl (what macOS has) and shasum (Perl), so a marker keeps its name whatever
// made it; and a deadline that holds with timeout(1) and without it, in dash, bash and busybox.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, Sandbox } from '../helpers/sandbox.ts';

const s = suite("e2e: portable.sh, the shims' SHA-256 and deadline");
const PORTABLE = readFileSync(join(ROOT, 'templates', 'portable.sh'), 'utf8');
/** Each shell by its full path: the tests' PATH holds only the programs under test. */
const at = (p: string) => ['/usr/bin', '/bin', '/usr/local/bin'].map((d) => join(d, p)).find((f) => existsSync(f));
const SHELLS = [['dash'], ['bash', '--posix'], ['busybox', 'sh']].filter(([sh]) => at(sh)).map(([sh, ...rest]) => [at(sh)!, ...rest]);

/** A PATH of links to these programs only. */
function only(sb: Sandbox, name: string, programs: string[]): string {
  const dir = sb.path(name);
  mkdirSync(dir);
  for (const p of programs) {
    const found = at(p);
    if (found) symlinkSync(found, join(dir, p));
  }
  return dir;
}

s('one digest whichever tool makes it: sha256sum, openssl, shasum; none: a failure, not a wrong name', async () => {
  const sb = new Sandbox();
  try {
    const text = 'version\nhf_secret_token_value\n';
    const want = createHash('sha256').update(text).digest('hex');
    for (const tool of ['sha256sum', 'openssl', 'shasum']) {
      const path = only(sb, tool, [tool, 'perl']);
      assert.ok(existsSync(join(path, tool)), `~> ${tool} is on this machine`);
      const r = await sb.run(at('dash')!, ['-c', `${PORTABLE}\nprintf '%s' "$1" | hf_hooks_sha256`, 'sh', text], { env: { PATH: path } });
      assert.is(r.stdout, want, `~> ${tool}: ${r.stderr}`);
    }
    const none = await sb.run(at('dash')!, ['-c', `${PORTABLE}\nprintf x | hf_hooks_sha256`], { env: { PATH: only(sb, 'none', []) } });
    assert.is(none.exitCode, 1);
    assert.is(none.stdout, '');
  } finally {
    sb.cleanup();
  }
});

/** What the deadline is tried on: a command that answers from stdin, and one that never ends. */
const SCRIPT = `
hf_hooks_bounded cat <<HF_END
answered
HF_END
echo "cat: $?"
start=$(date +%s)
out=$(hf_hooks_bounded sleep 30)
echo "sleep: $? after $(( $(date +%s) - start ))s"`;

for (const shell of SHELLS) {
  for (const withTimeout of [true, false]) {
    s(`${shell.join(' ').replace(/^\S*\//, '')}, ${withTimeout ? 'with' : 'without'} timeout(1): a command that never ends is ended after a second; one that answers keeps its stdin`, async () => {
      const sb = new Sandbox();
      try {
        const path = only(sb, 'bin', ['sleep', 'cat', 'date', ...(withTimeout ? ['timeout'] : [])]);
        const r = await sb.run(shell[0], [...shell.slice(1), '-c', `${PORTABLE}${SCRIPT}`], { env: { PATH: path }, timeout: 20_000 });
        assert.match(r.stdout, /^answered\ncat: 0\n/, r.stdout + r.stderr);
        const m = /sleep: (\d+) after (\d+)s/.exec(r.stdout);
        assert.ok(m, r.stdout + r.stderr);
        assert.is.not(Number(m![1]), 0, '~> it failed, as a deadline should');
        assert.ok(Number(m![2]) <= 2, `~> ended after ${m![2]} s`);
      } finally {
        sb.cleanup();
      }
    });
  }
}

s.run();
